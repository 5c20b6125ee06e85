-- schema ops [converted]
CREATE DATABASE IF NOT EXISTS ops CHARACTER SET utf8mb4;

-- table ops.jobs [converted]
CREATE TABLE ops.jobs (
  id BIGINT NOT NULL,
  state VARCHAR(10),
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

-- table ops.job_changes [converted]
CREATE TABLE ops.job_changes (
  changed DATETIME,
  what VARCHAR(20)
) DEFAULT CHARSET = utf8mb4;

-- trigger ops.jobs_stmt [actions]
-- trigger ops.jobs_stmt not created

