-- table err_log [converted]
CREATE TABLE err_log (
  code numeric,
  msg varchar(200)
);

-- procedure check_qty [converted]
CREATE OR REPLACE PROCEDURE check_qty(p_qty numeric)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  IF p_qty < 0 THEN
    RAISE EXCEPTION USING ERRCODE = 'U0FFL', MESSAGE = concat('ORA-20001: ', 'negative quantity ', p_qty);
  ELSIF p_qty > 100 THEN
    RAISE EXCEPTION USING ERRCODE = 'U0G7B', MESSAGE = concat('ORA-20999: ', 'too many');
  END IF;
END;
$body$;

-- function qty_error [converted]
CREATE OR REPLACE FUNCTION qty_error(p_qty numeric)
RETURNS varchar
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  CALL check_qty(p_qty);
  RETURN 'ok';
EXCEPTION
  WHEN OTHERS THEN
    RETURN SQLERRM;
END;
$body$;

-- function error_number [converted]
CREATE OR REPLACE FUNCTION error_number(p_msg varchar)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN nullif(substr(p_msg, 5, 5), '')::numeric;
END;
$body$;

-- function dyn_code [actions]
CREATE OR REPLACE FUNCTION dyn_code(p_code numeric)
RETURNS varchar
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = concat('ORA', p_code, ': ', 'dynamic');
EXCEPTION
  WHEN OTHERS THEN
    RETURN SQLERRM;
END;
$body$;

-- procedure log_error [converted]
CREATE OR REPLACE PROCEDURE log_error(p_qty numeric)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  -- exception e_neg is SQLSTATE 'U0FFL'
BEGIN
  CALL check_qty(p_qty);
EXCEPTION
  WHEN SQLSTATE 'U0FFL' THEN
    INSERT INTO err_log
    VALUES (-20001, SQLERRM);
END;
$body$;

