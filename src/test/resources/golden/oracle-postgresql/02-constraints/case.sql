-- Keys and checks inline, out of line and added later; actions, deferrable and disabled states.
CREATE TABLE sales.customers (
  customer_id NUMBER(10) CONSTRAINT customers_pk PRIMARY KEY,
  email VARCHAR2(200) CONSTRAINT customers_email_uk UNIQUE,
  status VARCHAR2(10) DEFAULT 'ACTIVE' NOT NULL
    CONSTRAINT customers_status_ck CHECK (status IN ('ACTIVE', 'CLOSED')),
  credit_limit NUMBER(12,2) CHECK (credit_limit >= 0)
);

CREATE TABLE sales.orders (
  order_id NUMBER(12) NOT NULL,
  customer_id NUMBER(10) NOT NULL,
  order_date DATE DEFAULT SYSDATE NOT NULL,
  ship_date DATE,
  CONSTRAINT orders_pk PRIMARY KEY (order_id),
  CONSTRAINT orders_dates_ck CHECK (ship_date IS NULL OR ship_date >= order_date)
);

CREATE TABLE sales.order_lines (
  order_id NUMBER(12) NOT NULL,
  line_no NUMBER(4) NOT NULL,
  product_code VARCHAR2(20) NOT NULL,
  quantity NUMBER(6) DEFAULT 1 NOT NULL,
  CONSTRAINT order_lines_pk PRIMARY KEY (order_id, line_no)
);

ALTER TABLE sales.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)
  REFERENCES sales.customers (customer_id) ENABLE;
ALTER TABLE sales.order_lines ADD CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id)
  REFERENCES sales.orders (order_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE sales.order_lines ADD CONSTRAINT order_lines_qty_ck CHECK (quantity > 0) DISABLE;
ALTER TABLE sales.orders ADD (note VARCHAR2(400));
ALTER TABLE sales.orders MODIFY (note DEFAULT 'none' NOT NULL);
ALTER TABLE sales.customers ADD CONSTRAINT customers_self_fk FOREIGN KEY (referred_by)
  REFERENCES sales.customers ON DELETE SET NULL;
ALTER TABLE sales.customers ADD referred_by NUMBER(10);
