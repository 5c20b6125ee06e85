-- schema dbo [converted]
CREATE SCHEMA IF NOT EXISTS dbo;

-- table dbo.products [converted]
CREATE TABLE dbo.products (
  productid integer NOT NULL,
  name varchar(40) NOT NULL,
  price numeric(19,4) NOT NULL,
  stock integer NOT NULL,
  PRIMARY KEY (productid)
);

-- function dbo.productsunder [converted]
CREATE OR REPLACE FUNCTION dbo.productsunder(maxprice numeric(19,4))
RETURNS TABLE (productid integer, name varchar(40), price numeric(19,4))
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
<<locals>>
BEGIN
  RETURN QUERY
    SELECT productid, name, price
    FROM dbo.products
    WHERE price <= productsunder.maxprice
    ORDER BY price NULLS FIRST;
END;
$body$;

-- function dbo.productsummary [converted]
CREATE OR REPLACE FUNCTION dbo.productsummary()
RETURNS TABLE (products bigint, units integer, label varchar)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
<<locals>>
BEGIN
  RETURN QUERY
    SELECT CAST(count(*) AS bigint) AS products, CAST(sum(stock) AS integer) AS units, CAST('all' || ' products' AS varchar) AS label
    FROM dbo.products;
END;
$body$;

-- procedure dbo.restock [converted]
CREATE OR REPLACE PROCEDURE dbo.restock(productid integer, amount integer, INOUT return_status integer DEFAULT NULL)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
<<locals>>
DECLARE
  godwit_row_count bigint;
BEGIN
  restock.return_status := 0;
  IF restock.amount <= 0 THEN
    BEGIN
      restock.return_status := 1;
      RETURN;
    END;
  END IF;
  UPDATE dbo.products
  SET stock = stock + restock.amount
  WHERE productid = restock.productid;
  GET DIAGNOSTICS godwit_row_count = ROW_COUNT;
  IF godwit_row_count = 0 THEN
    BEGIN
      restock.return_status := 2;
      RETURN;
    END;
  END IF;
  BEGIN
    restock.return_status := 0;
    RETURN;
  END;
END;
$body$;

-- procedure dbo.stockreport [actions]
CREATE OR REPLACE PROCEDURE dbo.stockreport(productid integer, INOUT result_set_1 refcursor DEFAULT NULL, INOUT result_set_2 refcursor DEFAULT NULL)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
<<locals>>
BEGIN
  OPEN stockreport.result_set_1 FOR
    SELECT name, stock
    FROM dbo.products
    WHERE productid = stockreport.productid;
  OPEN stockreport.result_set_2 FOR
    SELECT count(*) AS others
    FROM dbo.products
    WHERE productid <> stockreport.productid;
END;
$body$;

-- procedure dbo.priceof [actions]
CREATE OR REPLACE PROCEDURE dbo.priceof(productid integer, INOUT price numeric(19,4), INOUT return_status integer DEFAULT NULL, INOUT result_set refcursor DEFAULT NULL)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
<<locals>>
DECLARE
  godwit_row record;
BEGIN
  priceof.return_status := 0;
  FOR godwit_row IN 
    SELECT price AS value_1
    FROM dbo.products
    WHERE productid = priceof.productid LOOP
    priceof.price := godwit_row.value_1;
  END LOOP;
  OPEN priceof.result_set FOR
    SELECT name
    FROM dbo.products
    WHERE productid = priceof.productid;
  IF priceof.price IS NULL THEN
    BEGIN
      priceof.return_status := 1;
      RETURN;
    END;
  END IF;
END;
$body$;

