-- Sales application: data loads, MERGE and jobs.
MERGE INTO sales.products p
USING (SELECT sku, name, category, price FROM sales.stage_products WHERE load_id = :load_id) s
   ON (p.sku = s.sku)
 WHEN MATCHED THEN
   UPDATE SET p.name = s.name, p.category = s.category, p.list_price = s.price
   WHERE p.list_price <> s.price OR p.name <> s.name
 WHEN NOT MATCHED THEN
   INSERT (sku, name, category, list_price) VALUES (s.sku, s.name, s.category, s.price);

MERGE INTO sales.sales_targets t
USING (SELECT emp_id, 2024 year, LEVEL quarter FROM sales.employees CROSS JOIN dual CONNECT BY LEVEL <= 4 AND PRIOR emp_id = emp_id AND PRIOR SYS_GUID() IS NOT NULL) s
   ON (t.emp_id = s.emp_id AND t.year = s.year AND t.quarter = s.quarter)
 WHEN NOT MATCHED THEN INSERT (emp_id, year, quarter, target) VALUES (s.emp_id, s.year, s.quarter, 100000)
 WHEN MATCHED THEN UPDATE SET t.target = t.target * 1.05 DELETE WHERE t.target > 1000000;

DECLARE
  l_cancelled PLS_INTEGER;
BEGIN
  sales.order_mgmt.cancel_stale(p_days => 45, p_cancelled => l_cancelled);
  DBMS_OUTPUT.PUT_LINE('cancelled ' || l_cancelled || ' stale orders');
END;
/

BEGIN
  DBMS_SCHEDULER.CREATE_JOB(
    job_name        => 'SALES.NIGHTLY_COMMISSIONS',
    job_type        => 'PLSQL_BLOCK',
    job_action      => q'[BEGIN sales.hr_mgmt.pay_commissions(TRUNC(SYSDATE, 'MM') - 1, SYSDATE); END;]',
    start_date      => SYSTIMESTAMP,
    repeat_interval => 'FREQ=DAILY; BYHOUR=2',
    enabled         => TRUE,
    comments        => 'Pays commissions for invoiced orders');
EXCEPTION
  WHEN OTHERS THEN
    IF SQLCODE = -27477 THEN
      NULL; -- job already exists
    ELSE
      RAISE;
    END IF;
END;
/

DECLARE
  TYPE t_cust IS TABLE OF sales.customers%ROWTYPE;
  l_custs t_cust;
  CURSOR c_src IS SELECT * FROM sales.customers WHERE segment IS NULL;
BEGIN
  OPEN c_src;
  LOOP
    FETCH c_src BULK COLLECT INTO l_custs LIMIT 1000;
    EXIT WHEN l_custs.COUNT = 0;
    FOR i IN 1 .. l_custs.COUNT LOOP
      l_custs(i).segment := CASE WHEN l_custs(i).credit_limit > 100000 THEN 'ENTERPRISE' ELSE 'RETAIL' END;
    END LOOP;
    FORALL i IN 1 .. l_custs.COUNT
      UPDATE sales.customers SET ROW = l_custs(i) WHERE customer_id = l_custs(i).customer_id;
    COMMIT;
  END LOOP;
  CLOSE c_src;
END;
/

INSERT INTO sales.regions (region_id, region_name, parent_id)
SELECT 1, 'World', NULL FROM dual UNION ALL
SELECT 2, 'EMEA', 1 FROM dual UNION ALL
SELECT 3, 'Americas', 1 FROM dual;

INSERT ALL
  INTO sales.departments (dept_id, dept_name, region_id) VALUES (10, 'Inside Sales', 2)
  INTO sales.departments (dept_id, dept_name, region_id) VALUES (20, 'Field Sales', 3)
SELECT * FROM dual;

UPDATE sales.customers c
   SET c.account_mgr = (SELECT e.emp_id FROM sales.employees e WHERE e.dept_id = 10 AND ROWNUM = 1)
 WHERE c.account_mgr IS NULL;

DELETE FROM sales.app_log WHERE logged_at < SYSTIMESTAMP - INTERVAL '90' DAY;

COMMIT;

GRANT SELECT ON sales.v_customer_360 TO reporting;
GRANT EXECUTE ON sales.order_mgmt TO sales_app;
CREATE OR REPLACE PUBLIC SYNONYM order_mgmt FOR sales.order_mgmt;
