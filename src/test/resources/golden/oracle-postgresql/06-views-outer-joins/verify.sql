INSERT INTO dept VALUES (10, 'ACC', 'NY'), (20, 'RES', 'DAL'), (30, 'SAL', 'CHI');
INSERT INTO emp VALUES (1, 'KING', 10, NULL, 5000, NULL, 'MGR'), (2, 'SMITH', 20, 1, 800, NULL, 'CLERK'), (3, 'ALLEN', 30, 1, 1600, 300, 'SALES'), (4, 'NOBODY', NULL, 1, 100, 0, 'CLERK');
SELECT count(*) = 4 AND count(dname) = 3 FROM emp_dept_v;
SELECT dname IS NULL FROM emp_dept_v WHERE empno = 4;
SELECT string_agg(deptno || ':' || emp_count, ',' ORDER BY deptno) = '10:0,20:1,30:0' FROM dept_emp_count_v;
SELECT job_label = 'Manager' AND comm_flag = 'none' AND comm0 = 0 AND total_pay = 5000 FROM emp_pay_v WHERE empno = 1;
SELECT job_label = 'Other' AND comm_flag = 'some' AND comm0 = 300 AND total_pay = 1900 FROM emp_pay_v WHERE empno = 3;
SELECT job_label = 'Clerk' AND comm_flag = 'some' AND total_pay = 100 FROM emp_pay_v WHERE empno = 4;
