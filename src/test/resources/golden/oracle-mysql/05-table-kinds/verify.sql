INSERT INTO app.lookup (code, label) VALUES ('A', 'alpha');
SELECT COUNT(*) = 0 FROM app.copy_of_lookup;
INSERT INTO app.measures (id, net) VALUES (1, 10);
SELECT gross = 12 FROM app.measures WHERE id = 1;
