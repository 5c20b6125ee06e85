-- Indexes, sequences, views, synonyms, comments, grants, drops and friends.
CREATE INDEX hr.emp_name_ix ON hr.employees (last_name, first_name) TABLESPACE idx COMPUTE STATISTICS;
CREATE UNIQUE INDEX hr.emp_email_uk ON hr.employees (UPPER(email)) ONLINE;
CREATE BITMAP INDEX sales_region_bix ON sales_history (region) LOCAL NOLOGGING;
CREATE INDEX emp_upper_ix ON hr.employees (UPPER(last_name) DESC, NVL(commission_pct, 0)) REVERSE PARALLEL 4 INVISIBLE;
CREATE INDEX orders_date_ix ON orders (order_date)
  GLOBAL PARTITION BY RANGE (order_date) (
    PARTITION p1 VALUES LESS THAN (DATE '2020-01-01'),
    PARTITION p2 VALUES LESS THAN (MAXVALUE)
  );
CREATE INDEX doc_text_ix ON documents (body) INDEXTYPE IS ctxsys.context PARAMETERS ('SYNC (ON COMMIT)');
CREATE INDEX sales_cust_bjx ON sales (c.cust_city) FROM sales s, customers c WHERE s.cust_id = c.cust_id;

CREATE SEQUENCE hr.employees_seq START WITH 207 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9999999999999999999999999999 NOCACHE NOCYCLE NOORDER;
CREATE SEQUENCE seq_neg INCREMENT BY -1 START WITH -1 MAXVALUE -1 MINVALUE -1000 CYCLE CACHE 20 ORDER;
CREATE SEQUENCE seq_session SESSION;

CREATE OR REPLACE VIEW hr.emp_v AS SELECT employee_id, last_name FROM hr.employees;
CREATE OR REPLACE FORCE EDITIONABLE VIEW hr.emp_details_view (employee_id, job_id, manager_id, department_id, city)
AS SELECT e.employee_id, e.job_id, e.manager_id, e.department_id, l.city
     FROM hr.employees e, hr.departments d, hr.locations l
    WHERE e.department_id = d.department_id
      AND d.location_id = l.location_id
WITH READ ONLY;
CREATE VIEW hr.high_earners AS SELECT * FROM hr.employees WHERE salary > 10000 WITH CHECK OPTION CONSTRAINT high_earners_ck;
CREATE OR REPLACE NOFORCE VIEW hr.v_alias (id UNIQUE RELY DISABLE NOVALIDATE, name) AS SELECT employee_id, last_name FROM hr.employees;
CREATE MATERIALIZED VIEW hr.emp_by_dept_mv
  BUILD IMMEDIATE
  REFRESH FAST ON COMMIT
  ENABLE QUERY REWRITE
AS SELECT department_id, COUNT(*) cnt, SUM(salary) total FROM hr.employees GROUP BY department_id;
CREATE MATERIALIZED VIEW sales_mv
  TABLESPACE users PARALLEL 2
  BUILD DEFERRED
  REFRESH COMPLETE START WITH SYSDATE NEXT SYSDATE + 1 WITH PRIMARY KEY
AS SELECT * FROM sales@remote_db;
CREATE MATERIALIZED VIEW LOG ON hr.employees WITH PRIMARY KEY, ROWID (salary) INCLUDING NEW VALUES;

CREATE SYNONYM emp FOR hr.employees;
CREATE OR REPLACE PUBLIC SYNONYM employees FOR hr.employees;
CREATE PUBLIC SYNONYM remote_sales FOR sales@remote_db.example.com;
CREATE OR REPLACE EDITIONABLE SYNONYM "APP"."DEPT" FOR "HR"."DEPARTMENTS";

COMMENT ON TABLE hr.employees IS 'Employees of the company';
COMMENT ON COLUMN hr.employees.salary IS 'Monthly salary, it''s in USD';
COMMENT ON COLUMN employees.email IS q'[Work e-mail (it's unique)]';
COMMENT ON MATERIALIZED VIEW hr.emp_by_dept_mv IS 'Refreshed on commit';

