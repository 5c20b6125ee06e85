-- function first_pos [actions]
CREATE OR REPLACE FUNCTION first_pos(p numeric)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  i numeric := 0;
BEGIN
  -- <<AGAIN>>
  i := i + 1;
  IF i < p THEN
    RAISE EXCEPTION 'GOTO AGAIN not converted'; /* GODWIT PG-2007: GOTO AGAIN */
  END IF;
  RETURN i;
END;
$body$;

-- function labelled_sum [converted]
CREATE OR REPLACE FUNCTION labelled_sum(n numeric)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  s numeric := 0;
BEGIN
  <<outer_loop>>
  FOR i IN 1 .. n LOOP
    EXIT outer_loop WHEN i > 3;
    s := s + i;
  END LOOP outer_loop;
  RETURN s;
END;
$body$;

