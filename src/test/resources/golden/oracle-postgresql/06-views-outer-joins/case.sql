-- Views with Oracle (+) outer joins, DECODE, NVL and NVL2.
CREATE TABLE dept (deptno NUMBER(4) PRIMARY KEY, dname VARCHAR2(30), loc VARCHAR2(30));
CREATE TABLE emp (empno NUMBER(6) PRIMARY KEY, ename VARCHAR2(30) NOT NULL, deptno NUMBER(4),
  mgr NUMBER(6), sal NUMBER(10,2), comm NUMBER(10,2), job VARCHAR2(20));

CREATE OR REPLACE VIEW emp_dept_v AS
SELECT e.empno, e.ename, d.dname
  FROM emp e, dept d
 WHERE e.deptno = d.deptno(+);

CREATE OR REPLACE VIEW dept_emp_count_v AS
SELECT d.deptno, d.dname, COUNT(e.empno) AS emp_count
  FROM dept d, emp e
 WHERE d.deptno = e.deptno(+)
   AND e.job(+) = 'CLERK'
 GROUP BY d.deptno, d.dname;

CREATE OR REPLACE VIEW emp_pay_v AS
SELECT empno,
       DECODE(job, 'MGR', 'Manager', 'CLERK', 'Clerk', 'Other') AS job_label,
       DECODE(comm, NULL, 'none', 'some') AS comm_flag,
       NVL(comm, 0) AS comm0,
       NVL2(comm, sal + comm, sal) AS total_pay
  FROM emp;
