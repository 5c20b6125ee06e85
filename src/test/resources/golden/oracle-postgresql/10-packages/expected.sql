-- table counters [converted]
CREATE TABLE counters (
  name varchar(30) NOT NULL,
  val numeric,
  PRIMARY KEY (name)
);

-- package util [converted]
CREATE SCHEMA IF NOT EXISTS util;

CREATE OR REPLACE FUNCTION util.godwit_init()
RETURNS void
LANGUAGE plpgsql
AS $body$
BEGIN
  IF current_setting('util.godwit_initialized', true) = 'yes' THEN
    RETURN;
  END IF;
  PERFORM set_config('util.godwit_initialized', 'yes', false);
  PERFORM set_config('util.c_prefix', coalesce(('ID-')::text, ''), false);
END;
$body$;

CREATE OR REPLACE FUNCTION util.tag(p numeric)
RETURNS varchar
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  PERFORM util.godwit_init();
  RETURN nullif(concat(nullif(current_setting('util.c_prefix', true), '')::varchar(4), p), '');
END;
$body$;

-- package counter_pkg [converted]
CREATE SCHEMA IF NOT EXISTS counter_pkg;

CREATE OR REPLACE FUNCTION counter_pkg.godwit_init()
RETURNS void
LANGUAGE plpgsql
AS $body$
BEGIN
  IF current_setting('counter_pkg.godwit_initialized', true) = 'yes' THEN
    RETURN;
  END IF;
  PERFORM set_config('counter_pkg.godwit_initialized', 'yes', false);
  PERFORM set_config('counter_pkg.g_calls', coalesce((0)::text, ''), false);
  PERFORM set_config('counter_pkg.g_started', '', false);
BEGIN
  PERFORM set_config('counter_pkg.g_started', CAST(date_trunc('second', statement_timestamp()::timestamp) AS timestamp(0))::text, false);
END;
END;
$body$;

CREATE OR REPLACE PROCEDURE counter_pkg.bump(p_name varchar)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  godwit_row_count bigint;
BEGIN
  PERFORM counter_pkg.godwit_init();
  PERFORM set_config('counter_pkg.g_calls', (nullif(current_setting('counter_pkg.g_calls', true), '')::numeric + 1)::text, false);
  UPDATE counters
  SET val = val + 1
  WHERE name = p_name;
  GET DIAGNOSTICS godwit_row_count = ROW_COUNT;
  IF godwit_row_count = 0 THEN
    INSERT INTO counters (name, val)
    VALUES (p_name, 1);
    GET DIAGNOSTICS godwit_row_count = ROW_COUNT;
  END IF;
END;
$body$;

CREATE OR REPLACE FUNCTION counter_pkg.label(p_name varchar)
RETURNS varchar
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  v numeric;
BEGIN
  SELECT val INTO STRICT v
  FROM counters
  WHERE name = p_name;
  RETURN util.tag(v);
END;
$body$;

CREATE OR REPLACE FUNCTION counter_pkg.describe(p numeric)
RETURNS varchar
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN 'number';
END;
$body$;

CREATE OR REPLACE FUNCTION counter_pkg.describe(p varchar)
RETURNS varchar
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN 'text';
END;
$body$;

