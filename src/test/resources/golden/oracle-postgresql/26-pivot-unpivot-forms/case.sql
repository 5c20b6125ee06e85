-- PIVOT with several aggregates, over a table, over two FOR columns; UNPIVOT with INCLUDE NULLS,
-- without labels, and of column pairs. A PIVOT whose source columns are unknown stays an item.
CREATE TABLE orders (region VARCHAR2(10), qtr NUMBER(1), amount NUMBER(10,2));
CREATE TABLE scores (name VARCHAR2(10), math NUMBER, art NUMBER);
CREATE TABLE halves (id NUMBER, h1_amt NUMBER, h1_cnt NUMBER, h2_amt NUMBER, h2_cnt NUMBER);
CREATE OR REPLACE VIEW orders_stats AS
SELECT * FROM (SELECT region, qtr, amount FROM orders)
PIVOT (SUM(amount) AS total, COUNT(*) AS cnt FOR qtr IN (1 AS q1, 2 AS q2));
CREATE OR REPLACE VIEW orders_by_qtr AS
SELECT * FROM orders PIVOT (MAX(amount) FOR region IN ('N' AS north, 'S' AS south)) p;
CREATE OR REPLACE VIEW orders_pairs AS
SELECT n1, s2 FROM (SELECT region, qtr, amount FROM orders)
PIVOT (SUM(amount) FOR (region, qtr) IN (('N', 1) AS n1, ('S', 2) AS s2));
CREATE OR REPLACE VIEW scores_all AS
SELECT * FROM scores UNPIVOT INCLUDE NULLS (score FOR subject IN (math, art));
CREATE OR REPLACE VIEW halves_rows AS
SELECT id, half, amt, cnt FROM halves
UNPIVOT ((amt, cnt) FOR half IN ((h1_amt, h1_cnt) AS 'H1', (h2_amt, h2_cnt) AS 'H2'));
CREATE OR REPLACE VIEW remote_pivot AS
SELECT * FROM not_in_scripts PIVOT (SUM(v) FOR k IN (1 AS one));
