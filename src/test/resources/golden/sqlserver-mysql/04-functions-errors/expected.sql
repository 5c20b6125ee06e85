-- schema dbo [converted]
CREATE DATABASE IF NOT EXISTS dbo CHARACTER SET utf8mb4;

-- table dbo.items [converted]
CREATE TABLE dbo.items (
  itemid INT NOT NULL AUTO_INCREMENT,
  code VARCHAR(10) NOT NULL,
  price DECIMAL(10,2) NOT NULL,
  qty INT NOT NULL DEFAULT 0,
  stock DECIMAL(65,30) GENERATED ALWAYS AS (price * qty) STORED,
  added DATE NOT NULL DEFAULT (CAST(NOW(6) AS DATE)),
  PRIMARY KEY (itemid),
  CONSTRAINT uq_items_code UNIQUE (code),
  CONSTRAINT ck_items_price CHECK (price >= 0)
) DEFAULT CHARSET = utf8mb4;

-- function dbo.grade [converted]
DROP FUNCTION IF EXISTS dbo.grade;
DELIMITER $$
CREATE FUNCTION dbo.grade(score INT)
RETURNS VARCHAR(10)
NOT DETERMINISTIC READS SQL DATA
SQL SECURITY INVOKER
BEGIN
  DECLARE g VARCHAR(10);
  IF score IS NULL THEN
    SET g = 'none';
  ELSE
    IF score >= 90 THEN
      SET g = 'A';
    ELSE
      IF score >= 75 THEN
        SET g = 'B';
      ELSE
        SET g = 'C';
      END IF;
    END IF;
  END IF;
  RETURN g;
END$$
DELIMITER ;

-- function dbo.padcode [converted]
DROP FUNCTION IF EXISTS dbo.padcode;
DELIMITER $$
CREATE FUNCTION dbo.padcode(code VARCHAR(10), width INT)
RETURNS VARCHAR(20)
NOT DETERMINISTIC READS SQL DATA
SQL SECURITY INVOKER
BEGIN
  RETURN RIGHT(CONCAT(REPEAT('0', width), code), width);
END$$
DELIMITER ;

-- function dbo.stockvalue [actions]
DROP FUNCTION IF EXISTS dbo.stockvalue;
DELIMITER $$
CREATE FUNCTION dbo.stockvalue(p_itemid INT)
RETURNS DECIMAL(12,2)
NOT DETERMINISTIC READS SQL DATA
SQL SECURITY INVOKER
BEGIN
  DECLARE godwit_nf BOOLEAN DEFAULT FALSE;
  DECLARE v DECIMAL(12,2);
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET godwit_nf = TRUE;
  BEGIN
    DECLARE godwit_row$value_1 LONGTEXT;
    DECLARE godwit_cursor2 CURSOR FOR
      SELECT stock AS value_1
      FROM dbo.items
      WHERE itemid = p_itemid;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET godwit_nf = TRUE;
    OPEN godwit_cursor2;
    godwit_loop1: LOOP
      SET godwit_nf = FALSE;
      FETCH godwit_cursor2 INTO godwit_row$value_1;
      IF godwit_nf THEN
        LEAVE godwit_loop1;
      END IF;
      SET v = godwit_row$value_1;
    END LOOP godwit_loop1;
    CLOSE godwit_cursor2;
  END;
  RETURN COALESCE(v, 0);
END$$
DELIMITER ;

-- procedure dbo.additem [converted]
DROP PROCEDURE IF EXISTS dbo.additem;
DELIMITER $$
CREATE PROCEDURE dbo.additem(IN code VARCHAR(10), IN price DECIMAL(10,2), IN qty INT, INOUT newid INT, INOUT message VARCHAR(200))
SQL SECURITY INVOKER
BEGIN
  DECLARE godwit_errno INT DEFAULT 0;
  DECLARE godwit_errmsg TEXT;
  DECLARE godwit_sqlstate CHAR(5);
  BEGIN
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
      GET DIAGNOSTICS CONDITION 1 godwit_errno = MYSQL_ERRNO, godwit_errmsg = MESSAGE_TEXT, godwit_sqlstate = RETURNED_SQLSTATE;
      SET newid = -1;
      SET message = CONCAT('error: ', godwit_errmsg);
    END;
    IF qty < 0 THEN
      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'negative quantity';
    END IF;
    INSERT INTO dbo.items (code, price, qty)
    VALUES (code, price, qty);
    SET newid = LAST_INSERT_ID();
    SET message = CONCAT('added ', dbo.padcode(code, 6));
  END;
END$$
DELIMITER ;

-- procedure dbo.restock [converted]
DROP PROCEDURE IF EXISTS dbo.restock;
DELIMITER $$
CREATE PROCEDURE dbo.restock(IN rounds INT, INOUT added INT)
SQL SECURITY INVOKER
BEGIN
  DECLARE godwit_row_count BIGINT DEFAULT 0;
  DECLARE n INT;
  SET n = 0;
  SET added = 0;
  godwit_loop1: WHILE n < rounds DO
    SET n = n + 1;
    UPDATE dbo.items
    SET qty = qty + n
    WHERE qty < 100;
    SET godwit_row_count = ROW_COUNT();
    SET added = added + godwit_row_count;
  END WHILE godwit_loop1;
  IF added = 0 THEN
    SIGNAL SQLSTATE 'U12L6' SET MYSQL_ERRNO = 50010, MESSAGE_TEXT = 'nothing to restock';
  END IF;
END$$
DELIMITER ;

-- index dbo.ix_items_added [converted]
CREATE INDEX ix_items_added ON dbo.items (added DESC, code);

