-- schema shopaud [converted]
CREATE DATABASE IF NOT EXISTS shopaud CHARACTER SET utf8mb4;

-- table shopaud.products [converted]
CREATE TABLE shopaud.products (
  id BIGINT NOT NULL,
  name VARCHAR(50),
  price DECIMAL(10,2),
  changed DATETIME,
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

-- table shopaud.product_log [converted]
CREATE TABLE shopaud.product_log (
  product_id BIGINT,
  action VARCHAR(10),
  old_price DECIMAL(10,2),
  new_price DECIMAL(10,2)
) DEFAULT CHARSET = utf8mb4;

-- trigger shopaud.products_bu [converted]
DROP TRIGGER IF EXISTS shopaud.products_bu$ins;
DELIMITER $$
CREATE TRIGGER shopaud.products_bu$ins BEFORE INSERT ON shopaud.products FOR EACH ROW
BEGIN
  SET NEW.name = UPPER(NEW.name);
  SET NEW.changed = CAST(DATE_FORMAT(NOW(6), '%Y-%m-%d %H:%i:%s') AS DATETIME);
END$$
DELIMITER ;

DROP TRIGGER IF EXISTS shopaud.products_bu$upd;
DELIMITER $$
CREATE TRIGGER shopaud.products_bu$upd BEFORE UPDATE ON shopaud.products FOR EACH ROW
BEGIN
  SET NEW.name = UPPER(NEW.name);
  SET NEW.changed = CAST(DATE_FORMAT(NOW(6), '%Y-%m-%d %H:%i:%s') AS DATETIME);
END$$
DELIMITER ;

-- trigger shopaud.products_log [converted]
DROP TRIGGER IF EXISTS shopaud.products_log$ins;
DELIMITER $$
CREATE TRIGGER shopaud.products_log$ins AFTER INSERT ON shopaud.products FOR EACH ROW
BEGIN
  INSERT INTO shopaud.product_log
  VALUES (NEW.id, 'INSERT', NULL, NEW.price);
END$$
DELIMITER ;

DROP TRIGGER IF EXISTS shopaud.products_log$upd;
DELIMITER $$
CREATE TRIGGER shopaud.products_log$upd AFTER UPDATE ON shopaud.products FOR EACH ROW
BEGIN
  INSERT INTO shopaud.product_log
  VALUES (NEW.id, 'UPDATE', OLD.price, NEW.price);
END$$
DELIMITER ;

DROP TRIGGER IF EXISTS shopaud.products_log$del;
DELIMITER $$
CREATE TRIGGER shopaud.products_log$del AFTER DELETE ON shopaud.products FOR EACH ROW
BEGIN
  INSERT INTO shopaud.product_log
  VALUES (OLD.id, 'DELETE', OLD.price, NULL);
END$$
DELIMITER ;

