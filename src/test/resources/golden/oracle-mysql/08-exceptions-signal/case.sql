-- Exception handlers become DECLARE ... HANDLER; RAISE_APPLICATION_ERROR becomes SIGNAL.
CREATE TABLE hr.staff (id NUMBER(10) PRIMARY KEY, name VARCHAR2(50) NOT NULL, salary NUMBER(10,2));

CREATE OR REPLACE FUNCTION hr.salary_of(p_id NUMBER) RETURN NUMBER IS
  v_salary NUMBER;
BEGIN
  SELECT salary INTO v_salary FROM hr.staff WHERE id = p_id;
  RETURN v_salary;
EXCEPTION
  WHEN NO_DATA_FOUND THEN
    RETURN -1;
END;
/
CREATE OR REPLACE PROCEDURE hr.raise_salary(p_id NUMBER, p_pct NUMBER) IS
BEGIN
  IF p_pct > 50 THEN
    RAISE_APPLICATION_ERROR(-20001, 'raise too large: ' || p_pct);
  END IF;
  UPDATE hr.staff SET salary = salary * (1 + p_pct / 100) WHERE id = p_id;
  IF SQL%ROWCOUNT = 0 THEN
    RAISE_APPLICATION_ERROR(-20002, 'no such employee');
  END IF;
END;
/
CREATE OR REPLACE PROCEDURE hr.add_staff(p_id NUMBER, p_name VARCHAR2) IS
BEGIN
  INSERT INTO hr.staff (id, name, salary) VALUES (p_id, p_name, 1000);
EXCEPTION
  WHEN DUP_VAL_ON_INDEX THEN
    UPDATE hr.staff SET name = p_name WHERE id = p_id;
END;
/
