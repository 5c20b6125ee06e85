-- table sale [converted]
CREATE TABLE sale (
  id integer NOT NULL,
  region varchar(10),
  amount numeric(10,2),
  PRIMARY KEY (id)
);

-- procedure open_sales [converted]
CREATE OR REPLACE PROCEDURE open_sales(p_region varchar, OUT p_cur refcursor)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  OPEN p_cur FOR
    SELECT id, amount
    FROM sale
    WHERE region = p_region
    ORDER BY id;
END;
$body$;

-- function big_sales [converted]
CREATE OR REPLACE FUNCTION big_sales(p_min numeric)
RETURNS refcursor
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  c refcursor;
BEGIN
  OPEN c FOR
    SELECT id
    FROM sale
    WHERE amount >= p_min
    ORDER BY id;
  RETURN c;
END;
$body$;

-- function count_from [converted]
CREATE OR REPLACE FUNCTION count_from(p_min numeric)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  -- type id_cur is refcursor
  c refcursor;
  v numeric;
  n numeric := 0;
BEGIN
  OPEN c FOR EXECUTE 'SELECT id
  FROM sale
  WHERE id >= $1' USING p_min;
  LOOP
    FETCH c INTO v;
    EXIT WHEN NOT FOUND;
    n := n + 1;
  END LOOP;
  CLOSE c;
  RETURN n;
END;
$body$;

