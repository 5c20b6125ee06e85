-- table app_user [actions]
CREATE TABLE app_user (
  id bigint NOT NULL,
  login text /* VARCHAR2(&app_len) */ NOT NULL,
  PRIMARY KEY (id)
);

-- function user_count [converted]
CREATE OR REPLACE FUNCTION user_count()
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  n numeric;
BEGIN
  SELECT count(*) INTO STRICT n
  FROM app_user;
  RETURN n;
END;
$body$;

