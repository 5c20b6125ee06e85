-- table vault [converted]
CREATE TABLE vault (
  id integer NOT NULL,
  secret varchar(40),
  PRIMARY KEY (id)
);

-- package VAULT_API [failed]

-- procedure Legacy_Purge [failed]

-- function vault_size [converted]
CREATE OR REPLACE FUNCTION vault_size()
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  n numeric;
BEGIN
  SELECT count(*) INTO STRICT n
  FROM vault;
  RETURN n;
END;
$body$;

