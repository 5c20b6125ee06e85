-- Control flow, loops, labels, exceptions, transactions.
CREATE OR REPLACE PROCEDURE hr.control_demo (p_mode IN VARCHAR2, p_limit IN NUMBER DEFAULT 10) AS
  v_i      PLS_INTEGER := 0;
  v_total  NUMBER := 0;
  v_grade  CHAR(1);
  v_label  VARCHAR2(20);
  TYPE t_nums IS TABLE OF NUMBER;
  v_nums   t_nums := t_nums(1, 2, 3);
BEGIN
  IF p_mode = 'A' THEN
    v_total := 1;
  ELSIF p_mode = 'B' OR p_mode IS NULL THEN
    v_total := 2;
  ELSIF p_mode IN ('C', 'D') AND NOT (p_limit > 100) THEN
    NULL;
  ELSE
    v_total := -1;
  END IF;

  CASE p_mode
    WHEN 'A' THEN v_label := 'alpha';
    WHEN 'B' THEN v_label := 'beta';
    ELSE v_label := 'other';
  END CASE;

  CASE
    WHEN v_total > 10 THEN v_grade := 'A';
    WHEN v_total BETWEEN 5 AND 10 THEN v_grade := 'B';
    ELSE
      v_grade := 'C';
  END CASE;

  v_label := CASE v_grade WHEN 'A' THEN 'top' WHEN 'B' THEN 'mid' ELSE 'low' END;
  v_label := CASE WHEN v_total > 0 THEN 'positive' WHEN v_total < 0 THEN 'negative' END;

  LOOP
    v_i := v_i + 1;
    EXIT WHEN v_i >= p_limit;
    CONTINUE WHEN MOD(v_i, 2) = 0;
    v_total := v_total + v_i;
  END LOOP;

  <<outer_loop>>
  FOR i IN 1 .. p_limit LOOP
    <<inner_loop>>
    FOR j IN REVERSE 1..i LOOP
      EXIT outer_loop WHEN i * j > 50;
      CONTINUE inner_loop WHEN j = 3;
      v_total := v_total + i * j;
    END LOOP inner_loop;
  END LOOP outer_loop;

  WHILE v_i > 0 LOOP
    v_i := v_i - 1;
    IF v_i = 5 THEN
      EXIT;
    END IF;
  END LOOP;

  FOR k IN v_nums.FIRST .. v_nums.LAST LOOP
    IF v_nums.EXISTS(k) THEN
      v_total := v_total + v_nums(k);
    END IF;
  END LOOP;

  FOR r IN (SELECT employee_id, salary FROM hr.employees WHERE department_id = 10) LOOP
    v_total := v_total + r.salary;
  END LOOP;

  <<retry>>
  BEGIN
    v_i := v_i + 1;
    IF v_i < 3 THEN
      GOTO retry;
    END IF;
  END;

  <<block_label>>
  DECLARE
    v_inner NUMBER := 1;
  BEGIN
    v_inner := block_label.v_inner + 1;
  END block_label;

  SAVEPOINT before_update;
  UPDATE hr.employees SET salary = salary * 1.1 WHERE department_id = 10;
  IF SQL%ROWCOUNT > 100 THEN
    ROLLBACK TO SAVEPOINT before_update;
  ELSIF SQL%NOTFOUND THEN
    ROLLBACK TO before_update;
  END IF;
  COMMIT;
  COMMIT WORK;
  COMMIT WRITE NOWAIT;
  SET TRANSACTION READ WRITE;
  LOCK TABLE hr.employees IN ROW EXCLUSIVE MODE NOWAIT;
  LOCK TABLE hr.departments, hr.locations IN SHARE MODE;
  ROLLBACK;
  RETURN;
EXCEPTION
  WHEN NO_DATA_FOUND THEN
    NULL;
  WHEN TOO_MANY_ROWS OR DUP_VAL_ON_INDEX THEN
    DBMS_OUTPUT.PUT_LINE('error: ' || SQLERRM);
    RAISE;
  WHEN hr.errors_pkg.e_business THEN
    RAISE_APPLICATION_ERROR(-20001, 'business rule: ' || SQLCODE, TRUE);
  WHEN OTHERS THEN
    DBMS_OUTPUT.PUT_LINE(DBMS_UTILITY.FORMAT_ERROR_BACKTRACE);
    RAISE e_custom_error;
END control_demo;
/
