-- type num_tab [converted]
CREATE DOMAIN num_tab AS numeric[];

-- type pair_t [converted]
CREATE TYPE pair_t AS (
  k numeric,
  v varchar(10)
);

-- type pair_tab [converted]
CREATE DOMAIN pair_tab AS pair_t[];

-- function tens [converted]
CREATE OR REPLACE FUNCTION tens(n numeric)
RETURNS SETOF numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  FOR i IN 1 .. n LOOP
    RETURN NEXT i * 10;
  END LOOP;
  RETURN;
END;
$body$;

-- function pairs [converted]
CREATE OR REPLACE FUNCTION pairs(n numeric)
RETURNS SETOF pair_t
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  FOR i IN 1 .. n LOOP
    RETURN NEXT CAST((i, concat('v', i)) AS pair_t);
  END LOOP;
  RETURN;
END;
$body$;

-- view pair_view [converted]
CREATE OR REPLACE VIEW pair_view AS
SELECT k, v
FROM pairs(3) t;

