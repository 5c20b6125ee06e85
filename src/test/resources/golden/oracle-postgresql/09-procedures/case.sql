-- Procedures and functions: parameters, %TYPE/%ROWTYPE, records, cursors, exceptions.
CREATE TABLE acct (id NUMBER(10) PRIMARY KEY, owner VARCHAR2(40) NOT NULL, balance NUMBER(12,2) DEFAULT 0);
CREATE TABLE acct_log (id NUMBER(10), msg VARCHAR2(200));

CREATE OR REPLACE PROCEDURE open_acct(p_id IN NUMBER, p_owner IN VARCHAR2, p_balance IN NUMBER DEFAULT 10) IS
BEGIN
  INSERT INTO acct (id, owner, balance) VALUES (p_id, p_owner, p_balance);
END;
/
CREATE OR REPLACE PROCEDURE get_balance(p_id IN acct.id%TYPE, p_balance OUT acct.balance%TYPE) IS
BEGIN
  SELECT balance INTO p_balance FROM acct WHERE id = p_id;
END;
/
CREATE OR REPLACE PROCEDURE double_it(p_value IN OUT NUMBER) IS
BEGIN
  p_value := p_value * 2;
END;
/
CREATE OR REPLACE FUNCTION owner_of(p_id NUMBER) RETURN VARCHAR2 IS
  r acct%ROWTYPE;
BEGIN
  SELECT * INTO r FROM acct WHERE id = p_id;
  RETURN r.owner;
EXCEPTION
  WHEN NO_DATA_FOUND THEN
    RETURN 'none';
END;
/
CREATE OR REPLACE FUNCTION total_balance RETURN NUMBER IS
  CURSOR c IS SELECT balance FROM acct;
  v_total NUMBER := 0;
BEGIN
  FOR rec IN c LOOP
    v_total := v_total + rec.balance;
  END LOOP;
  RETURN v_total;
END;
/
CREATE OR REPLACE FUNCTION count_rich(p_min NUMBER) RETURN NUMBER IS
  CURSOR c(p_limit NUMBER) IS SELECT id FROM acct WHERE balance >= p_limit;
  v_id acct.id%TYPE;
  n PLS_INTEGER := 0;
BEGIN
  OPEN c(p_min);
  LOOP
    FETCH c INTO v_id;
    EXIT WHEN c%NOTFOUND;
    n := n + 1;
  END LOOP;
  CLOSE c;
  RETURN n;
END;
/
CREATE OR REPLACE FUNCTION any_owner RETURN VARCHAR2 IS
  v acct.owner%TYPE;
BEGIN
  SELECT owner INTO v FROM acct;
  RETURN v;
EXCEPTION
  WHEN TOO_MANY_ROWS THEN
    RETURN 'many';
  WHEN NO_DATA_FOUND THEN
    RETURN 'none';
END;
/
CREATE OR REPLACE PROCEDURE withdraw(p_id NUMBER, p_amount NUMBER) IS
  insufficient EXCEPTION;
  v_bal NUMBER;
BEGIN
  SELECT balance INTO v_bal FROM acct WHERE id = p_id;
  IF v_bal < p_amount THEN
    RAISE insufficient;
  END IF;
  UPDATE acct SET balance = balance - p_amount WHERE id = p_id;
EXCEPTION
  WHEN insufficient THEN
    RAISE_APPLICATION_ERROR(-20001, 'Insufficient funds in ' || p_id);
END;
/
CREATE OR REPLACE FUNCTION try_withdraw(p_id NUMBER, p_amount NUMBER) RETURN VARCHAR2 IS
BEGIN
  withdraw(p_id, p_amount);
  RETURN 'ok';
EXCEPTION
  WHEN OTHERS THEN
    RETURN SQLERRM;
END;
/
CREATE OR REPLACE FUNCTION dyn_count(p_table VARCHAR2, p_min NUMBER) RETURN NUMBER IS
  n NUMBER;
BEGIN
  EXECUTE IMMEDIATE 'SELECT COUNT(*) FROM ' || p_table || ' WHERE balance >= :1' INTO n USING p_min;
  RETURN n;
END;
/
CREATE OR REPLACE FUNCTION add_acct(p_owner VARCHAR2) RETURN NUMBER IS
  v_id acct.id%TYPE;
BEGIN
  INSERT INTO acct (id, owner) VALUES ((SELECT NVL(MAX(id), 0) + 1 FROM acct), p_owner)
  RETURNING id INTO v_id;
  RETURN v_id;
END;
/
CREATE OR REPLACE PROCEDURE log_all IS
  TYPE t_ids IS TABLE OF acct.id%TYPE;
  ids t_ids;
BEGIN
  SELECT id BULK COLLECT INTO ids FROM acct ORDER BY id;
  FORALL i IN 1 .. ids.COUNT
    INSERT INTO acct_log (id, msg) VALUES (ids(i), 'seen');
END;
/
CREATE OR REPLACE FUNCTION dyn_literal(p_min NUMBER) RETURN NUMBER IS
  n NUMBER;
BEGIN
  EXECUTE IMMEDIATE 'SELECT COUNT(*) FROM acct WHERE balance >= :1' INTO n USING p_min;
  RETURN n;
END;
/
