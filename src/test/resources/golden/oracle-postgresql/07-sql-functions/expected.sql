-- function f_substr_neg [converted]
CREATE OR REPLACE FUNCTION f_substr_neg(p varchar)
RETURNS varchar
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN nullif(godwit_compat.substr(p, -3, 2), '');
END;
$body$;

-- function f_instr [converted]
CREATE OR REPLACE FUNCTION f_instr(p varchar, s varchar)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN strpos(p, s);
END;
$body$;

-- function f_instr_occ [converted]
CREATE OR REPLACE FUNCTION f_instr_occ(p varchar, s varchar)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN godwit_compat.instr(p, s, 1, 2);
END;
$body$;

-- function f_instr_neg [converted]
CREATE OR REPLACE FUNCTION f_instr_neg(p varchar, s varchar)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN godwit_compat.instr(p, s, -1);
END;
$body$;

-- function f_fmt [converted]
CREATE OR REPLACE FUNCTION f_fmt(d timestamp(0))
RETURNS varchar
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN to_char(d, 'YYYY-MM-DD HH24:MI:SS');
END;
$body$;

-- function f_parse [converted]
CREATE OR REPLACE FUNCTION f_parse(s varchar)
RETURNS timestamp(0)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN to_timestamp(s, 'DD/MM/YYYY')::timestamp(0);
END;
$body$;

-- function f_add_months [converted]
CREATE OR REPLACE FUNCTION f_add_months(d timestamp(0), n numeric)
RETURNS timestamp(0)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN godwit_compat.add_months(d, n);
END;
$body$;

-- function f_months_between [converted]
CREATE OR REPLACE FUNCTION f_months_between(a timestamp(0), b timestamp(0))
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN godwit_compat.months_between(a, b);
END;
$body$;

-- function f_trunc [converted]
CREATE OR REPLACE FUNCTION f_trunc(d timestamp(0))
RETURNS timestamp(0)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN CAST(date_trunc('day', d) AS timestamp(0));
END;
$body$;

-- function f_trunc_month [converted]
CREATE OR REPLACE FUNCTION f_trunc_month(d timestamp(0))
RETURNS timestamp(0)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN CAST(date_trunc('month', d) AS timestamp(0));
END;
$body$;

-- function f_last_day [converted]
CREATE OR REPLACE FUNCTION f_last_day(d timestamp(0))
RETURNS timestamp(0)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN godwit_compat.last_day(d);
END;
$body$;

-- function f_empty_is_null [converted]
CREATE OR REPLACE FUNCTION f_empty_is_null(p varchar)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  IF p IS NULL THEN
    RETURN 1;
  END IF;
  RETURN 0;
END;
$body$;

-- function f_concat [converted]
CREATE OR REPLACE FUNCTION f_concat(a varchar, b varchar)
RETURNS varchar
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN concat(a, '-', b);
END;
$body$;

-- function f_date_plus [converted]
CREATE OR REPLACE FUNCTION f_date_plus(d timestamp(0), n numeric)
RETURNS timestamp(0)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN d + n * INTERVAL '1 day';
END;
$body$;

-- function f_empty_var [converted]
CREATE OR REPLACE FUNCTION f_empty_var()
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  v varchar(10) := NULL;
BEGIN
  IF v IS NULL THEN
    RETURN 1;
  END IF;
  RETURN 0;
END;
$body$;

