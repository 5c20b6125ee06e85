-- Declarations of every kind, in an anonymous block and in a package.
DECLARE
  c_rate        CONSTANT NUMBER(5, 2) := 1.25;
  c_name        CONSTANT VARCHAR2(30) DEFAULT 'acme';
  v_count       PLS_INTEGER := 0;
  v_total       NUMBER NOT NULL := 0;
  v_flag        BOOLEAN := TRUE;
  v_done        BOOLEAN DEFAULT FALSE;
  v_when        DATE := SYSDATE;
  v_stamp       TIMESTAMP(6) WITH TIME ZONE := SYSTIMESTAMP;
  v_gap         INTERVAL DAY(2) TO SECOND(3);
  v_emp_name    hr.employees.last_name%TYPE;
  v_emp         hr.employees%ROWTYPE;
  v_copy        v_emp_name%TYPE;
  v_simple      SIMPLE_INTEGER := 1;
  v_nat         NATURALN := 1;
  v_text        VARCHAR2(32767);
  v_clob        CLOB;
  v_raw         RAW(2000);
  v_xml         XMLTYPE;
  v_rc          SYS_REFCURSOR;
  v_any         ANYDATA;

  TYPE t_emp_rec IS RECORD (
    id      hr.employees.employee_id%TYPE,
    name    VARCHAR2(100) := 'unknown',
    salary  NUMBER(10, 2) NOT NULL DEFAULT 0,
    hired   DATE
  );
  TYPE t_name_tab IS TABLE OF VARCHAR2(100) INDEX BY PLS_INTEGER;
  TYPE t_map      IS TABLE OF NUMBER INDEX BY VARCHAR2(64);
  TYPE t_emp_tab  IS TABLE OF hr.employees%ROWTYPE;
  TYPE t_id_list  IS TABLE OF NUMBER NOT NULL;
  TYPE t_codes    IS VARRAY(10) OF VARCHAR2(3);
  TYPE t_codes2   IS VARYING ARRAY (5) OF NUMBER;
  TYPE t_cursor   IS REF CURSOR;
  TYPE t_emp_cur  IS REF CURSOR RETURN hr.employees%ROWTYPE;
  SUBTYPE t_money IS NUMBER(12, 2);
  SUBTYPE t_small IS PLS_INTEGER RANGE -10 .. 10 NOT NULL;
  SUBTYPE t_flag  IS CHAR(1);

  v_rec    t_emp_rec;
  v_names  t_name_tab;
  v_map    t_map;
  v_codes  t_codes := t_codes('A', 'B', 'C');
  v_ids    t_id_list := t_id_list();

  e_not_found  EXCEPTION;
  e_custom     EXCEPTION;
  PRAGMA EXCEPTION_INIT(e_custom, -20001);
  e_deadlock   EXCEPTION;
  PRAGMA EXCEPTION_INIT (e_deadlock, -60);

  CURSOR c_all IS SELECT * FROM hr.employees;
  CURSOR c_dept (p_dept_id NUMBER, p_min_salary NUMBER DEFAULT 0) IS
    SELECT employee_id, last_name, salary
      FROM hr.employees
     WHERE department_id = p_dept_id
       AND salary >= p_min_salary
     ORDER BY salary DESC;
  CURSOR c_typed RETURN hr.employees%ROWTYPE IS SELECT * FROM hr.employees WHERE ROWNUM < 10;
  CURSOR c_forward RETURN t_emp_rec;
  CURSOR c_with_for_update IS SELECT * FROM hr.employees FOR UPDATE OF salary NOWAIT;

  FUNCTION local_double (p NUMBER) RETURN NUMBER IS
  BEGIN
    RETURN p * 2;
  END local_double;

  PROCEDURE local_log (p_msg IN VARCHAR2, p_level IN PLS_INTEGER := 1);

  PROCEDURE local_log (p_msg IN VARCHAR2, p_level IN PLS_INTEGER := 1) IS
    PRAGMA AUTONOMOUS_TRANSACTION;
  BEGIN
    INSERT INTO app_log (msg, lvl, logged_at) VALUES (p_msg, p_level, SYSTIMESTAMP);
    COMMIT;
  END;
BEGIN
  v_rec.id := 1;
  v_rec.name := 'Smith';
  v_names(1) := 'one';
  v_map('key') := 42;
  v_emp.last_name := v_emp_name;
  local_log('started', p_level => 2);
  v_total := local_double(v_count) + c_rate;
END;
/

CREATE OR REPLACE PACKAGE hr.declarations_pkg
  AUTHID CURRENT_USER
  ACCESSIBLE BY (PACKAGE hr.emp_mgmt, PROCEDURE hr.add_job_history)
IS
  PRAGMA SERIALLY_REUSABLE;
  g_version  CONSTANT VARCHAR2(10) := '1.0.0';
  g_counter  PLS_INTEGER;
  TYPE t_rec IS RECORD (a NUMBER, b VARCHAR2(10));
  TYPE t_tab IS TABLE OF t_rec;
  e_invalid EXCEPTION;
  PRAGMA EXCEPTION_INIT(e_invalid, -20100);
  CURSOR c_spec RETURN hr.employees%ROWTYPE;
  FUNCTION f_det (p NUMBER) RETURN NUMBER DETERMINISTIC;
  FUNCTION f_cache (p NUMBER) RETURN NUMBER RESULT_CACHE RELIES_ON (hr.employees);
  FUNCTION f_pipe (p_limit NUMBER) RETURN t_tab PIPELINED;
  FUNCTION f_par (p_cur SYS_REFCURSOR) RETURN t_tab PIPELINED PARALLEL_ENABLE (PARTITION p_cur BY ANY);
  FUNCTION f_restricted RETURN NUMBER;
  PRAGMA RESTRICT_REFERENCES (f_restricted, WNDS, WNPS, RNPS);
  PROCEDURE p_out (p_in IN NUMBER, p_out OUT NOCOPY VARCHAR2, p_inout IN OUT t_tab);
  PROCEDURE p_no_args;
END declarations_pkg;
/
