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

-- view sales_pivot [actions]
CREATE OR REPLACE VIEW sales_pivot AS
SELECT *
FROM NULL /* GODWIT ORA-1007: (SELECT region, qtr, amount FROM sales) PIVOT (SUM(amount) FOR qtr IN (1 AS q1, 2 AS q2)) */ pivoted;

-- view quarters_unpivot [actions]
CREATE OR REPLACE VIEW quarters_unpivot AS
SELECT region, qtr, amount
FROM NULL /* GODWIT ORA-1007: quarters UNPIVOT (amount FOR qtr IN (q1 AS 1, q2 AS 2)) */ pivoted;

-- view sales_by_region [converted]
CREATE OR REPLACE VIEW sales_by_region AS
SELECT region, sum(amount) AS total
FROM sales
GROUP BY region;

