INSERT INTO hr.types_demo (id, name) VALUES (1, 'one');
INSERT INTO hr.types_demo (id, name) VALUES (2, 'two');
SELECT price = 0 AND title = 'n/a' AND flag = 'N' AND LENGTH(guid) = 16 AND created IS NOT NULL FROM hr.types_demo WHERE id = 1;
SELECT COUNT(DISTINCT guid) = 2 FROM hr.types_demo;
SELECT table_comment = 'Every kind of column' FROM information_schema.tables WHERE table_schema = 'hr' AND table_name = 'types_demo';
SELECT column_comment = 'The name; it''s required' FROM information_schema.columns WHERE table_schema = 'hr' AND table_name = 'types_demo' AND column_name = 'name';
SELECT COUNT(*) = 3 FROM information_schema.columns WHERE table_schema = 'hr' AND table_name = 'MixedCase';
