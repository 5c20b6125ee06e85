-- Cursors, bulk binds, dynamic SQL, pipelined functions.
CREATE OR REPLACE FUNCTION hr.cursor_demo (p_dept IN NUMBER) RETURN NUMBER
IS
  CURSOR c_emp (p_d NUMBER) IS SELECT employee_id, salary FROM hr.employees WHERE department_id = p_d;
  TYPE t_ids IS TABLE OF hr.employees.employee_id%TYPE;
  TYPE t_sal IS TABLE OF hr.employees.salary%TYPE;
  v_ids    t_ids;
  v_sal    t_sal;
  v_id     NUMBER;
  v_salary NUMBER;
  v_rc     SYS_REFCURSOR;
  v_sql    VARCHAR2(4000);
  v_cnt    NUMBER;
  v_name   VARCHAR2(100);
  e_bulk   EXCEPTION;
  PRAGMA EXCEPTION_INIT(e_bulk, -24381);
BEGIN
  OPEN c_emp(p_dept);
  LOOP
    FETCH c_emp INTO v_id, v_salary;
    EXIT WHEN c_emp%NOTFOUND;
  END LOOP;
  IF c_emp%ISOPEN THEN
    CLOSE c_emp;
  END IF;

  OPEN c_emp(p_d => p_dept);
  FETCH c_emp BULK COLLECT INTO v_ids, v_sal LIMIT 100;
  CLOSE c_emp;

  FOR r IN c_emp(p_dept) LOOP
    v_cnt := c_emp%ROWCOUNT;
  END LOOP;

  SELECT employee_id, salary BULK COLLECT INTO v_ids, v_sal FROM hr.employees WHERE department_id = p_dept;
  SELECT COUNT(*) INTO v_cnt FROM hr.employees;
  SELECT last_name INTO v_name FROM hr.employees WHERE employee_id = v_ids(1);

  FORALL i IN 1 .. v_ids.COUNT
    UPDATE hr.employees SET salary = v_sal(i) * 1.05 WHERE employee_id = v_ids(i);

  FORALL i IN INDICES OF v_ids SAVE EXCEPTIONS
    DELETE FROM hr.job_history WHERE employee_id = v_ids(i);

  FORALL i IN VALUES OF v_ids
    INSERT INTO hr.audit_ids VALUES (v_ids(i));

  FORALL i IN v_ids.FIRST .. v_ids.LAST
    EXECUTE IMMEDIATE 'UPDATE t SET x = :1 WHERE id = :2' USING v_sal(i), v_ids(i);

  UPDATE hr.employees SET salary = salary + 1 WHERE department_id = p_dept
    RETURNING employee_id, salary BULK COLLECT INTO v_ids, v_sal;
  DELETE FROM hr.job_history WHERE employee_id = 1 RETURNING employee_id INTO v_id;
  INSERT INTO hr.regions (region_id, region_name) VALUES (99, 'x') RETURNING region_id INTO v_id;

  v_sql := 'SELECT COUNT(*) FROM hr.employees WHERE department_id = :d';
  EXECUTE IMMEDIATE v_sql INTO v_cnt USING p_dept;
  EXECUTE IMMEDIATE 'BEGIN hr.p(:a, :b); END;' USING IN p_dept, OUT v_name;
  EXECUTE IMMEDIATE 'BEGIN :r := hr.f(:x); END;' USING OUT v_cnt, IN OUT v_id;
  EXECUTE IMMEDIATE 'SELECT employee_id FROM hr.employees' BULK COLLECT INTO v_ids;
  EXECUTE IMMEDIATE 'DELETE FROM t WHERE id = :1 RETURNING x INTO :2' USING v_id RETURNING INTO v_cnt;
  EXECUTE IMMEDIATE 'TRUNCATE TABLE hr.tmp';
  EXECUTE IMMEDIATE q'{ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY-MM-DD'}';

  OPEN v_rc FOR SELECT employee_id FROM hr.employees WHERE department_id = p_dept;
  OPEN v_rc FOR v_sql USING p_dept;
  OPEN v_rc FOR 'SELECT 1 FROM dual';
  FETCH v_rc INTO v_id;
  CLOSE v_rc;

  RETURN v_cnt;
EXCEPTION
  WHEN e_bulk THEN
    FOR j IN 1 .. SQL%BULK_EXCEPTIONS.COUNT LOOP
      DBMS_OUTPUT.PUT_LINE(SQL%BULK_EXCEPTIONS(j).ERROR_INDEX || ': ' || SQLERRM(-SQL%BULK_EXCEPTIONS(j).ERROR_CODE));
    END LOOP;
    RETURN -1;
END cursor_demo;
/

CREATE OR REPLACE FUNCTION hr.numbers (p_count IN PLS_INTEGER) RETURN hr.number_tab PIPELINED IS
BEGIN
  FOR i IN 1 .. p_count LOOP
    PIPE ROW (i);
  END LOOP;
  RETURN;
END numbers;
/

CREATE OR REPLACE FUNCTION hr.emp_rows (p_cur SYS_REFCURSOR) RETURN hr.emp_tab
  PIPELINED PARALLEL_ENABLE (PARTITION p_cur BY HASH (department_id))
  DETERMINISTIC
AS
  v_rec hr.emp_t;
BEGIN
  LOOP
    FETCH p_cur INTO v_rec;
    EXIT WHEN p_cur%NOTFOUND;
    PIPE ROW (hr.emp_t(v_rec.id, v_rec.name));
  END LOOP;
  CLOSE p_cur;
  RETURN;
END;
/

CREATE OR REPLACE FUNCTION hr.java_len (s VARCHAR2) RETURN NUMBER
AS LANGUAGE JAVA NAME 'Util.len(java.lang.String) return int';
/

CREATE OR REPLACE PROCEDURE hr.c_proc (x BINARY_INTEGER)
AS EXTERNAL LIBRARY ext_lib NAME "c_proc" LANGUAGE C PARAMETERS (x INT);
/

CREATE OR REPLACE FUNCTION hr.my_sum (x NUMBER) RETURN NUMBER AGGREGATE USING hr.sum_impl;
/
