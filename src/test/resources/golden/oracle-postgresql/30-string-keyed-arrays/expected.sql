-- function rate_walk [converted]
CREATE OR REPLACE FUNCTION rate_walk()
RETURNS varchar
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  -- type rate_map is jsonb
  rates jsonb;
  k varchar(10);
  s varchar(200);
BEGIN
  rates := coalesce(rates, '{}'::jsonb) || jsonb_build_object(('USD')::text, 2);
  rates := coalesce(rates, '{}'::jsonb) || jsonb_build_object(('EUR')::text, 1);
  rates := coalesce(rates, '{}'::jsonb) || jsonb_build_object(('CHF')::text, 3.25);
  rates := coalesce(rates, '{}'::jsonb) || jsonb_build_object(('GBP')::text, 1.2);
  rates := coalesce(rates, '{}'::jsonb) || jsonb_build_object(('EUR')::text, 1.5);
  rates := (rates - ('GBP')::text);
  k := (SELECT min(godwit_k COLLATE "C") FROM jsonb_object_keys(rates) godwit_k);
  WHILE k IS NOT NULL LOOP
    s := concat(s, k, '=', (godwit_compat.map_get(rates, (k)::text)::numeric), ';');
    k := (SELECT min(godwit_k COLLATE "C") FROM jsonb_object_keys(rates) godwit_k WHERE godwit_k COLLATE "C" > (k)::text);
  END LOOP;
  RETURN concat(s, (SELECT count(*) FROM jsonb_object_keys(rates))::integer, ':', (SELECT max(godwit_k COLLATE "C") FROM jsonb_object_keys(rates) godwit_k), ':', (SELECT max(godwit_k COLLATE "C") FROM jsonb_object_keys(rates) godwit_k WHERE godwit_k COLLATE "C" < ('EUR')::text));
END;
$body$;

-- function has_rate [converted]
CREATE OR REPLACE FUNCTION has_rate(p_code varchar)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  -- type rate_map is jsonb
  rates jsonb;
BEGIN
  rates := coalesce(rates, '{}'::jsonb) || jsonb_build_object(('EUR')::text, 1);
  IF ((rates -> (p_code)::text) IS NOT NULL) THEN
    RETURN 1;
  END IF;
  RETURN 0;
END;
$body$;

-- function missing_rate [converted]
CREATE OR REPLACE FUNCTION missing_rate()
RETURNS varchar
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  -- type rate_map is jsonb
  rates jsonb;
  v numeric;
BEGIN
  rates := coalesce(rates, '{}'::jsonb) || jsonb_build_object(('EUR')::text, 1);
  v := (godwit_compat.map_get(rates, ('XXX')::text)::numeric);
  RETURN 'found';
EXCEPTION
  WHEN no_data_found THEN
    RETURN 'no data';
END;
$body$;

-- function cleared [converted]
CREATE OR REPLACE FUNCTION cleared()
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  -- type name_map is jsonb
  names jsonb;
BEGIN
  names := coalesce(names, '{}'::jsonb) || jsonb_build_object(('a')::text, 'x');
  names := coalesce(names, '{}'::jsonb) || jsonb_build_object(('B')::text, 'y');
  names := CAST('{}' AS jsonb);
  RETURN (SELECT count(*) FROM jsonb_object_keys(names))::integer;
END;
$body$;

-- function case_order [converted]
CREATE OR REPLACE FUNCTION case_order()
RETURNS varchar
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  -- type name_map is jsonb
  names jsonb;
  k varchar(5);
  s varchar(100);
BEGIN
  names := coalesce(names, '{}'::jsonb) || jsonb_build_object(('b')::text, '2');
  names := coalesce(names, '{}'::jsonb) || jsonb_build_object(('B')::text, '1');
  names := coalesce(names, '{}'::jsonb) || jsonb_build_object(('a')::text, '3');
  names := coalesce(names, '{}'::jsonb) || jsonb_build_object(('aa')::text, '4');
  k := (SELECT min(godwit_k COLLATE "C") FROM jsonb_object_keys(names) godwit_k);
  WHILE k IS NOT NULL LOOP
    s := nullif(concat(s, k, (godwit_compat.map_get(names, (k)::text)::varchar(20))), '');
    k := (SELECT min(godwit_k COLLATE "C") FROM jsonb_object_keys(names) godwit_k WHERE godwit_k COLLATE "C" > (k)::text);
  END LOOP;
  RETURN s;
END;
$body$;

