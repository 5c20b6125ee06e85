-- Queries: joins, subqueries, WITH, set operators, analytics, hierarchies, pivots, flashback.
SELECT e.employee_id, e.last_name, d.department_name
  FROM hr.employees e
  JOIN hr.departments d ON d.department_id = e.department_id
  LEFT OUTER JOIN hr.locations l ON l.location_id = d.location_id
  RIGHT JOIN hr.countries c USING (country_id)
  FULL OUTER JOIN hr.regions r ON r.region_id = c.region_id
  CROSS JOIN dual
  NATURAL JOIN hr.jobs
 WHERE e.salary > 1000;

SELECT e.last_name, d.department_name, l.city
  FROM hr.employees e, hr.departments d, hr.locations l
 WHERE e.department_id = d.department_id (+)
   AND d.location_id = l.location_id(+)
   AND l.country_id (+) = 'US';

SELECT /*+ INDEX(e emp_name_ix) PARALLEL(4) */ e.*, ROWNUM rn
  FROM hr.employees e
 WHERE ROWNUM <= 10
   AND e.department_id IN (SELECT department_id FROM hr.departments WHERE location_id = 1700)
   AND EXISTS (SELECT 1 FROM hr.job_history h WHERE h.employee_id = e.employee_id)
   AND NOT EXISTS (SELECT NULL FROM hr.jobs j WHERE j.job_id = e.job_id AND j.max_salary < e.salary)
   AND e.salary > ALL (SELECT salary FROM hr.employees WHERE department_id = 30)
   AND e.salary < ANY (1000, 2000, 3000)
   AND e.manager_id = SOME (SELECT employee_id FROM hr.employees)
   AND (e.department_id, e.job_id) IN (SELECT department_id, job_id FROM hr.job_history)
   AND e.last_name LIKE 'S%\_x' ESCAPE '\'
   AND e.first_name NOT LIKE '%a%'
   AND REGEXP_LIKE(e.email, '^[A-Z]+$', 'i')
   AND e.hire_date BETWEEN DATE '2000-01-01' AND ADD_MONTHS(SYSDATE, -12)
   AND e.commission_pct IS NOT NULL
   AND NVL(e.manager_id, 0) <> 0
   AND e.salary != 0 AND e.salary ^= 1 AND e.salary ~= 2;

WITH dept_costs AS (
  SELECT department_name, SUM(salary) dept_total
    FROM hr.employees e, hr.departments d
   WHERE e.department_id = d.department_id
   GROUP BY department_name),
avg_cost AS (SELECT SUM(dept_total) / COUNT(*) avg FROM dept_costs)
SELECT * FROM dept_costs
 WHERE dept_total > (SELECT avg FROM avg_cost)
 ORDER BY department_name;

WITH org_chart (eid, emp_last, mgr_id, reportlevel, salary, job_id) AS (
  SELECT employee_id, last_name, manager_id, 0 reportlevel, salary, job_id
    FROM hr.employees
   WHERE manager_id IS NULL
  UNION ALL
  SELECT e.employee_id, e.last_name, e.manager_id, r.reportlevel + 1, e.salary, e.job_id
    FROM org_chart r, hr.employees e
   WHERE r.eid = e.manager_id)
  SEARCH DEPTH FIRST BY emp_last SET order1
  CYCLE eid SET is_cycle TO 'Y' DEFAULT 'N'
SELECT LPAD(' ', 2 * reportlevel) || emp_last emp_name, eid, mgr_id, salary, job_id
  FROM org_chart
 ORDER BY order1;

SELECT employee_id FROM hr.employees
UNION
SELECT employee_id FROM hr.job_history
INTERSECT
SELECT manager_id FROM hr.departments
MINUS
(SELECT 100 FROM dual UNION ALL SELECT 101 FROM dual)
ORDER BY 1;

SELECT department_id, last_name, salary,
       ROW_NUMBER() OVER (PARTITION BY department_id ORDER BY salary DESC) rn,
       RANK() OVER (ORDER BY salary DESC NULLS LAST) rnk,
       DENSE_RANK() OVER (PARTITION BY department_id ORDER BY hire_date) drnk,
       SUM(salary) OVER (PARTITION BY department_id ORDER BY hire_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) running,
       AVG(salary) OVER (ORDER BY hire_date RANGE BETWEEN INTERVAL '30' DAY PRECEDING AND INTERVAL '30' DAY FOLLOWING) moving,
       COUNT(*) OVER () total_rows,
       LAG(salary, 1, 0) OVER (ORDER BY hire_date) prev_sal,
       LEAD(salary) IGNORE NULLS OVER (ORDER BY hire_date) next_sal,
       FIRST_VALUE(last_name IGNORE NULLS) OVER (PARTITION BY department_id ORDER BY salary ROWS 2 PRECEDING) first_name_in_window,
       NTH_VALUE(salary, 2) FROM LAST OVER (PARTITION BY department_id) second_last,
       RATIO_TO_REPORT(salary) OVER (PARTITION BY department_id) ratio,
       MAX(salary) KEEP (DENSE_RANK FIRST ORDER BY hire_date) OVER (PARTITION BY department_id) first_hire_sal,
       MIN(hire_date) KEEP (DENSE_RANK LAST ORDER BY salary) last_sal_hire
  FROM hr.employees;

SELECT department_id,
       LISTAGG(last_name, '; ') WITHIN GROUP (ORDER BY last_name) names,
       LISTAGG(DISTINCT job_id, ',' ON OVERFLOW TRUNCATE '...' WITH COUNT) WITHIN GROUP (ORDER BY job_id) jobs,
       PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY salary) median_sal,
       COUNT(DISTINCT job_id) job_count,
       STDDEV(salary), VARIANCE(salary),
       COLLECT(last_name ORDER BY last_name) name_coll
  FROM hr.employees
 GROUP BY department_id
