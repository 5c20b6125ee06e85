-- table orders [converted]
CREATE TABLE orders (
  region varchar(10),
  qtr smallint,
  amount numeric(10,2)
);

-- table scores [converted]
CREATE TABLE scores (
  name varchar(10),
  math numeric,
  art numeric
);

-- table halves [converted]
CREATE TABLE halves (
  id numeric,
  h1_amt numeric,
  h1_cnt numeric,
  h2_amt numeric,
  h2_cnt numeric
);

-- view orders_stats [converted]
CREATE OR REPLACE VIEW orders_stats AS
SELECT *
FROM (SELECT region, sum(amount) FILTER (WHERE qtr = 1) AS q1_total, count(*) FILTER (WHERE qtr = 1) AS q1_cnt, sum(amount) FILTER (WHERE qtr = 2) AS q2_total, count(*) FILTER (WHERE qtr = 2) AS q2_cnt
FROM (SELECT region, qtr, amount
FROM orders) godwit_src
GROUP BY region) pivoted;

-- view orders_by_qtr [converted]
CREATE OR REPLACE VIEW orders_by_qtr AS
SELECT *
FROM (SELECT qtr, max(amount) FILTER (WHERE region = 'N') AS north, max(amount) FILTER (WHERE region = 'S') AS south
FROM orders
GROUP BY qtr) p;

-- view orders_pairs [converted]
CREATE OR REPLACE VIEW orders_pairs AS
SELECT n1, s2
FROM (SELECT sum(amount) FILTER (WHERE region = 'N' AND qtr = 1) AS n1, sum(amount) FILTER (WHERE region = 'S' AND qtr = 2) AS s2
FROM (SELECT region, qtr, amount
FROM orders) godwit_src) pivoted;

-- view scores_all [converted]
CREATE OR REPLACE VIEW scores_all AS
SELECT *
FROM (SELECT name, godwit_unpivot.subject, godwit_unpivot.score
FROM scores, LATERAL (VALUES ('MATH', math), ('ART', art)) godwit_unpivot (subject, score)) unpivoted;

-- view halves_rows [converted]
CREATE OR REPLACE VIEW halves_rows AS
SELECT id, half, amt, cnt
FROM (SELECT id, godwit_unpivot.half, godwit_unpivot.amt, godwit_unpivot.cnt
FROM halves, LATERAL (VALUES ('H1', h1_amt, h1_cnt), ('H2', h2_amt, h2_cnt)) godwit_unpivot (half, amt, cnt)
WHERE godwit_unpivot.amt IS NOT NULL OR godwit_unpivot.cnt IS NOT NULL) unpivoted;

-- view remote_pivot [actions]
CREATE OR REPLACE VIEW remote_pivot AS
SELECT *
FROM NULL /* GODWIT ORA-1007: not_in_scripts PIVOT (SUM(v) FOR k IN (1 AS one)) */ pivoted;

