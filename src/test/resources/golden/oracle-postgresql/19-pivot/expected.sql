-- table sales [converted]
CREATE TABLE sales (
  region varchar(10),
  qtr smallint,
  amount numeric(10,2)
);

-- table quarters [converted]
CREATE TABLE quarters (
  region varchar(10),
  q1 numeric,
  q2 numeric
);

-- view sales_pivot [converted]
CREATE OR REPLACE VIEW sales_pivot AS
SELECT *
FROM (SELECT region, sum(amount) FILTER (WHERE qtr = 1) AS q1, sum(amount) FILTER (WHERE qtr = 2) AS q2
FROM (SELECT region, qtr, amount
FROM sales) godwit_src
GROUP BY region) pivoted;

-- view quarters_unpivot [converted]
CREATE OR REPLACE VIEW quarters_unpivot AS
SELECT region, qtr, amount
FROM (SELECT region, godwit_unpivot.qtr, godwit_unpivot.amount
FROM quarters, LATERAL (VALUES (1, q1), (2, q2)) godwit_unpivot (qtr, amount)
WHERE godwit_unpivot.amount IS NOT NULL) unpivoted;

-- view sales_by_region [converted]
CREATE OR REPLACE VIEW sales_by_region AS
SELECT region, sum(amount) AS total
FROM sales
GROUP BY region;

