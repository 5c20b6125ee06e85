CALL inv.receive('A', 5);
CALL inv.receive('A', 2);
INSERT INTO inv.deliveries (sku, qty) VALUES ('A', 1), ('B', 4), ('B', 1);
CALL inv.apply_deliveries();
SELECT qty = 8 FROM inv.stock WHERE sku = 'A';
SELECT qty = 5 FROM inv.stock WHERE sku = 'B';
SELECT COUNT(*) = 0 FROM inv.deliveries;
