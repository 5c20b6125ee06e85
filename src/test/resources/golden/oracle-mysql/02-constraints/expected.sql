-- schema sales [converted]
CREATE DATABASE IF NOT EXISTS sales CHARACTER SET utf8mb4;

-- table sales.customers [converted]
CREATE TABLE sales.customers (
  customer_id BIGINT NOT NULL,
  email VARCHAR(200),
  status VARCHAR(10) NOT NULL DEFAULT 'ACTIVE',
  credit_limit DECIMAL(12,2),
  referred_by BIGINT,
  PRIMARY KEY (customer_id),
  CONSTRAINT customers_email_uk UNIQUE (email),
  CONSTRAINT customers_status_ck CHECK (status IN ('ACTIVE', 'CLOSED')),
  CHECK (credit_limit >= 0)
) DEFAULT CHARSET = utf8mb4;

-- table sales.orders [converted]
CREATE TABLE sales.orders (
  order_id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  order_date DATETIME NOT NULL DEFAULT (CAST(DATE_FORMAT(NOW(6), '%Y-%m-%d %H:%i:%s') AS DATETIME)),
  ship_date DATETIME,
  note VARCHAR(400) NOT NULL DEFAULT 'none',
  PRIMARY KEY (order_id),
  CONSTRAINT orders_dates_ck CHECK (ship_date IS NULL OR ship_date >= order_date)
) DEFAULT CHARSET = utf8mb4;

-- table sales.order_lines [actions]
CREATE TABLE sales.order_lines (
  order_id BIGINT NOT NULL,
  line_no SMALLINT NOT NULL,
  product_code VARCHAR(20) NOT NULL,
  quantity INT NOT NULL DEFAULT 1,
  PRIMARY KEY (order_id, line_no),
  CONSTRAINT order_lines_qty_ck CHECK (quantity > 0)
) DEFAULT CHARSET = utf8mb4;

-- constraint sales.customers_self_fk [converted]
ALTER TABLE sales.customers ADD CONSTRAINT customers_self_fk FOREIGN KEY (referred_by) REFERENCES sales.customers (customer_id) ON DELETE SET NULL;

-- constraint sales.orders_customer_fk [converted]
ALTER TABLE sales.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES sales.customers (customer_id);

-- constraint sales.order_lines_order_fk [actions]
ALTER TABLE sales.order_lines ADD CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES sales.orders (order_id) ON DELETE CASCADE  /* GODWIT MY-2036: DEFERRABLE INITIALLY DEFERRED */;

