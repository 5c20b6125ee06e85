-- MERGE on the primary key becomes INSERT ... ON DUPLICATE KEY UPDATE; other MERGEs are rewritten
-- as UPDATE and INSERT statements.
CREATE TABLE inv.stock (sku VARCHAR2(20) PRIMARY KEY, qty NUMBER(10) NOT NULL);
CREATE TABLE inv.deliveries (sku VARCHAR2(20), qty NUMBER(10));

CREATE OR REPLACE PROCEDURE inv.receive(p_sku VARCHAR2, p_qty NUMBER) IS
BEGIN
  MERGE INTO inv.stock s
  USING (SELECT p_sku AS sku, p_qty AS qty FROM dual) d
  ON (s.sku = d.sku)
  WHEN MATCHED THEN UPDATE SET s.qty = s.qty + d.qty
  WHEN NOT MATCHED THEN INSERT (sku, qty) VALUES (d.sku, d.qty);
END;
/
CREATE OR REPLACE PROCEDURE inv.apply_deliveries IS
BEGIN
  MERGE INTO inv.stock s
  USING (SELECT sku, SUM(qty) AS qty FROM inv.deliveries GROUP BY sku) d
  ON (s.sku = d.sku)
  WHEN MATCHED THEN UPDATE SET s.qty = s.qty + d.qty
  WHEN NOT MATCHED THEN INSERT (sku, qty) VALUES (d.sku, d.qty);
  DELETE FROM inv.deliveries;
END;
/
