-- schema sales [converted]
CREATE SCHEMA IF NOT EXISTS sales;

-- table sales.customers [converted]
CREATE TABLE sales.customers (
  customer_id bigint NOT NULL,
  email varchar(200),
  status varchar(10) DEFAULT 'ACTIVE' NOT NULL,
  credit_limit numeric(12,2),
  referred_by bigint,
  CONSTRAINT customers_pk PRIMARY KEY (customer_id),
  CONSTRAINT customers_email_uk UNIQUE (email),
  CONSTRAINT customers_status_ck CHECK (status IN ('ACTIVE', 'CLOSED')),
  CHECK (credit_limit >= 0)
);

-- table sales.orders [converted]
CREATE TABLE sales.orders (
  order_id bigint NOT NULL,
  customer_id bigint NOT NULL,
  order_date timestamp(0) DEFAULT CAST(date_trunc('second', statement_timestamp()::timestamp) AS timestamp(0)) NOT NULL,
  ship_date timestamp(0),
  note varchar(400) DEFAULT 'none' NOT NULL,
  CONSTRAINT orders_pk PRIMARY KEY (order_id),
  CONSTRAINT orders_dates_ck CHECK (ship_date IS NULL OR ship_date >= order_date)
);

-- table sales.order_lines [actions]
CREATE TABLE sales.order_lines (
  order_id bigint NOT NULL,
  line_no smallint NOT NULL,
  product_code varchar(20) NOT NULL,
  quantity integer DEFAULT 1 NOT NULL,
  CONSTRAINT order_lines_pk PRIMARY KEY (order_id, line_no),
  CONSTRAINT order_lines_qty_ck CHECK (quantity > 0)
);

-- constraint sales.customers_self_fk [converted]
ALTER TABLE sales.customers ADD CONSTRAINT customers_self_fk FOREIGN KEY (referred_by) REFERENCES sales.customers ON DELETE SET NULL;

-- constraint sales.orders_customer_fk [converted]
ALTER TABLE sales.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES sales.customers (customer_id);

-- constraint sales.order_lines_order_fk [converted]
ALTER TABLE sales.order_lines ADD CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES sales.orders (order_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;

