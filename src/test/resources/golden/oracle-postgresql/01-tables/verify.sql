INSERT INTO hr.types_demo (id, name) VALUES (1, 'one');
SELECT price = 0 AND title = 'n/a' AND flag = 'N' AND guid IS NOT NULL AND octet_length(guid) = 16 FROM hr.types_demo WHERE id = 1;
SELECT obj_description('hr.types_demo'::regclass) = 'Every kind of column';
SELECT count(*) = 3 FROM information_schema.columns WHERE table_schema = 'hr' AND table_name = 'MixedCase';
