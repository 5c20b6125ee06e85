-- A compound trigger whose timing points share no state becomes one trigger per timing point; one
-- that declares state for its timing points to share stays item ORA-1009.
CREATE TABLE accounts (id NUMBER PRIMARY KEY, balance NUMBER);
CREATE TABLE acct_audit (id NUMBER, what VARCHAR2(30));
CREATE OR REPLACE TRIGGER accounts_audit
FOR INSERT OR UPDATE ON accounts
COMPOUND TRIGGER
  BEFORE STATEMENT IS
  BEGIN
    INSERT INTO acct_audit VALUES (NULL, 'statement start');
  END BEFORE STATEMENT;
  BEFORE EACH ROW IS
  BEGIN
    IF :NEW.balance < 0 THEN
      :NEW.balance := 0;
    END IF;
  END BEFORE EACH ROW;
  AFTER EACH ROW IS
    v_what VARCHAR2(30);
  BEGIN
    IF INSERTING THEN
      v_what := 'inserted';
    ELSE
      v_what := 'updated';
    END IF;
    INSERT INTO acct_audit VALUES (:NEW.id, v_what);
  END AFTER EACH ROW;
  AFTER STATEMENT IS
  BEGIN
    INSERT INTO acct_audit VALUES (NULL, 'statement end');
  END AFTER STATEMENT;
END accounts_audit;
/
CREATE OR REPLACE TRIGGER accounts_count
FOR INSERT ON accounts
COMPOUND TRIGGER
  n PLS_INTEGER := 0;
  AFTER EACH ROW IS
  BEGIN
    n := n + 1;
  END AFTER EACH ROW;
  AFTER STATEMENT IS
  BEGIN
    INSERT INTO acct_audit VALUES (n, 'count');
  END AFTER STATEMENT;
END accounts_count;
/
