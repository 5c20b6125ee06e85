--------------------------------------------------------
--  DDL for Package PAYROLL
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE PACKAGE "STAFF"."PAYROLL" AS
  /* Monthly payroll: gross salary, commission on invoiced sales, flat-rate tax. */
  c_tax_rate CONSTANT NUMBER := 0.28;

  FUNCTION run_month(p_month IN DATE) RETURN NUMBER;
  FUNCTION commission_for(p_employee_id IN NUMBER, p_from IN DATE, p_to IN DATE) RETURN NUMBER;
END payroll;
/

  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "STAFF"."PAYROLL" AS

  FUNCTION commission_for(p_employee_id IN NUMBER, p_from IN DATE, p_to IN DATE) RETURN NUMBER IS
    v_pct   employees.commission_pct%TYPE;
    v_sales NUMBER;
  BEGIN
    SELECT NVL(commission_pct, 0) INTO v_pct FROM employees WHERE employee_id = p_employee_id;
    IF v_pct = 0 THEN
      RETURN 0;
    END IF;
    SELECT NVL(SUM(i.amount_net), 0)
      INTO v_sales
      FROM outfit.invoices i
      JOIN outfit.orders o ON o.order_id = i.order_id
     WHERE o.sales_rep_id = p_employee_id
       AND i.invoice_date BETWEEN p_from AND p_to;
    RETURN ROUND(v_sales * v_pct, 2);
  END commission_for;

  FUNCTION run_month(p_month IN DATE) RETURN NUMBER IS
    v_run_id    payroll_runs.run_id%TYPE;
    v_start     DATE := TRUNC(p_month, 'MM');
    v_end       DATE := LAST_DAY(TRUNC(p_month, 'MM'));
    v_gross     NUMBER;
    v_comm      NUMBER;
    v_total     NUMBER := 0;
    v_count     PLS_INTEGER := 0;
  BEGIN
    v_run_id := payroll_run_seq.NEXTVAL;
    INSERT INTO payroll_runs (run_id, period_start, period_end, status)
    VALUES (v_run_id, v_start, v_end, 'RUNNING');
    FOR e IN (SELECT employee_id, salary, hire_date, termination_date
                FROM employees
               WHERE status IN ('ACTIVE', 'LEAVE')
                 AND hire_date <= v_end) LOOP
      -- Pro rata for people who joined or left during the month
      v_gross := e.salary * (LEAST(NVL(e.termination_date, v_end), v_end) - GREATEST(e.hire_date, v_start) + 1)
                 / (v_end - v_start + 1);
      v_comm := commission_for(e.employee_id, v_start, v_end);
      INSERT INTO payslips (run_id, employee_id, gross, commission, tax, net)
      VALUES (v_run_id, e.employee_id, ROUND(v_gross, 2), v_comm,
              ROUND((v_gross + v_comm) * c_tax_rate, 2),
              ROUND((v_gross + v_comm) * (1 - c_tax_rate), 2));
      v_total := v_total + v_gross + v_comm;
      v_count := v_count + 1;
    END LOOP;
    UPDATE payroll_runs
       SET total_gross = ROUND(v_total, 2), employee_count = v_count, status = 'DONE'
     WHERE run_id = v_run_id;
    RETURN v_run_id;
  EXCEPTION
    WHEN OTHERS THEN
      UPDATE payroll_runs SET status = 'FAILED' WHERE run_id = v_run_id;
      RAISE;
  END run_month;

END payroll;
/
--------------------------------------------------------
--  DDL for Procedure HIRE_EMPLOYEE
--------------------------------------------------------
set define off;

  CREATE OR REPLACE EDITIONABLE PROCEDURE "STAFF"."HIRE_EMPLOYEE" (
    p_first_name    IN  employees.first_name%TYPE,
    p_last_name     IN  employees.last_name%TYPE,
    p_email         IN  employees.email%TYPE,
    p_job_code      IN  employees.job_code%TYPE,
    p_department_id IN  employees.department_id%TYPE,
    p_salary        IN  employees.salary%TYPE,
    p_employee_id   OUT employees.employee_id%TYPE)
AS
  v_min jobs.min_salary%TYPE;
  v_max jobs.max_salary%TYPE;
  v_manager departments.manager_id%TYPE;
