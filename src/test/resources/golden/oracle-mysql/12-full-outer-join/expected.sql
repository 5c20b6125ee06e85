-- schema rep [converted]
CREATE DATABASE IF NOT EXISTS rep CHARACTER SET utf8mb4;

-- table rep.plan [converted]
CREATE TABLE rep.plan (
  region VARCHAR(10) NOT NULL,
  planned BIGINT,
  PRIMARY KEY (region)
) DEFAULT CHARSET = utf8mb4;

-- table rep.actual [converted]
CREATE TABLE rep.actual (
  region VARCHAR(10) NOT NULL,
  done BIGINT,
  PRIMARY KEY (region)
) DEFAULT CHARSET = utf8mb4;

-- view rep.plan_vs_actual [converted]
CREATE OR REPLACE VIEW rep.plan_vs_actual AS
SELECT COALESCE(p.region, a.region) AS region, p.planned, a.done
FROM rep.plan p
LEFT JOIN rep.actual a ON a.region = p.region
UNION ALL
SELECT COALESCE(p.region, a.region) AS region, p.planned, a.done
FROM rep.plan p
RIGHT JOIN rep.actual a ON a.region = p.region
WHERE p.region IS NULL;

-- view rep.names [converted]
CREATE OR REPLACE VIEW rep.names AS
SELECT CONCAT_WS('', 'Region ', region, NULL) AS label
FROM rep.plan;

