-- table before_bad [converted]
CREATE TABLE before_bad (
  id integer NOT NULL,
  PRIMARY KEY (id)
);

-- table after_bad [converted]
CREATE TABLE after_bad (
  id integer NOT NULL,
  note varchar(20),
  PRIMARY KEY (id)
);

-- table TRUNCATED [failed]

-- function after_fn [converted]
CREATE OR REPLACE FUNCTION after_fn()
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  RETURN 42;
END;
$body$;