BEGIN
  SELECT min_salary, max_salary INTO v_min, v_max FROM jobs WHERE job_code = p_job_code;
  IF p_salary NOT BETWEEN v_min AND v_max THEN
    RAISE_APPLICATION_ERROR(-20301, 'Salary ' || p_salary || ' is outside the range of job '
                                    || p_job_code || ' (' || v_min || ' - ' || v_max || ')');
  END IF;
  SELECT manager_id INTO v_manager FROM departments WHERE department_id = p_department_id;
  p_employee_id := employee_seq.NEXTVAL;
  INSERT INTO employees (employee_id, first_name, last_name, email, hire_date, job_code,
                         department_id, manager_id, salary, status)
  VALUES (p_employee_id, INITCAP(p_first_name), INITCAP(p_last_name), LOWER(p_email),
          TRUNC(SYSDATE), p_job_code, p_department_id, v_manager, p_salary, 'ACTIVE');
  INSERT INTO salary_history (employee_id, valid_from, salary, reason)
  VALUES (p_employee_id, TRUNC(SYSDATE), p_salary, 'Hired');
END hire_employee;
/
--------------------------------------------------------
--  DDL for Procedure GIVE_RAISE
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE PROCEDURE "STAFF"."GIVE_RAISE" (
    p_department_id IN NUMBER,
    p_percent       IN NUMBER,
    p_reason        IN VARCHAR2 DEFAULT 'Annual review')
AS
  CURSOR c_staff IS
    SELECT e.employee_id, e.salary, j.max_salary
      FROM employees e JOIN jobs j ON j.job_code = e.job_code
     WHERE e.department_id = p_department_id
       AND e.status = 'ACTIVE'
       FOR UPDATE OF e.salary;
  v_new NUMBER;
  v_capped PLS_INTEGER := 0;
BEGIN
  IF p_percent NOT BETWEEN 0 AND 25 THEN
    RAISE_APPLICATION_ERROR(-20310, 'A raise must be between 0 and 25 percent');
  END IF;
  FOR r IN c_staff LOOP
    v_new := ROUND(r.salary * (1 + p_percent / 100), 2);
    IF v_new > r.max_salary THEN
      v_new := r.max_salary;
      v_capped := v_capped + 1;
    END IF;
    UPDATE salary_history
       SET valid_to = TRUNC(SYSDATE) - 1
     WHERE employee_id = r.employee_id AND valid_to IS NULL;
    INSERT INTO salary_history (employee_id, valid_from, salary, reason)
    VALUES (r.employee_id, TRUNC(SYSDATE), v_new, p_reason);
    UPDATE employees SET salary = v_new WHERE CURRENT OF c_staff;
  END LOOP;
  IF v_capped > 0 THEN
    DBMS_OUTPUT.PUT_LINE(v_capped || ' salaries were capped at the job maximum');
  END IF;
END give_raise;
/
--------------------------------------------------------
--  DDL for Function YEARS_OF_SERVICE
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE FUNCTION "STAFF"."YEARS_OF_SERVICE" (p_employee_id IN NUMBER)
  RETURN NUMBER DETERMINISTIC
IS
  v_hire DATE;
  v_left DATE;
BEGIN
  SELECT hire_date, termination_date INTO v_hire, v_left FROM employees WHERE employee_id = p_employee_id;
  RETURN TRUNC(MONTHS_BETWEEN(NVL(v_left, SYSDATE), v_hire) / 12);
EXCEPTION
  WHEN NO_DATA_FOUND THEN
    RETURN NULL;
END years_of_service;
/
--------------------------------------------------------
--  DDL for Trigger EMPLOYEES_BIU
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE TRIGGER "STAFF"."EMPLOYEES_BIU"
  BEFORE INSERT OR UPDATE ON "STAFF"."EMPLOYEES"
  FOR EACH ROW
BEGIN
  :NEW.email := LOWER(TRIM(:NEW.email));
  IF :NEW.termination_date IS NOT NULL AND :NEW.termination_date < :NEW.hire_date THEN
    RAISE_APPLICATION_ERROR(-20320, 'An employee cannot leave before being hired');
  END IF;
  IF :NEW.termination_date IS NOT NULL AND :NEW.termination_date <= SYSDATE THEN
    :NEW.status := 'LEFT';
  END IF;
END;
/
ALTER TRIGGER "STAFF"."EMPLOYEES_BIU" ENABLE;
