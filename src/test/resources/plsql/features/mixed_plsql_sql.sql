-- Realistic odds and ends: WITH FUNCTION, record inserts, nested IF in ELSE, labelled cursor loops.
WITH FUNCTION dbl (x NUMBER) RETURN NUMBER IS BEGIN RETURN x * 2; END;
SELECT dbl(salary) FROM hr.employees
/
CREATE OR REPLACE PROCEDURE p IS
  PRAGMA INLINE (helper, 'YES');
  r t%ROWTYPE;
BEGIN
  SELECT * INTO r FROM t WHERE ROWNUM = 1;
  INSERT INTO t VALUES r;
  FORALL i IN 1 .. l_tab.COUNT INSERT INTO t VALUES l_tab(i);
  l_tab(l_tab.LAST + 1) := x;
  IF a THEN NULL; ELSE IF b THEN NULL; END IF; END IF;
  WHILE TRUE LOOP EXIT; END LOOP;
  COMMIT WORK WRITE BATCH;
  v := CASE WHEN a IS NOT NULL AND b IN (1, 2) THEN 'x' END;
  x := MOD(y, 2);
END;
/
CREATE OR REPLACE TRIGGER trg
  BEFORE INSERT
  ON emp
  REFERENCING NEW AS NEW OLD AS OLD
  FOR EACH ROW
BEGIN
  :NEW.id := NVL(:NEW.id, seq.NEXTVAL);
END trg;
/
SELECT a AS type, b AS select_x, count(*) cnt FROM t1 t, TABLE(t.nested) n GROUP BY a, b HAVING COUNT(*) > 1;
SELECT * FROM (SELECT a FROM t ORDER BY a) WHERE ROWNUM <= 10;
SELECT TO_CHAR(SYSDATE, 'YYYY') FROM DUAL;
INSERT INTO t VALUES (seq.nextval, sysdate, user, NULL);
SELECT * FROM t WHERE a = 1 -- trailing comment
;
DECLARE
  TYPE r IS RECORD (a NUMBER);
BEGIN
  <<lbl>>
  FOR i IN (SELECT 1 FROM dual) LOOP
    NULL;
  END LOOP lbl;
END;
/
SELECT LEVEL l FROM dual CONNECT BY LEVEL <= 3;
SELECT * FROM emp WHERE deptno IN (SELECT deptno FROM dept) AND sal > (SELECT AVG(sal) FROM emp);
CREATE TABLE t2 AS SELECT * FROM t WHERE 1 = 0;
