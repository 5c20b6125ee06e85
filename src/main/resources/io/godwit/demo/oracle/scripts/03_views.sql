--------------------------------------------------------
--  DDL for View V_OPEN_ORDERS
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "OUTFIT"."V_OPEN_ORDERS" ("ORDER_ID", "ORDER_DATE", "CUSTOMER_NAME", "STATUS", "LINES", "TOTAL_GROSS", "DAYS_OPEN") AS
  SELECT o.order_id,
         o.order_date,
         c.name,
         o.status,
         COUNT(l.line_no),
         NVL(o.total_net, 0) + NVL(o.total_vat, 0),
         TRUNC(SYSDATE) - TRUNC(o.order_date)
    FROM outfit.orders o, outfit.customers c, outfit.order_lines l
   WHERE o.customer_id = c.customer_id
     AND l.order_id (+) = o.order_id
     AND o.status IN ('NEW', 'RESERVED')
   GROUP BY o.order_id, o.order_date, c.name, o.status, o.total_net, o.total_vat;
--------------------------------------------------------
--  DDL for View V_CUSTOMER_BALANCES
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "OUTFIT"."V_CUSTOMER_BALANCES" ("CUSTOMER_ID", "NAME", "OPEN_INVOICES", "BALANCE", "OVERDUE", "CREDIT_LEFT") AS
  SELECT c.customer_id,
         c.name,
         COUNT(i.invoice_id),
         SUM(NVL(i.amount_net + i.amount_vat - i.amount_paid, 0)),
         SUM(CASE WHEN i.due_date < TRUNC(SYSDATE) THEN i.amount_net + i.amount_vat - i.amount_paid ELSE 0 END),
         c.credit_limit - SUM(NVL(i.amount_net + i.amount_vat - i.amount_paid, 0))
    FROM outfit.customers c
    LEFT JOIN outfit.invoices i
      ON i.customer_id = c.customer_id
     AND i.status IN ('OPEN', 'PARTIAL')
   GROUP BY c.customer_id, c.name, c.credit_limit;
--------------------------------------------------------
--  DDL for View V_STOCK_TO_REORDER
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "OUTFIT"."V_STOCK_TO_REORDER" ("WAREHOUSE", "SKU", "PRODUCT", "AVAILABLE", "REORDER_LEVEL", "SUGGESTED_QTY") AS
  SELECT w.code,
         p.sku,
         p.name,
         s.on_hand - s.reserved,
         p.reorder_level,
         GREATEST(p.reorder_qty, p.reorder_level * 2 - (s.on_hand - s.reserved))
    FROM outfit.stock_levels s
    JOIN outfit.products p ON p.product_id = s.product_id
    JOIN outfit.warehouses w ON w.warehouse_id = s.warehouse_id
   WHERE p.discontinued = 'N'
     AND s.on_hand - s.reserved < p.reorder_level;
--------------------------------------------------------
--  DDL for View V_TOP_PRODUCTS
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "OUTFIT"."V_TOP_PRODUCTS" ("SKU", "NAME", "UNITS", "REVENUE") AS
  SELECT sku, name, units, revenue
    FROM (SELECT p.sku,
                 p.name,
                 SUM(l.quantity) AS units,
                 SUM(l.quantity * l.unit_price * (1 - l.discount_pct / 100)) AS revenue
            FROM outfit.order_lines l
            JOIN outfit.products p ON p.product_id = l.product_id
            JOIN outfit.orders o ON o.order_id = l.order_id
           WHERE o.order_date >= ADD_MONTHS(TRUNC(SYSDATE, 'MM'), -12)
             AND o.status <> 'CANCELLED'
           GROUP BY p.sku, p.name
           ORDER BY revenue DESC)
   WHERE ROWNUM <= 20;
--------------------------------------------------------
--  DDL for View V_MONTHLY_REVENUE
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "OUTFIT"."V_MONTHLY_REVENUE" ("MONTH", "INVOICES", "NET", "VAT", "PAID") AS
  SELECT TO_CHAR(invoice_date, 'YYYY-MM'),
         COUNT(*),
         SUM(amount_net),
         SUM(amount_vat),
         SUM(amount_paid)
    FROM outfit.invoices
   GROUP BY TO_CHAR(invoice_date, 'YYYY-MM');
--------------------------------------------------------
--  DDL for View V_ORG_CHART
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "STAFF"."V_ORG_CHART" ("EMPLOYEE_ID", "NAME", "MANAGER_ID", "DEPTH", "PATH") AS
  SELECT employee_id,
         first_name || ' ' || last_name,
         manager_id,
         LEVEL,
         SYS_CONNECT_BY_PATH(last_name, '/')
    FROM staff.employees
   WHERE status <> 'LEFT'
   START WITH manager_id IS NULL
 CONNECT BY PRIOR employee_id = manager_id;
--------------------------------------------------------
--  DDL for View V_HEADCOUNT
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "STAFF"."V_HEADCOUNT" ("DEPARTMENT", "ACTIVE", "ON_LEAVE", "PAYROLL") AS
  SELECT d.name,
         SUM(DECODE(e.status, 'ACTIVE', 1, 0)),
         SUM(DECODE(e.status, 'LEAVE', 1, 0)),
         SUM(NVL(e.salary, 0))
    FROM staff.departments d, staff.employees e
   WHERE e.department_id (+) = d.department_id
   GROUP BY d.name;
