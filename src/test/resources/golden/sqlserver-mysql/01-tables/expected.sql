-- schema dbo [converted]
CREATE DATABASE IF NOT EXISTS dbo CHARACTER SET utf8mb4;

-- table dbo.customers [actions]
CREATE TABLE dbo.customers (
  customerid INT NOT NULL AUTO_INCREMENT,
  name VARCHAR(100) NOT NULL,
  email VARCHAR(200) COMMENT 'Where we write to',
  isactive TINYINT(1) NOT NULL DEFAULT TRUE,
  balance DECIMAL(19,4),
  created DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  rowguid CHAR(36) NOT NULL DEFAULT (UUID()),
  notes LONGTEXT,
  PRIMARY KEY (customerid),
  CONSTRAINT uq_customers_email UNIQUE (email)
) DEFAULT CHARSET = utf8mb4 AUTO_INCREMENT = 100 COMMENT = 'People who buy';

-- table dbo.orderlines [actions]
CREATE TABLE dbo.orderlines (
  orderid INT NOT NULL,
  lineno SMALLINT NOT NULL,
  customerid INT NOT NULL,
  qty INT NOT NULL,
  unitprice DECIMAL(10,2) NOT NULL,
  linetotal DECIMAL(65,30) GENERATED ALWAYS AS (qty * unitprice) STORED,
  label LONGTEXT GENERATED ALWAYS AS (CONCAT('Line ', CAST(lineno AS CHAR(10)))) STORED,
  shipped DATETIME(3),
  version LONGTEXT /* [rowversion] */ NOT NULL,
  PRIMARY KEY (orderid, lineno),
  CONSTRAINT ck_orderlines_qty CHECK (qty > 0)
) DEFAULT CHARSET = utf8mb4;

-- constraint dbo.fk_orderlines_customers [converted]
ALTER TABLE dbo.orderlines ADD CONSTRAINT fk_orderlines_customers FOREIGN KEY (customerid) REFERENCES dbo.customers (customerid) ON DELETE CASCADE;

