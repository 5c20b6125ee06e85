-- function squares_sum [converted]
CREATE OR REPLACE FUNCTION squares_sum(n integer)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  -- type num_map is numeric[]
  m numeric[];
  i integer;
  total numeric := 0;
BEGIN
  FOR k IN 1 .. n LOOP
    m[k] := k * k;
  END LOOP;
  i := array_lower(m, 1);
  WHILE i IS NOT NULL LOOP
    total := total + m[i];
    i := CASE WHEN i < array_upper(m, 1) THEN greatest(i + 1, array_lower(m, 1)) END;
  END LOOP;
  RETURN total * 100 + coalesce(cardinality(m), 0);
END;
$body$;

-- function countdown [converted]
CREATE OR REPLACE FUNCTION countdown(n integer)
RETURNS varchar
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  -- type name_map is varchar(10)[]
  m varchar(10)[];
  i integer;
  s varchar(100);
BEGIN
  FOR k IN 1 .. n LOOP
    m[k] := concat('n', k);
  END LOOP;
  i := array_upper(m, 1);
  WHILE i IS NOT NULL LOOP
    s := nullif(concat(s, m[i]), '');
    i := CASE WHEN i > array_lower(m, 1) THEN least(i - 1, array_upper(m, 1)) END;
  END LOOP;
  IF (n + 1 BETWEEN array_lower(m, 1) AND array_upper(m, 1)) THEN
    RETURN 'wrong';
  END IF;
  RETURN s;
END;
$body$;

-- function rate_of [converted]
CREATE OR REPLACE FUNCTION rate_of(p_code varchar)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  -- type rate_map is jsonb
  rates jsonb;
BEGIN
  rates := coalesce(rates, '{}'::jsonb) || jsonb_build_object(('EUR')::text, 1);
  rates := coalesce(rates, '{}'::jsonb) || jsonb_build_object(('USD')::text, 0.9);
  RETURN (godwit_compat.map_get(rates, (p_code)::text)::numeric);
END;
$body$;

