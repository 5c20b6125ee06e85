INSERT INTO rep.plan (region, planned) VALUES ('N', 10), ('S', 20);
INSERT INTO rep.actual (region, done) VALUES ('S', 15), ('W', 5);
SELECT COUNT(*) = 3 FROM rep.plan_vs_actual;
SELECT planned IS NULL AND done = 5 FROM rep.plan_vs_actual WHERE region = 'W';
SELECT planned = 10 AND done IS NULL FROM rep.plan_vs_actual WHERE region = 'N';
SELECT planned = 20 AND done = 15 FROM rep.plan_vs_actual WHERE region = 'S';
SELECT label = 'Region N' FROM rep.names WHERE label LIKE '%N';
