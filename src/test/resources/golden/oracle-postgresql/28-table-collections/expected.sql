-- type num_list [converted]
CREATE DOMAIN num_list AS numeric[];

-- type name_list [converted]
CREATE DOMAIN name_list AS varchar(20)[];

-- function evens [converted]
CREATE OR REPLACE FUNCTION evens(n numeric)
RETURNS SETOF numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  FOR i IN 1 .. n LOOP
    RETURN NEXT i * 2;
  END LOOP;
  RETURN;
END;
$body$;

-- view first_evens [converted]
CREATE OR REPLACE VIEW first_evens AS
SELECT column_value AS v
FROM evens(4) t (column_value);

-- function sum_evens [converted]
CREATE OR REPLACE FUNCTION sum_evens(n numeric)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  total numeric;
BEGIN
  SELECT sum(e.column_value) INTO STRICT total
  FROM evens(n) e (column_value);
  RETURN total;
END;
$body$;

-- function count_big [converted]
CREATE OR REPLACE FUNCTION count_big(p_limit numeric)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  l numeric[] := CAST('{}' AS numeric[]);
  n numeric;
BEGIN
  FOR i IN 1 .. 5 LOOP
    l[coalesce(cardinality(l), 0) + 1] := NULL;
    l[coalesce(cardinality(l), 0)] := i * 10;
  END LOOP;
  SELECT count(*) INTO STRICT n
  FROM unnest(l) t (column_value)
  WHERE column_value > p_limit;
  RETURN n;
END;
$body$;

-- function join_names [converted]
CREATE OR REPLACE FUNCTION join_names()
RETURNS varchar
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  -- type local_names is varchar(20)[]
  names varchar(20)[] := CAST('{}' AS varchar(20)[]);
  s varchar(200);
BEGIN
  names[coalesce(cardinality(names), 0) + 2] := NULL;
  names[1] := 'ann';
  names[2] := 'bob';
  SELECT string_agg(t.column_value::text, ',' ORDER BY t.column_value) INTO STRICT s
  FROM unnest(names) t (column_value);
  RETURN s;
END;
$body$;

