-- ROWNUM, CONNECT BY with LEVEL and SYS_CONNECT_BY_PATH, analytic functions.
CREATE TABLE staff (id NUMBER(6) PRIMARY KEY, name VARCHAR2(30), boss_id NUMBER(6), dept VARCHAR2(10), sal NUMBER(10,2));

CREATE OR REPLACE VIEW top3_v AS
SELECT id, name FROM staff WHERE ROWNUM <= 3;

CREATE OR REPLACE VIEW numbered_v AS
SELECT ROWNUM AS rn, id FROM staff;

CREATE OR REPLACE VIEW org_v AS
SELECT id, name, LEVEL AS lvl, SYS_CONNECT_BY_PATH(name, '/') AS path
  FROM staff
 START WITH boss_id IS NULL
 CONNECT BY PRIOR id = boss_id;

CREATE OR REPLACE VIEW ranked_v AS
SELECT id, dept, sal,
       RANK() OVER (PARTITION BY dept ORDER BY sal DESC) AS rnk,
       SUM(sal) OVER (PARTITION BY dept) AS dept_total,
       LAG(sal) OVER (ORDER BY id) AS prev_sal
  FROM staff;

CREATE OR REPLACE VIEW dept_names_v AS
SELECT dept, LISTAGG(name, ',') WITHIN GROUP (ORDER BY name) AS names
  FROM staff GROUP BY dept;
