-- FULL OUTER JOIN becomes a LEFT JOIN united with the unmatched rows of the right side.
CREATE TABLE rep.plan (region VARCHAR2(10) PRIMARY KEY, planned NUMBER(10));
CREATE TABLE rep.actual (region VARCHAR2(10) PRIMARY KEY, done NUMBER(10));

CREATE OR REPLACE VIEW rep.plan_vs_actual AS
SELECT COALESCE(p.region, a.region) AS region, p.planned, a.done
FROM rep.plan p FULL OUTER JOIN rep.actual a ON a.region = p.region;

CREATE OR REPLACE VIEW rep.names AS
SELECT 'Region ' || region || NULL AS label FROM rep.plan;
