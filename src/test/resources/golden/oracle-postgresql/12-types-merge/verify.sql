INSERT INTO stock VALUES ('a', 5);
INSERT INTO stock_in VALUES ('a', 3), ('a', 4), ('b', 20);
CALL apply_stock();
SELECT qty = 12 FROM stock WHERE sku = 'a';
SELECT qty = 20 FROM stock WHERE sku = 'b';
SELECT sum_list(3) = 60 AND sum_list(0) = 0;
CALL split_moves();
SELECT count(*) = 2 AND sum(qty) = 7 FROM small_moves;
SELECT count(*) = 1 AND min(sku) = 'b' FROM big_moves;
