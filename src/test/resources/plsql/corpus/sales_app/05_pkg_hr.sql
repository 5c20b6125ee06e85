-- Sales application: HR package (salaries, hierarchy, commissions).
CREATE OR REPLACE PACKAGE sales.hr_mgmt AUTHID CURRENT_USER AS
  TYPE t_emp_tab IS TABLE OF sales.employees%ROWTYPE;
  TYPE t_name_by_id IS TABLE OF VARCHAR2(81) INDEX BY PLS_INTEGER;

  g_raise_cap CONSTANT NUMBER := 0.15;

  PROCEDURE give_raise (p_emp_id IN sales.employees.emp_id%TYPE, p_pct IN NUMBER);
  PROCEDURE raise_department (p_dept_id IN NUMBER, p_pct IN NUMBER, p_count OUT NUMBER);
  FUNCTION reports_to (p_manager_id IN NUMBER) RETURN t_name_by_id;
  FUNCTION org_depth (p_emp_id IN NUMBER) RETURN PLS_INTEGER DETERMINISTIC;
  PROCEDURE pay_commissions (p_period_start IN DATE, p_period_end IN DATE);
  PROCEDURE transfer (p_emp_id IN NUMBER, p_new_dept IN NUMBER, p_new_manager IN NUMBER := NULL);
END hr_mgmt;
/

CREATE OR REPLACE PACKAGE BODY sales.hr_mgmt AS

  PROCEDURE check_pct (p_pct IN NUMBER) IS
  BEGIN
    IF p_pct IS NULL OR p_pct <= 0 OR p_pct > g_raise_cap * 100 THEN
      RAISE_APPLICATION_ERROR(-20200, 'raise of ' || p_pct || '% is outside (0, ' || g_raise_cap * 100 || ']');
    END IF;
  END check_pct;

  PROCEDURE give_raise (p_emp_id IN sales.employees.emp_id%TYPE, p_pct IN NUMBER) IS
    l_old_salary sales.employees.salary%TYPE;
    l_new_salary sales.employees.salary%TYPE;
  BEGIN
    check_pct(p_pct);
    UPDATE sales.employees
       SET salary = ROUND(salary * (1 + p_pct / 100), 2)
     WHERE emp_id = p_emp_id
       AND is_active = 'Y'
    RETURNING salary INTO l_new_salary;

    IF SQL%ROWCOUNT = 0 THEN
      RAISE sales.util.e_not_found;
    END IF;
    DBMS_OUTPUT.PUT_LINE('Employee ' || p_emp_id || ' now earns ' || TO_CHAR(l_new_salary, '999G999D99'));
  END give_raise;

  PROCEDURE raise_department (p_dept_id IN NUMBER, p_pct IN NUMBER, p_count OUT NUMBER) IS
    TYPE t_ids IS TABLE OF sales.employees.emp_id%TYPE;
    l_ids t_ids;
  BEGIN
    check_pct(p_pct);
    SELECT emp_id BULK COLLECT INTO l_ids
      FROM sales.employees
     WHERE dept_id = p_dept_id AND is_active = 'Y'
       FOR UPDATE SKIP LOCKED;

    FORALL i IN l_ids.FIRST .. l_ids.LAST
      UPDATE sales.employees SET salary = salary * (1 + p_pct / 100) WHERE emp_id = l_ids(i);
    p_count := SQL%ROWCOUNT;
  END raise_department;

  FUNCTION reports_to (p_manager_id IN NUMBER) RETURN t_name_by_id IS
    l_result t_name_by_id;
  BEGIN
    FOR r IN (SELECT emp_id, full_name, LEVEL lvl
                FROM sales.employees
               START WITH manager_id = p_manager_id
             CONNECT BY PRIOR emp_id = manager_id
               ORDER SIBLINGS BY last_name)
    LOOP
      l_result(r.emp_id) := LPAD(' ', 2 * (r.lvl - 1)) || r.full_name;
    END LOOP;
    RETURN l_result;
  END reports_to;

  FUNCTION org_depth (p_emp_id IN NUMBER) RETURN PLS_INTEGER DETERMINISTIC IS
    l_depth PLS_INTEGER;
  BEGIN
    SELECT MAX(LEVEL) INTO l_depth
      FROM sales.employees
     START WITH emp_id = p_emp_id
   CONNECT BY NOCYCLE emp_id = PRIOR manager_id;
    RETURN l_depth;
  END org_depth;

  PROCEDURE pay_commissions (p_period_start IN DATE, p_period_end IN DATE) IS
    CURSOR c_reps IS
      SELECT e.emp_id, e.commission, SUM(o.order_total) sold
        FROM sales.employees e
        JOIN sales.orders o ON o.sales_rep_id = e.emp_id
       WHERE o.status = 'INVOICED'
         AND o.order_date BETWEEN p_period_start AND p_period_end
         AND e.commission IS NOT NULL
       GROUP BY e.emp_id, e.commission
      HAVING SUM(o.order_total) > 0;
    l_rep c_reps%ROWTYPE;
  BEGIN
    OPEN c_reps;
    LOOP
      FETCH c_reps INTO l_rep;
      EXIT WHEN c_reps%NOTFOUND;
      INSERT INTO sales.commission_payments (emp_id, period_start, period_end, amount, paid_at)
      VALUES (l_rep.emp_id, p_period_start, p_period_end, ROUND(l_rep.sold * l_rep.commission, 2), SYSTIMESTAMP);
    END LOOP;
    sales.util.log(sales.util.c_info, 'HR_MGMT', c_reps%ROWCOUNT || ' commissions paid');
    CLOSE c_reps;
  EXCEPTION
    WHEN OTHERS THEN
      IF c_reps%ISOPEN THEN
        CLOSE c_reps;
      END IF;
      sales.util.error('HR_MGMT');
      RAISE;
  END pay_commissions;

  PROCEDURE transfer (p_emp_id IN NUMBER, p_new_dept IN NUMBER, p_new_manager IN NUMBER := NULL) IS
    l_dept_exists NUMBER;
  BEGIN
    SELECT COUNT(*) INTO l_dept_exists FROM sales.departments WHERE dept_id = p_new_dept;
    IF l_dept_exists = 0 THEN
      RAISE_APPLICATION_ERROR(-20201, 'department ' || p_new_dept || ' does not exist');
    END IF;
    UPDATE sales.employees
       SET dept_id = p_new_dept,
           manager_id = COALESCE(p_new_manager,
                                 (SELECT d.manager_id FROM sales.dept_managers d WHERE d.dept_id = p_new_dept),
                                 manager_id)
     WHERE emp_id = p_emp_id;
  END transfer;

END hr_mgmt;
/
