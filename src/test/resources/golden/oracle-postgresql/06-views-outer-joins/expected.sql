-- table dept [converted]
CREATE TABLE dept (
  deptno smallint NOT NULL,
  dname varchar(30),
  loc varchar(30),
  PRIMARY KEY (deptno)
);

-- table emp [converted]
CREATE TABLE emp (
  empno integer NOT NULL,
  ename varchar(30) NOT NULL,
  deptno smallint,
  mgr integer,
  sal numeric(10,2),
  comm numeric(10,2),
  job varchar(20),
  PRIMARY KEY (empno)
);

-- view emp_dept_v [converted]
CREATE OR REPLACE VIEW emp_dept_v AS
SELECT e.empno, e.ename, d.dname
FROM emp e
LEFT JOIN dept d ON e.deptno = d.deptno;

-- view dept_emp_count_v [converted]
CREATE OR REPLACE VIEW dept_emp_count_v AS
SELECT d.deptno, d.dname, count(e.empno) AS emp_count
FROM dept d
LEFT JOIN emp e ON d.deptno = e.deptno AND e.job = 'CLERK'
GROUP BY d.deptno, d.dname;

-- view emp_pay_v [converted]
CREATE OR REPLACE VIEW emp_pay_v AS
SELECT empno, CASE job WHEN 'MGR' THEN 'Manager' WHEN 'CLERK' THEN 'Clerk' ELSE 'Other' END AS job_label, CASE WHEN comm IS NULL THEN 'none' ELSE 'some' END AS comm_flag, coalesce(comm, 0) AS comm0, CASE WHEN comm IS NOT NULL THEN sal + comm ELSE sal END AS total_pay
FROM emp;

