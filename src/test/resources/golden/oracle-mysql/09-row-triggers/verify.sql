INSERT INTO shopaud.products (id, name, price) VALUES (1, 'pen', 2);
UPDATE shopaud.products SET price = 3 WHERE id = 1;
SELECT BINARY name = 'PEN' AND changed IS NOT NULL FROM shopaud.products WHERE id = 1;
DELETE FROM shopaud.products WHERE id = 1;
SELECT COUNT(*) = 3 FROM shopaud.product_log;
SELECT old_price = 2 AND new_price = 3 FROM shopaud.product_log WHERE action = 'UPDATE';
SELECT old_price = 3 AND new_price IS NULL FROM shopaud.product_log WHERE action = 'DELETE';
