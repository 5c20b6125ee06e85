-- table ledger [converted]
CREATE TABLE ledger (
  id integer NOT NULL,
  amount numeric(10,2),
  PRIMARY KEY (id)
);

-- package LEDGER_API [failed]

-- package clean_api [converted]
CREATE SCHEMA IF NOT EXISTS clean_api;


CREATE OR REPLACE FUNCTION clean_api.twice(p numeric)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN p * 2;
END;
$body$;

