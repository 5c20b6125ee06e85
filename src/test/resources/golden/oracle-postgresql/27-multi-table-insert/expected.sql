-- sequence order_seq [converted]
CREATE SEQUENCE order_seq;

-- table src_orders [converted]
CREATE TABLE src_orders (
  id integer,
  amount numeric(10,2),
  region varchar(5)
);

-- table small_orders [converted]
CREATE TABLE small_orders (
  id integer,
  amount numeric(10,2)
);

-- table big_orders [converted]
CREATE TABLE big_orders (
  id integer,
  amount numeric(10,2)
);

-- table other_orders [converted]
CREATE TABLE other_orders (
  id integer,
  amount numeric(10,2),
  region varchar(5)
);

-- table audit_ids [converted]
CREATE TABLE audit_ids (
  id integer,
  tag varchar(10)
);

-- procedure split_all [converted]
CREATE OR REPLACE PROCEDURE split_all()
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  BEGIN
    INSERT INTO small_orders (id, amount)
    SELECT id, amount
    FROM (SELECT id, amount
    FROM src_orders
    WHERE region = 'N') godwit_src;
    INSERT INTO audit_ids (id, tag)
    SELECT id, 'all'
    FROM (SELECT id, amount
    FROM src_orders
    WHERE region = 'N') godwit_src;
  END;
END;
$body$;

-- procedure split_first [converted]
CREATE OR REPLACE PROCEDURE split_first()
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  BEGIN
    INSERT INTO big_orders (id, amount)
    SELECT id, amount
    FROM (SELECT id, amount, region
    FROM src_orders
    WHERE region = 'S') godwit_src
    WHERE amount >= 100;
    INSERT INTO small_orders (id, amount)
    SELECT id, amount
    FROM (SELECT id, amount, region
    FROM src_orders
    WHERE region = 'S') godwit_src
    WHERE CASE WHEN amount >= 100 THEN false ELSE true END AND amount >= 10;
    INSERT INTO audit_ids (id, tag)
    SELECT id, 'first'
    FROM (SELECT id, amount, region
    FROM src_orders
    WHERE region = 'S') godwit_src
    WHERE CASE WHEN amount >= 100 THEN false ELSE true END AND amount >= 10;
    INSERT INTO other_orders
    SELECT *
    FROM (SELECT id, amount, region
    FROM src_orders
    WHERE region = 'S') godwit_src
    WHERE CASE WHEN amount >= 100 THEN false ELSE true END AND CASE WHEN amount >= 10 THEN false ELSE true END;
  END;
END;
$body$;

-- procedure split_when_all [converted]
CREATE OR REPLACE PROCEDURE split_when_all()
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  BEGIN
    INSERT INTO big_orders
    SELECT id, amount
    FROM (SELECT id, amount
    FROM src_orders
    WHERE region = 'W') godwit_src
    WHERE amount >= 100;
    INSERT INTO audit_ids
    SELECT id, 'when'
    FROM (SELECT id, amount
    FROM src_orders
    WHERE region = 'W') godwit_src
    WHERE amount >= 10;
  END;
END;
$body$;

-- procedure copy_back [actions]
CREATE OR REPLACE PROCEDURE copy_back()
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RAISE EXCEPTION 'GODWIT ORA-1025: statement not converted at line 42'; /* GODWIT ORA-1025: INSERT ALL     INTO src_orders (id, amount, region) VALUES (id + 1000, amount, 'X')     INTO audit_ids (id, tag) VALUES (id, 'copy')   SELECT id, amount FROM src_orders */
END;
$body$;

-- procedure numbered [actions]
CREATE OR REPLACE PROCEDURE numbered()
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RAISE EXCEPTION 'GODWIT ORA-1025: statement not converted at line 50'; /* GODWIT ORA-1025: INSERT ALL     INTO audit_ids (id, tag) VALUES (order_seq.NEXTVAL, 'a')     INTO audit_ids (id, tag) VALUES (order_seq.CURRVAL, 'b')   SELECT id FROM src_orders */
END;
$body$;

-- script block [converted]
DO $body$
BEGIN
  BEGIN
    INSERT INTO audit_ids (id, tag)
    SELECT 1, 'seed1';
    INSERT INTO audit_ids (id, tag)
    SELECT 2, 'seed2';
  END;
END;
$body$;

