-- table staff [converted]
CREATE TABLE staff (
  id integer NOT NULL,
  name varchar(30),
  boss_id integer,
  dept varchar(10),
  sal numeric(10,2),
  PRIMARY KEY (id)
);

-- view top3_v [converted]
CREATE OR REPLACE VIEW top3_v AS
SELECT id, name
FROM staff
FETCH FIRST 3 ROWS ONLY;

-- view numbered_v [converted]
CREATE OR REPLACE VIEW numbered_v AS
SELECT row_number() OVER () AS rn, id
FROM staff;

-- view org_v [converted]
CREATE OR REPLACE VIEW org_v AS
WITH RECURSIVE godwit_tree AS (SELECT staff.*, 1 AS godwit_level, concat('/', staff.name) AS godwit_path_1
FROM staff staff
WHERE boss_id IS NULL
UNION ALL
SELECT staff.*, godwit_prior.godwit_level + 1 AS godwit_level, concat(godwit_prior.godwit_path_1, '/', staff.name) AS godwit_path_1
FROM staff staff
JOIN godwit_tree godwit_prior ON godwit_prior.id = staff.boss_id)
SELECT id, name, staff.godwit_level AS lvl, staff.godwit_path_1 AS path
FROM godwit_tree staff;

-- view ranked_v [converted]
CREATE OR REPLACE VIEW ranked_v AS
SELECT id, dept, sal, rank() OVER (PARTITION BY dept ORDER BY sal DESC) AS rnk, sum(sal) OVER (PARTITION BY dept) AS dept_total, lag(sal) OVER (ORDER BY id) AS prev_sal
FROM staff;

-- view dept_names_v [converted]
CREATE OR REPLACE VIEW dept_names_v AS
SELECT dept, string_agg(name::text, ',' ORDER BY name) AS names
FROM staff
GROUP BY dept;

