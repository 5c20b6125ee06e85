REM ==========================================================================
REM  install.sql - installs the ORDERS application schema objects
REM  Usage: sqlplus system/manager@db @install.sql <app_owner> <tablespace>
REM ==========================================================================
SET ECHO OFF
SET FEEDBACK ON
SET VERIFY OFF
SET SERVEROUTPUT ON SIZE UNLIMITED FORMAT WRAPPED
SET LINESIZE 200 PAGESIZE 50000 TRIMSPOOL ON
SET TIMING ON
set termout on
WHENEVER SQLERROR EXIT SQL.SQLCODE ROLLBACK
WHENEVER OSERROR EXIT FAILURE

DEFINE app_owner = &1
DEFINE app_tbs   = 'USERS'
DEF app_version = 2.4.1
ACCEPT app_password CHAR PROMPT 'Password for &&app_owner: ' HIDE

COLUMN spool_name NEW_VALUE spool_file NOPRINT
SELECT 'install_' || TO_CHAR(SYSDATE, 'YYYYMMDD_HH24MISS') || '.log' spool_name FROM dual;
SPOOL &spool_file

PROMPT
PROMPT ====================================================
PROMPT Installing ORDERS &app_version into schema &app_owner
PROMPT ====================================================
PRO Don't interrupt the installation!

CONNECT system/&system_password@&connect_string

CREATE USER &app_owner IDENTIFIED BY "&app_password"
  DEFAULT TABLESPACE &app_tbs
  TEMPORARY TABLESPACE temp
  QUOTA UNLIMITED ON &app_tbs;

GRANT CREATE SESSION, CREATE TABLE, CREATE VIEW, CREATE SEQUENCE,
      CREATE PROCEDURE, CREATE TRIGGER, CREATE TYPE TO &app_owner;

CREATE ROLE &app_owner._reader;

ALTER SESSION SET CURRENT_SCHEMA = &app_owner;

PROMPT Creating sequences...
CREATE SEQUENCE orders_seq START WITH 1 CACHE 100;
CREATE SEQUENCE customers_seq START WITH 1000;

PROMPT Creating tables...
CREATE TABLE customers (
  customer_id   NUMBER(10)    DEFAULT customers_seq.NEXTVAL PRIMARY KEY,
  name          VARCHAR2(200) NOT NULL,
  email         VARCHAR2(320),
  country_code  CHAR(2)       DEFAULT 'US',
  created_at    TIMESTAMP     DEFAULT SYSTIMESTAMP NOT NULL
) TABLESPACE &app_tbs;

CREATE TABLE orders (
  order_id      NUMBER(12)    PRIMARY KEY,
  customer_id   NUMBER(10)    NOT NULL REFERENCES customers,
  status        VARCHAR2(10)  DEFAULT 'NEW' CHECK (status IN ('NEW', 'PAID', 'SHIPPED', 'CANCELLED')),
  total         NUMBER(12, 2) DEFAULT 0 NOT NULL,
  ordered_at    DATE          DEFAULT SYSDATE
) TABLESPACE &&app_tbs;
/

CREATE INDEX orders_customer_ix ON orders (customer_id) TABLESPACE &app_tbs;

SHOW ERRORS
PROMPT Creating code...
@@orders_pkg.pks
@@orders_pkg.pkb
@?/rdbms/admin/utlrp.sql
START post_install.sql &app_owner

CREATE OR REPLACE PROCEDURE log_install (p_step IN VARCHAR2) AS
  PRAGMA AUTONOMOUS_TRANSACTION;
BEGIN
  INSERT INTO install_log (step, done_at, version) VALUES (p_step, SYSDATE, '&app_version');
  COMMIT;
END log_install;
/
SHOW ERRORS PROCEDURE log_install

SET DEFINE OFF
INSERT INTO customers (customer_id, name, email) VALUES (1, 'Tom & Jerry Ltd', 'info@tomandjerry.example');
SET DEFINE ON
INSERT INTO customers (customer_id, name, email) VALUES (2, 'Smith & Sons', 'office@smith.example');
COMMIT;

VARIABLE v_count NUMBER
BEGIN
  SELECT COUNT(*) INTO :v_count FROM customers;
END;
/
PRINT v_count

EXEC log_install('tables');
EXECUTE DBMS_STATS.GATHER_SCHEMA_STATS(ownname => '&app_owner', -
     estimate_percent => DBMS_STATS.AUTO_SAMPLE_SIZE, -
     cascade => TRUE)
exec :v_count := 0

BREAK ON country_code SKIP 1
COMPUTE SUM OF total ON country_code
TTITLE CENTER 'Customers by country' SKIP 2
BTITLE OFF
COLUMN name FORMAT A30 HEADING 'Customer'
SELECT country_code, name FROM customers ORDER BY country_code;
CLEAR BREAKS
CLEAR COMPUTES
CLEAR COLUMNS
TTITLE OFF

DESC customers
DESCRIBE orders
HOST echo "install done" >> install.log
!ls -l *.log
PAUSE Press ENTER to continue
STORE SET install_settings.sql REPLACE
SET SQLBLANKLINES ON
SET SQLTERMINATOR ';'
UNDEFINE app_password

INSERT INTO orders (order_id, customer_id) VALUES (1, 1);
/
SPOOL OFF
EXIT SUCCESS

PROMPT never reached
DROP TABLE orders;
