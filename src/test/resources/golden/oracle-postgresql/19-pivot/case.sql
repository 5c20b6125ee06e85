-- PIVOT becomes aggregates with FILTER grouped by the other columns; UNPIVOT becomes LATERAL
-- (VALUES ...), leaving out rows whose value is NULL (EXCLUDE NULLS is the default).
CREATE TABLE sales (region VARCHAR2(10), qtr NUMBER(1), amount NUMBER(10,2));
CREATE TABLE quarters (region VARCHAR2(10), q1 NUMBER, q2 NUMBER);
CREATE OR REPLACE VIEW sales_pivot AS
SELECT * FROM (SELECT region, qtr, amount FROM sales)
PIVOT (SUM(amount) FOR qtr IN (1 AS q1, 2 AS q2));
CREATE OR REPLACE VIEW quarters_unpivot AS
SELECT region, qtr, amount FROM quarters
UNPIVOT (amount FOR qtr IN (q1 AS 1, q2 AS 2));
CREATE OR REPLACE VIEW sales_by_region AS
SELECT region, SUM(amount) AS total FROM sales GROUP BY region;
