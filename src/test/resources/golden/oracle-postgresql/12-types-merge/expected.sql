-- type num_list [converted]
CREATE DOMAIN num_list AS numeric[];

-- type address_t [converted]
CREATE TYPE address_t AS (
  street varchar(40),
  city varchar(30)
);

-- table stock [converted]
CREATE TABLE stock (
  sku varchar(10) NOT NULL,
  qty integer,
  PRIMARY KEY (sku)
);

-- table stock_in [converted]
CREATE TABLE stock_in (
  sku varchar(10),
  qty integer
);

-- table small_moves [converted]
CREATE TABLE small_moves (
  sku varchar(10),
  qty integer
);

-- table big_moves [converted]
CREATE TABLE big_moves (
  sku varchar(10),
  qty integer
);

-- procedure apply_stock [converted]
CREATE OR REPLACE PROCEDURE apply_stock()
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  MERGE INTO stock AS s
  USING (SELECT sku, sum(qty) AS qty
  FROM stock_in
  GROUP BY sku) i
  ON s.sku = i.sku
  WHEN MATCHED THEN UPDATE SET qty = s.qty + i.qty
  WHEN NOT MATCHED THEN INSERT (sku, qty) VALUES (i.sku, i.qty);
END;
$body$;

-- procedure split_moves [converted]
CREATE OR REPLACE PROCEDURE split_moves()
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  BEGIN
    INSERT INTO small_moves (sku, qty)
    SELECT sku, qty
    FROM (SELECT sku, qty
    FROM stock_in) godwit_src
    WHERE qty < 10;
    INSERT INTO big_moves (sku, qty)
    SELECT sku, qty
    FROM (SELECT sku, qty
    FROM stock_in) godwit_src
    WHERE qty >= 10;
  END;
END;
$body$;

-- function sum_list [converted]
CREATE OR REPLACE FUNCTION sum_list(p_count numeric)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  l numeric[] := CAST('{}' AS numeric[]);
  total numeric := 0;
BEGIN
  FOR i IN 1 .. p_count LOOP
    l[coalesce(cardinality(l), 0) + 1] := NULL;
    l[coalesce(cardinality(l), 0)] := i * 10;
  END LOOP;
  FOR i IN 1 .. coalesce(cardinality(l), 0) LOOP
    total := total + l[i];
  END LOOP;
  RETURN total;
END;
$body$;

