-- MySQL has no statement-level triggers: the trigger becomes an action item.
CREATE TABLE ops.jobs (id NUMBER(10) PRIMARY KEY, state VARCHAR2(10));
CREATE TABLE ops.job_changes (changed DATE, what VARCHAR2(20));

CREATE OR REPLACE TRIGGER ops.jobs_stmt
AFTER UPDATE ON ops.jobs
BEGIN
  INSERT INTO ops.job_changes VALUES (SYSDATE, 'jobs updated');
END;
/