GRANT SELECT, INSERT, UPDATE (salary, commission_pct), DELETE ON hr.employees TO app_user, reporting_role;
GRANT EXECUTE ON hr.emp_mgmt TO PUBLIC;
GRANT ALL PRIVILEGES ON hr.departments TO admin_role WITH GRANT OPTION;
GRANT CREATE SESSION, CREATE TABLE, CREATE ANY VIEW TO app_user;
GRANT connect, resource TO app_user WITH ADMIN OPTION;
GRANT READ ON DIRECTORY data_dir TO etl_user;
REVOKE DELETE ON hr.employees FROM app_user;
REVOKE CREATE ANY VIEW FROM app_user;

DROP TABLE hr.emp_copy CASCADE CONSTRAINTS PURGE;
DROP INDEX hr.emp_name_ix;
DROP VIEW hr.emp_v;
DROP MATERIALIZED VIEW hr.emp_by_dept_mv;
DROP MATERIALIZED VIEW LOG ON hr.employees;
DROP SEQUENCE hr.employees_seq;
DROP PUBLIC SYNONYM employees;
DROP SYNONYM emp;
DROP TYPE hr.address_t FORCE;
DROP TYPE BODY hr.address_t;
DROP PROCEDURE hr.add_job_history;
DROP FUNCTION hr.get_salary;
DROP PACKAGE BODY hr.emp_mgmt;
DROP PACKAGE hr.emp_mgmt;
DROP TRIGGER hr.secure_employees;
DROP USER scott CASCADE;
DROP ROLE reporting_role;
DROP DATABASE LINK remote_db.example.com;
DROP PUBLIC DATABASE LINK shared_link;
DROP DIRECTORY data_dir;

TRUNCATE TABLE hr.job_history;
TRUNCATE TABLE sales_history DROP STORAGE CASCADE;
TRUNCATE TABLE audit_log PRESERVE MATERIALIZED VIEW LOG REUSE STORAGE;
RENAME emp_tmp TO emp_final;

CREATE USER app_user IDENTIFIED BY "S3cret;pw" DEFAULT TABLESPACE users TEMPORARY TABLESPACE temp QUOTA 100M ON users;
CREATE ROLE reporting_role NOT IDENTIFIED;
CREATE OR REPLACE DIRECTORY data_dir AS '/u01/app/data';
CREATE DATABASE LINK remote_db.example.com CONNECT TO scott IDENTIFIED BY tiger USING 'REMOTE';
CREATE PUBLIC DATABASE LINK shared_link CONNECT TO CURRENT_USER USING '(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db)(PORT=1521)))';
CREATE OR REPLACE CONTEXT app_ctx USING hr.app_ctx_pkg;
CREATE TABLESPACE users2 DATAFILE '/u01/users2.dbf' SIZE 100M AUTOEXTEND ON;
CREATE PROFILE app_profile LIMIT SESSIONS_PER_USER 10;
AUDIT SELECT ON hr.employees BY ACCESS;
ANALYZE TABLE hr.employees COMPUTE STATISTICS;
PURGE RECYCLEBIN;
FLASHBACK TABLE hr.employees TO BEFORE DROP;
SET ROLE ALL;
SET CONSTRAINTS ALL DEFERRED;
SET TRANSACTION READ ONLY NAME 'report';
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;
EXPLAIN PLAN SET STATEMENT_ID = 'q1' FOR SELECT * FROM hr.employees WHERE employee_id = 100;
CALL hr.add_job_history(100, SYSDATE, SYSDATE, 'IT_PROG', 60);
CREATE OR REPLACE AND COMPILE JAVA SOURCE NAMED "Hello" AS
public class Hello {
  public static String world() { return "hello; world"; }
};
/
CREATE OR REPLACE LIBRARY ext_lib AS '/u01/lib/ext.so';
/
