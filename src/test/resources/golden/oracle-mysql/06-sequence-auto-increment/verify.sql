INSERT INTO shop.items (label) VALUES ('first');
INSERT INTO shop.items (label) VALUES ('second');
SELECT item_id = 100 FROM shop.items WHERE label = 'first';
SELECT item_id = 101 FROM shop.items WHERE label = 'second';
