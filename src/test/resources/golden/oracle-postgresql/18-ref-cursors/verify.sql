INSERT INTO sale (id, region, amount) VALUES (1, 'N', 10), (2, 'S', 50), (3, 'N', 70);
CREATE TEMP TABLE fetched (source text, pos integer, id integer, amount numeric);
DO $$ DECLARE c refcursor; i integer; a numeric; k integer := 0; BEGIN CALL open_sales('N', c); LOOP FETCH c INTO i, a; EXIT WHEN NOT FOUND; k := k + 1; INSERT INTO fetched VALUES ('open_sales', k, i, a); END LOOP; CLOSE c; END $$;
DO $$ DECLARE c refcursor; i integer; k integer := 0; BEGIN c := big_sales(50); LOOP FETCH c INTO i; EXIT WHEN NOT FOUND; k := k + 1; INSERT INTO fetched VALUES ('big_sales', k, i, NULL); END LOOP; CLOSE c; END $$;
SELECT count(*) = 2 FROM fetched WHERE source = 'open_sales';
SELECT id = 1 AND amount = 10 FROM fetched WHERE source = 'open_sales' AND pos = 1;
SELECT id = 3 AND amount = 70 FROM fetched WHERE source = 'open_sales' AND pos = 2;
SELECT string_agg(id::text, ',' ORDER BY pos) = '2,3' FROM fetched WHERE source = 'big_sales';
SELECT count_from(2) = 2 AND count_from(9) = 0;
