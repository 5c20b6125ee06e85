-- schema dbo [converted]
CREATE SCHEMA IF NOT EXISTS dbo;

-- type dbo.phone [converted]
CREATE DOMAIN dbo.phone AS varchar(20) NOT NULL;

-- type dbo.money4 [converted]
CREATE DOMAIN dbo.money4 AS numeric(12,4);

-- type dbo.orderlines [actions]
CREATE TYPE dbo.orderlines AS (
  productid integer,
  qty integer
);

-- sequence dbo.ticketno [converted]
CREATE SEQUENCE dbo.ticketno AS integer START WITH 100 INCREMENT BY 10 MINVALUE -2147483648 MAXVALUE 2147483647;

-- sequence dbo.countdown [converted]
CREATE SEQUENCE dbo.countdown AS smallint START WITH 3 INCREMENT BY -1 MINVALUE 1 MAXVALUE 3 CYCLE;

-- sequence dbo.plain [converted]
CREATE SEQUENCE dbo.plain AS bigint START WITH -9223372036854775808 INCREMENT BY 1 MINVALUE -9223372036854775808;

-- table dbo.customers [converted]
CREATE TABLE dbo.customers (
  customerid integer DEFAULT nextval('dbo.ticketno') NOT NULL,
  phone dbo.phone,
  credit dbo.money4,
  PRIMARY KEY (customerid)
);

-- view dbo.clients [converted]
CREATE OR REPLACE VIEW dbo.clients AS
SELECT *
FROM dbo.customers;

-- synonym dbo.RemoteOrders [failed]

-- procedure dbo.addcustomer [converted]
CREATE OR REPLACE PROCEDURE dbo.addcustomer(phone varchar(20), INOUT id integer)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
<<locals>>
BEGIN
  addcustomer.id := nextval('dbo.ticketno');
  INSERT INTO dbo.customers (customerid, phone, credit)
  VALUES (addcustomer.id, addcustomer.phone, 1.5);
END;
$body$;

-- procedure dbo.addcustomer [converted]
CREATE OR REPLACE PROCEDURE dbo.addcustomer(phone varchar(20), INOUT id integer)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
<<locals>>
BEGIN
  addcustomer.id := nextval('dbo.ticketno');
  INSERT INTO dbo.customers (customerid, phone, credit)
  VALUES (addcustomer.id, addcustomer.phone, 2.5);
END;
$body$;

-- view dbo.customerphones [converted]
CREATE OR REPLACE VIEW dbo.customerphones AS
SELECT customerid, phone
FROM dbo.customers;

-- function dbo.nextcountdown [converted]
CREATE OR REPLACE FUNCTION dbo.nextcountdown()
RETURNS integer
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
<<locals>>
BEGIN
  RETURN 0;
END;
$body$;

