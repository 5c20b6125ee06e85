-- schema inv [converted]
CREATE DATABASE IF NOT EXISTS inv CHARACTER SET utf8mb4;

-- table inv.stock [converted]
CREATE TABLE inv.stock (
  sku VARCHAR(20) NOT NULL,
  qty BIGINT NOT NULL,
  PRIMARY KEY (sku)
) DEFAULT CHARSET = utf8mb4;

-- table inv.deliveries [converted]
CREATE TABLE inv.deliveries (
  sku VARCHAR(20),
  qty BIGINT
) DEFAULT CHARSET = utf8mb4;

-- procedure inv.receive [converted]
DROP PROCEDURE IF EXISTS inv.receive;
DELIMITER $$
CREATE PROCEDURE inv.receive(IN p_sku LONGTEXT, IN p_qty DECIMAL(65,30))
SQL SECURITY INVOKER
BEGIN
  INSERT INTO inv.stock (sku, qty)
  SELECT d.sku, d.qty
  FROM (SELECT p_sku AS sku, p_qty AS qty) d
  ON DUPLICATE KEY UPDATE qty = stock.qty + d.qty;
END$$
DELIMITER ;

-- procedure inv.apply_deliveries [converted]
DROP PROCEDURE IF EXISTS inv.apply_deliveries;
DELIMITER $$
CREATE PROCEDURE inv.apply_deliveries()
SQL SECURITY INVOKER
BEGIN
  INSERT INTO inv.stock (sku, qty)
  SELECT d.sku, d.qty
  FROM (SELECT sku, SUM(qty) AS qty
  FROM inv.deliveries
  GROUP BY sku) d
  ON DUPLICATE KEY UPDATE qty = stock.qty + d.qty;
  DELETE FROM inv.deliveries;
END$$
DELIMITER ;

