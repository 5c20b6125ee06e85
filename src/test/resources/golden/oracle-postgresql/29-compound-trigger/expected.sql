-- table accounts [converted]
CREATE TABLE accounts (
  id numeric NOT NULL,
  balance numeric,
  PRIMARY KEY (id)
);

-- table acct_audit [converted]
CREATE TABLE acct_audit (
  id numeric,
  what varchar(30)
);

-- trigger accounts_audit_before_stmt [converted]
CREATE OR REPLACE FUNCTION accounts_audit_before_stmt()
RETURNS trigger
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  INSERT INTO acct_audit
  VALUES (NULL, 'statement start');
  RETURN NULL;
END;
$body$;
CREATE OR REPLACE TRIGGER accounts_audit_before_stmt BEFORE INSERT OR UPDATE ON accounts
FOR EACH STATEMENT
EXECUTE FUNCTION accounts_audit_before_stmt();

-- trigger accounts_audit_before_row [converted]
CREATE OR REPLACE FUNCTION accounts_audit_before_row()
RETURNS trigger
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  IF NEW.balance < 0 THEN
    NEW.balance := 0;
  END IF;
  RETURN NEW;
END;
$body$;
CREATE OR REPLACE TRIGGER accounts_audit_before_row BEFORE INSERT OR UPDATE ON accounts
FOR EACH ROW
EXECUTE FUNCTION accounts_audit_before_row();

-- trigger accounts_audit_after_row [converted]
CREATE OR REPLACE FUNCTION accounts_audit_after_row()
RETURNS trigger
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  v_what varchar(30);
BEGIN
  IF TG_OP = 'INSERT' THEN
    v_what := 'inserted';
  ELSE
    v_what := 'updated';
  END IF;
  INSERT INTO acct_audit
  VALUES (NEW.id, v_what);
  RETURN NULL;
END;
$body$;
CREATE OR REPLACE TRIGGER accounts_audit_after_row AFTER INSERT OR UPDATE ON accounts
FOR EACH ROW
EXECUTE FUNCTION accounts_audit_after_row();

-- trigger accounts_audit_after_stmt [converted]
CREATE OR REPLACE FUNCTION accounts_audit_after_stmt()
RETURNS trigger
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  INSERT INTO acct_audit
  VALUES (NULL, 'statement end');
  RETURN NULL;
END;
$body$;
CREATE OR REPLACE TRIGGER accounts_audit_after_stmt AFTER INSERT OR UPDATE ON accounts
FOR EACH STATEMENT
EXECUTE FUNCTION accounts_audit_after_stmt();

-- trigger ACCOUNTS_COUNT [failed]

