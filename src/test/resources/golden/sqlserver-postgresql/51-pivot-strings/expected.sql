-- schema dbo [converted]
CREATE SCHEMA IF NOT EXISTS dbo;

-- table dbo.sales [converted]
CREATE TABLE dbo.sales (
  region varchar(10) NOT NULL,
  saleyear integer NOT NULL,
  amount numeric(10,2) NOT NULL
);

-- table dbo.quarterly [converted]
CREATE TABLE dbo.quarterly (
  region varchar(10) NOT NULL,
  q1 integer,
  q2 integer,
  q3 integer
);

-- table dbo.tags [converted]
CREATE TABLE dbo.tags (
  itemid integer NOT NULL,
  tag varchar(20) NOT NULL
);

-- view dbo.salesbyyear [converted]
CREATE OR REPLACE VIEW dbo.salesbyyear AS
SELECT region, "2023" AS y2023, "2024" AS y2024
FROM (SELECT region, sum(amount) FILTER (WHERE saleyear = '2023') AS "2023", sum(amount) FILTER (WHERE saleyear = '2024') AS "2024"
FROM (SELECT region, saleyear, amount
FROM dbo.sales) s
GROUP BY region) p;

-- view dbo.salescount [converted]
CREATE OR REPLACE VIEW dbo.salescount AS
SELECT *
FROM (SELECT saleyear, count(amount) FILTER (WHERE region = 'north') AS north, count(amount) FILTER (WHERE region = 'south') AS south
FROM dbo.sales
GROUP BY saleyear) p;

-- view dbo.quarterrows [converted]
CREATE OR REPLACE VIEW dbo.quarterrows AS
SELECT region, quarter, qty
FROM (SELECT region, godwit_unpivot.quarter, godwit_unpivot.qty
FROM dbo.quarterly
CROSS JOIN LATERAL (VALUES ('Q1', q1), ('Q2', q2), ('Q3', q3)) godwit_unpivot (quarter, qty)
WHERE godwit_unpivot.qty IS NOT NULL) u;

-- view dbo.itemtags [converted]
CREATE OR REPLACE VIEW dbo.itemtags AS
SELECT i.itemid, (SELECT string_agg(t.tag::text, ', ' ORDER BY t.tag NULLS FIRST)
FROM dbo.tags t
WHERE t.itemid = i.itemid) AS taglist
FROM (SELECT DISTINCT itemid
FROM dbo.tags) i;

-- view dbo.itemtagstyped [converted]
CREATE OR REPLACE VIEW dbo.itemtagstyped AS
SELECT i.itemid, (SELECT string_agg(t.tag::text, ';' ORDER BY t.tag DESC NULLS LAST)
FROM dbo.tags t
WHERE t.itemid = i.itemid) AS taglist
FROM (SELECT DISTINCT itemid
FROM dbo.tags) i;

-- view dbo.stringfunctions [converted]
CREATE OR REPLACE VIEW dbo.stringfunctions AS
SELECT CASE 2 WHEN 1 THEN 'a' WHEN 2 THEN 'b' WHEN 3 THEN 'c' END AS chosen, CASE 5 WHEN 1 THEN 'a' WHEN 2 THEN 'b' END AS chosennone, (date_trunc('month', CAST('2024-02-10' AS timestamp)) + INTERVAL '1 month' - INTERVAL '1 day')::date AS monthend, (date_trunc('month', CAST('2024-01-31' AS timestamp) + INTERVAL '1 month') + INTERVAL '1 month' - INTERVAL '1 day')::date AS nextmonthend, to_char(CAST('2024-03-05' AS timestamp), 'FMMonth') AS monthname, regexp_instr('abc123', '[0-9]', 1, 1, 0, 'ip') AS firstdigit, regexp_instr('ABC', '^ab', 1, 1, 0, 'ip') AS prefix, regexp_instr('abc', 'z.', 1, 1, 0, 'ip') AS nomatch, regexp_instr('ab.c', '\.c$', 1, 1, 0, 'ip') AS dot, overlay('abcdef' placing 'XY' from 2 for 3) AS stuffed, repeat('ab', 3) AS repeated, 'x' || repeat(' ', 2) || 'y' AS spaced, (SELECT count(*)
FROM string_to_table('a,b,c', ',') string_split (value)) AS parts;

-- view dbo.splittags [converted]
CREATE OR REPLACE VIEW dbo.splittags AS
SELECT t.itemid, s.value AS part
FROM dbo.tags t
CROSS JOIN LATERAL string_to_table(t.tag, '-') s (value);

-- view dbo.tagsxml [actions]
CREATE OR REPLACE VIEW dbo.tagsxml AS
SELECT (SELECT itemid, tag
FROM dbo.tags) AS doc;

