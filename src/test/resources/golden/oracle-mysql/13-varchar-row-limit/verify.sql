INSERT INTO docs.pages (id, title, body1, body3, body6) VALUES (1, 't', REPEAT('é', 4000), REPEAT('x', 4000), REPEAT('€', 4000));
SELECT CHAR_LENGTH(body1) = 4000 AND CHAR_LENGTH(body6) = 4000 AND CHAR_LENGTH(body3) = 4000 FROM docs.pages WHERE id = 1;
