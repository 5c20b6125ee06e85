-- function dbg_level [actions]
CREATE OR REPLACE FUNCTION dbg_level()
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN 0;
END;
$body$;

-- procedure trace [actions]
CREATE OR REPLACE PROCEDURE trace(p_msg varchar)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  NULL;
  RAISE NOTICE '%', p_msg;
END;
$body$;

