-- Triggers of every kind.
CREATE OR REPLACE TRIGGER hr.emp_bi
  BEFORE INSERT ON hr.employees
  FOR EACH ROW
  WHEN (new.employee_id IS NULL)
BEGIN
  :new.employee_id := hr.employees_seq.NEXTVAL;
  :NEW.created_at := SYSDATE;
END;
/
CREATE OR REPLACE TRIGGER hr.emp_biu
  BEFORE INSERT OR UPDATE OF salary, commission_pct OR DELETE ON hr.employees
  REFERENCING OLD AS o NEW AS n
  FOR EACH ROW
  FOLLOWS hr.emp_bi
  ENABLE
DECLARE
  v_delta NUMBER;
BEGIN
  IF INSERTING THEN
    :n.salary := NVL(:n.salary, 0);
  ELSIF UPDATING('SALARY') THEN
    v_delta := :n.salary - :o.salary;
    IF v_delta > 1000 THEN
      RAISE_APPLICATION_ERROR(-20002, 'raise too large');
    END IF;
  ELSIF DELETING THEN
    INSERT INTO hr.emp_audit (employee_id, action) VALUES (:o.employee_id, 'D');
  END IF;
END emp_biu;
/
CREATE OR REPLACE TRIGGER hr.emp_stmt_au
  AFTER UPDATE ON hr.employees
BEGIN
  hr.stats_pkg.refresh;
END;
/
CREATE OR REPLACE TRIGGER hr.emp_details_ioi
  INSTEAD OF INSERT ON hr.emp_details_view
  FOR EACH ROW
BEGIN
  INSERT INTO hr.employees (employee_id, last_name, department_id)
  VALUES (:new.employee_id, :new.last_name, :new.department_id);
END;
/
CREATE OR REPLACE TRIGGER hr.emp_nested_ioi
  INSTEAD OF UPDATE ON NESTED TABLE phones OF hr.person_v
  REFERENCING NEW AS n PARENT AS p
  FOR EACH ROW
BEGIN
  UPDATE hr.phones SET num = :n.num WHERE person_id = :p.id;
END;
/
CREATE OR REPLACE TRIGGER hr.emp_compound
  FOR INSERT OR UPDATE OF salary ON hr.employees
  COMPOUND TRIGGER
    TYPE t_ids IS TABLE OF hr.employees.employee_id%TYPE;
    g_ids t_ids := t_ids();
    threshold CONSTANT NUMBER := 1000;

  BEFORE STATEMENT IS
  BEGIN
    g_ids.DELETE;
  END BEFORE STATEMENT;

  BEFORE EACH ROW IS
  BEGIN
    IF :new.salary > threshold THEN
      :new.salary := threshold;
    END IF;
  END BEFORE EACH ROW;

  AFTER EACH ROW IS
  BEGIN
    g_ids.EXTEND;
    g_ids(g_ids.LAST) := :new.employee_id;
  END AFTER EACH ROW;

  AFTER STATEMENT IS
  BEGIN
    FORALL i IN 1 .. g_ids.COUNT
      INSERT INTO hr.salary_changes (employee_id, changed_at) VALUES (g_ids(i), SYSDATE);
  EXCEPTION
    WHEN OTHERS THEN
      NULL;
  END AFTER STATEMENT;
END emp_compound;
/
CREATE OR REPLACE TRIGGER hr.ddl_audit
  AFTER CREATE OR ALTER OR DROP ON SCHEMA
BEGIN
  INSERT INTO hr.ddl_log (event, object_type, object_name, at)
  VALUES (ORA_SYSEVENT, ORA_DICT_OBJ_TYPE, ORA_DICT_OBJ_NAME, SYSDATE);
END;
/
CREATE OR REPLACE TRIGGER sys.logon_audit
  AFTER LOGON ON DATABASE
  WHEN (USER NOT IN ('SYS', 'SYSTEM'))
BEGIN
  INSERT INTO sys.logon_log VALUES (USER, SYSDATE);
END;
/
CREATE OR REPLACE TRIGGER hr.before_ddl BEFORE DDL ON hr.SCHEMA
BEGIN
  IF ora_dict_obj_type = 'TABLE' THEN
    RAISE_APPLICATION_ERROR(-20000, 'no DDL on tables');
  END IF;
END;
/
CREATE OR REPLACE TRIGGER hr.servererror_trg AFTER SERVERERROR ON DATABASE
BEGIN
  NULL;
END;
/
CREATE OR REPLACE TRIGGER hr.emp_call AFTER DELETE ON hr.employees FOR EACH ROW
CALL hr.log_delete(:old.employee_id)
/
CREATE OR REPLACE TRIGGER hr.emp_disabled BEFORE UPDATE ON hr.employees FOR EACH ROW DISABLE
BEGIN
  NULL;
END;
/
