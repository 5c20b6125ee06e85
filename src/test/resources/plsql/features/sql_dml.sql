-- DML: INSERT (single, multi-table, subquery), UPDATE, DELETE, MERGE, RETURNING, error logging.
INSERT INTO hr.regions VALUES (5, 'Antarctica');
INSERT INTO hr.regions (region_id, region_name) VALUES (6, DEFAULT);
INSERT /*+ APPEND */ INTO hr.emp_archive (employee_id, last_name)
  SELECT employee_id, last_name FROM hr.employees WHERE hire_date < DATE '2010-01-01';
INSERT INTO hr.emp_archive e (e.employee_id) WITH x AS (SELECT 1 id FROM dual) SELECT id FROM x;
INSERT INTO (SELECT employee_id, last_name FROM hr.employees WHERE department_id = 10 WITH CHECK OPTION) VALUES (999, 'x');
INSERT INTO hr.regions VALUES (7, 'x') LOG ERRORS INTO err$_regions ('batch 7') REJECT LIMIT UNLIMITED;
INSERT ALL
  INTO sales_q1 (id, amount) VALUES (id, q1)
  INTO sales_q2 (id, amount) VALUES (id, q2)
  INTO sales_log
SELECT id, q1, q2 FROM sales_wide;
INSERT FIRST
  WHEN amount > 10000 THEN INTO big_orders VALUES (id, amount)
  WHEN amount > 1000 THEN INTO mid_orders VALUES (id, amount) INTO audit_orders (id) VALUES (id)
  ELSE INTO small_orders VALUES (id, amount)
SELECT id, amount FROM orders;
INSERT ALL WHEN region = 'EU' THEN INTO eu_sales SELECT * FROM sales;
UPDATE hr.employees SET salary = salary * 1.1, commission_pct = DEFAULT WHERE department_id = 80;
UPDATE hr.employees e SET (salary, commission_pct) = (SELECT AVG(salary), AVG(commission_pct) FROM hr.employees WHERE department_id = e.department_id) WHERE e.employee_id = 100;
UPDATE hr.employees e SET e.salary = (SELECT MAX(salary) FROM hr.employees) WHERE ROWID = :rid RETURNING salary INTO :new_sal;
UPDATE (SELECT e.salary, d.budget FROM hr.employees e JOIN hr.departments d ON d.department_id = e.department_id) v SET v.salary = v.budget / 10;
UPDATE TABLE(SELECT p.phones FROM hr.persons p WHERE p.id = 1) ph SET ph.num = '555' WHERE ph.kind = 'home';
DELETE FROM hr.job_history WHERE end_date < ADD_MONTHS(SYSDATE, -120);
DELETE hr.job_history jh WHERE jh.employee_id NOT IN (SELECT employee_id FROM hr.employees);
DELETE FROM hr.employees WHERE employee_id = 1 RETURNING last_name, salary INTO :n, :s;
MERGE INTO hr.bonuses b
USING (SELECT employee_id, salary, department_id FROM hr.employees WHERE department_id = 80) s
   ON (b.employee_id = s.employee_id)
 WHEN MATCHED THEN
   UPDATE SET b.bonus = b.bonus + s.salary * .01
   WHERE s.salary > 1000
   DELETE WHERE (s.salary > 8000)
 WHEN NOT MATCHED THEN
   INSERT (b.employee_id, b.bonus) VALUES (s.employee_id, s.salary * .01)
   WHERE (s.salary <= 8000);
MERGE /*+ USE_HASH(t s) */ INTO target t USING source s ON (t.id = s.id)
 WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.val);
MERGE INTO target t USING dual ON (t.id = 1) WHEN MATCHED THEN UPDATE SET t.val = 'x' LOG ERRORS;
LOCK TABLE hr.employees IN EXCLUSIVE MODE;
LOCK TABLE hr.employees PARTITION (p1) IN SHARE ROW EXCLUSIVE MODE WAIT 10;
COMMIT;
COMMIT COMMENT 'batch done';
ROLLBACK;
SAVEPOINT sp1;
ROLLBACK TO SAVEPOINT sp1;