HAVING COUNT(*) > 2;

SELECT department_id, job_id, SUM(salary)
  FROM hr.employees
 GROUP BY ROLLUP (department_id, job_id);

SELECT department_id, job_id, manager_id, SUM(salary), GROUPING(department_id) g
  FROM hr.employees
 GROUP BY GROUPING SETS ((department_id, job_id), (manager_id), ()), CUBE (job_id);

SELECT LEVEL, LPAD(' ', 2 * (LEVEL - 1)) || last_name org, employee_id, manager_id,
       SYS_CONNECT_BY_PATH(last_name, '/') path,
       CONNECT_BY_ROOT last_name top_manager,
       CONNECT_BY_ISLEAF is_leaf,
       CONNECT_BY_ISCYCLE is_cycle
  FROM hr.employees
 START WITH manager_id IS NULL
CONNECT BY NOCYCLE PRIOR employee_id = manager_id AND LEVEL <= 5
 ORDER SIBLINGS BY last_name;

SELECT level_no FROM (SELECT LEVEL level_no FROM dual CONNECT BY LEVEL <= 10);

SELECT * FROM (
  SELECT department_id, job_id, salary FROM hr.employees
) PIVOT (
  SUM(salary) AS total, COUNT(*) cnt
  FOR job_id IN ('IT_PROG' AS it, 'SA_REP' sales, 'ST_CLERK')
) p
ORDER BY department_id;

SELECT * FROM quarterly_sales
PIVOT XML (SUM(amount) FOR quarter IN (ANY));

SELECT * FROM sales_wide
UNPIVOT INCLUDE NULLS (amount FOR quarter IN (q1 AS 'Q1', q2 AS 'Q2', q3, q4))
ORDER BY product;

SELECT * FROM sales_wide
UNPIVOT ((amount, qty) FOR (quarter, half) IN ((q1_amt, q1_qty) AS ('Q1', 'H1'), (q2_amt, q2_qty) AS ('Q2', 'H1')));

SELECT * FROM hr.employees AS OF TIMESTAMP (SYSTIMESTAMP - INTERVAL '10' MINUTE) e WHERE e.employee_id = 100;
SELECT * FROM hr.employees AS OF SCN 123456;
SELECT versions_startscn, versions_operation, salary
  FROM hr.employees VERSIONS BETWEEN TIMESTAMP MINVALUE AND MAXVALUE
 WHERE employee_id = 100;
SELECT * FROM hr.employees VERSIONS BETWEEN SCN 1000 AND 2000 v;

SELECT * FROM hr.employees ORDER BY salary DESC FETCH FIRST 5 ROWS ONLY;
SELECT * FROM hr.employees ORDER BY salary DESC OFFSET 10 ROWS FETCH NEXT 10 PERCENT ROWS WITH TIES;
SELECT * FROM hr.employees WHERE department_id = 10 FOR UPDATE;
SELECT * FROM hr.employees WHERE department_id = 10 FOR UPDATE OF salary, commission_pct WAIT 5;
SELECT * FROM hr.employees e WHERE department_id = 10 FOR UPDATE OF e.salary SKIP LOCKED;

SELECT country, year, sales
  FROM sales_view
 MODEL RETURN UPDATED ROWS
   PARTITION BY (country)
   DIMENSION BY (product, year)
   MEASURES (sale sales)
   RULES UPSERT ALL SEQUENTIAL ORDER (
     sales['Bounce', 2002] = sales['Bounce', 2001] + sales['Bounce', 2000],
     sales['Y Box', 2002] = sales[CV(product), 2001] * 1.2,
     sales[ANY, 2003] = PRESENTV(sales[CV(), 2002], 1, 0),
     sales[FOR product IN ('A', 'B'), 2004] = 0
   )
 ORDER BY country, year;

SELECT t.column_value FROM TABLE(hr.numbers(10)) t;
SELECT * FROM TABLE(CAST(:ids AS hr.number_tab));
SELECT d.department_name, x.cnt
  FROM hr.departments d,
       LATERAL (SELECT COUNT(*) cnt FROM hr.employees e WHERE e.department_id = d.department_id) x;
SELECT d.department_name, x.* FROM hr.departments d CROSS APPLY (SELECT * FROM hr.employees e WHERE e.department_id = d.department_id) x;
SELECT d.department_name, x.* FROM hr.departments d OUTER APPLY (SELECT MAX(salary) m FROM hr.employees e WHERE e.department_id = d.department_id) x;
SELECT * FROM hr.employees PARTITION (p_2020) SAMPLE (10) SEED (42);
SELECT * FROM sales@remote_db s WHERE s.id = 1;
SELECT COUNT(*) FROM (SELECT * FROM dual), (SELECT * FROM dual);
SELECT * FROM ((hr.employees e JOIN hr.departments d ON e.department_id = d.department_id));
SELECT (SELECT MAX(salary) FROM hr.employees) max_sal, (1 + 2) * 3 expr FROM dual;
SELECT DISTINCT department_id FROM hr.employees;
SELECT UNIQUE job_id FROM hr.employees;
SELECT ALL job_id FROM hr.employees;
SELECT * FROM "HR"."EMPLOYEES" "E" WHERE "E"."SALARY" > 0;
SELECT type, name, status, value, position, year, month, day, key, data, result, text, source, first, last, count, limit
  FROM key_words_as_names t
 WHERE t.type = 'x' AND t.limit > 0;
SELECT 1 a, 2 b, 3 AS c, 4 "D", 5 day, 6 year FROM dual;
