-- Sales application: views.
CREATE OR REPLACE VIEW sales.v_org_chart AS
SELECT LEVEL AS depth,
       LPAD(' ', 3 * (LEVEL - 1)) || e.full_name AS org_name,
       e.emp_id,
       e.manager_id,
       CONNECT_BY_ROOT e.full_name AS top_boss,
       SYS_CONNECT_BY_PATH(e.last_name, ' > ') AS chain,
       CONNECT_BY_ISLEAF AS is_leaf
  FROM sales.employees e
 START WITH e.manager_id IS NULL
CONNECT BY NOCYCLE PRIOR e.emp_id = e.manager_id
 ORDER SIBLINGS BY e.last_name;

CREATE OR REPLACE VIEW sales.v_quarterly_sales AS
SELECT *
  FROM (SELECT e.full_name rep,
               EXTRACT(YEAR FROM o.order_date) yr,
               'Q' || TO_CHAR(o.order_date, 'Q') qtr,
               o.order_total
          FROM sales.orders o
          JOIN sales.employees e ON e.emp_id = o.sales_rep_id
         WHERE o.status <> 'CANCELLED')
 PIVOT (SUM(order_total) FOR qtr IN ('Q1' AS q1, 'Q2' AS q2, 'Q3' AS q3, 'Q4' AS q4));

CREATE OR REPLACE VIEW sales.v_rep_ranking AS
SELECT e.emp_id,
       e.full_name,
       d.dept_name,
       SUM(o.order_total) AS revenue,
       RANK() OVER (PARTITION BY d.dept_id ORDER BY SUM(o.order_total) DESC) AS rank_in_dept,
       ROUND(100 * RATIO_TO_REPORT(SUM(o.order_total)) OVER (PARTITION BY d.dept_id), 1) AS pct_of_dept,
       SUM(SUM(o.order_total)) OVER (ORDER BY SUM(o.order_total) DESC ROWS UNBOUNDED PRECEDING) AS running_total,
       NTILE(4) OVER (ORDER BY SUM(o.order_total)) AS quartile
  FROM sales.employees e, sales.departments d, sales.orders o
 WHERE d.dept_id (+) = e.dept_id
   AND o.sales_rep_id (+) = e.emp_id
 GROUP BY e.emp_id, e.full_name, d.dept_id, d.dept_name;

CREATE OR REPLACE VIEW sales.v_customer_360 (customer_id, name, segment, region, orders, last_order, lifetime_value, top_product) AS
WITH cust_orders AS (
  SELECT o.customer_id, COUNT(*) cnt, MAX(o.order_date) last_dt, SUM(o.order_total) ltv
    FROM sales.orders o
   WHERE o.status NOT IN ('CANCELLED')
   GROUP BY o.customer_id
), cust_products AS (
  SELECT o.customer_id, p.name,
         ROW_NUMBER() OVER (PARTITION BY o.customer_id ORDER BY SUM(oi.quantity) DESC, p.name) rn
    FROM sales.orders o
    JOIN sales.order_items oi ON oi.order_id = o.order_id
    JOIN sales.products p ON p.product_id = oi.product_id
   GROUP BY o.customer_id, p.name
)
SELECT c.customer_id, c.name, c.segment, r.region_name,
       NVL(co.cnt, 0), co.last_dt, NVL(co.ltv, 0), cp.name
  FROM sales.customers c
  LEFT JOIN sales.regions r ON r.region_id = c.region_id
  LEFT JOIN cust_orders co ON co.customer_id = c.customer_id
  LEFT JOIN cust_products cp ON cp.customer_id = c.customer_id AND cp.rn = 1
WITH READ ONLY;

CREATE OR REPLACE VIEW sales.v_product_months AS
SELECT product_id, month, qty
  FROM (SELECT oi.product_id,
               SUM(CASE WHEN EXTRACT(MONTH FROM o.order_date) = 1 THEN oi.quantity END) jan,
               SUM(CASE WHEN EXTRACT(MONTH FROM o.order_date) = 2 THEN oi.quantity END) feb,
               SUM(CASE WHEN EXTRACT(MONTH FROM o.order_date) = 3 THEN oi.quantity END) mar
          FROM sales.order_items oi, sales.orders o
         WHERE oi.order_id = o.order_id
         GROUP BY oi.product_id)
UNPIVOT (qty FOR month IN (jan AS 'JAN', feb AS 'FEB', mar AS 'MAR'));

CREATE OR REPLACE FORCE VIEW sales.v_active_reps AS
SELECT emp_id, full_name, email
  FROM sales.employees
 WHERE is_active = 'Y' AND job_title LIKE '%Sales%'
WITH CHECK OPTION;

CREATE OR REPLACE VIEW sales.v_region_tree AS
SELECT region_id, region_name, parent_id, LEVEL lvl, CONNECT_BY_ISLEAF leaf
  FROM sales.regions
CONNECT BY parent_id = PRIOR region_id
 START WITH parent_id IS NULL;

CREATE MATERIALIZED VIEW sales.mv_daily_sales
  BUILD IMMEDIATE
  REFRESH COMPLETE ON DEMAND
  ENABLE QUERY REWRITE
AS
SELECT TRUNC(order_date) day, COUNT(*) orders, SUM(order_total) revenue
  FROM sales.orders
 GROUP BY TRUNC(order_date);
