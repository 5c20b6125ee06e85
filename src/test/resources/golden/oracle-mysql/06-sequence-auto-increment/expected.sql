-- schema shop [converted]
CREATE DATABASE IF NOT EXISTS shop CHARACTER SET utf8mb4;

-- sequence shop.shared_seq [converted]
CREATE TABLE shop.shared_seq (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY
) COMMENT = 'Godwit sequence: START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775806';
DROP FUNCTION IF EXISTS shop.shared_seq$nextval;
DELIMITER $$
CREATE FUNCTION shop.shared_seq$nextval() RETURNS BIGINT
  NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
  DECLARE n DECIMAL(65,0);
  DECLARE v DECIMAL(65,0);
  INSERT INTO shop.shared_seq () VALUES ();
  SET n = LAST_INSERT_ID();
  DELETE FROM shop.shared_seq WHERE id = n;
  SET n = n - 1;
  SET v = 1 + n * 1;
  IF v > 9223372036854775806 THEN
    SIGNAL SQLSTATE '72000' SET MESSAGE_TEXT = 'shop.shared_seq.NEXTVAL exceeds MAXVALUE';
  END IF;
  SET @`shop.shared_seq$currval` = v;
  RETURN v;
END$$
DELIMITER ;
DROP FUNCTION IF EXISTS shop.shared_seq$currval;
DELIMITER $$
CREATE FUNCTION shop.shared_seq$currval() RETURNS BIGINT
  NOT DETERMINISTIC NO SQL
BEGIN
  IF @`shop.shared_seq$currval` IS NULL THEN
    SIGNAL SQLSTATE '72000' SET MESSAGE_TEXT = 'CURRVAL is not yet defined in this session';
  END IF;
  RETURN @`shop.shared_seq$currval`;
END$$
DELIMITER ;

-- table shop.items [converted]
CREATE TABLE shop.items (
  item_id BIGINT NOT NULL AUTO_INCREMENT,
  label VARCHAR(40) NOT NULL,
  PRIMARY KEY (item_id)
) DEFAULT CHARSET = utf8mb4 AUTO_INCREMENT = 100;

-- table shop.notes [actions]
CREATE TABLE shop.notes (
  note_id BIGINT NOT NULL  /* GODWIT MY-2020: DEFAULT SHOP.SHARED_SEQ.NEXTVAL */,
  body VARCHAR(100),
  PRIMARY KEY (note_id)
) DEFAULT CHARSET = utf8mb4;

-- table shop.tags [actions]
CREATE TABLE shop.tags (
  tag_id BIGINT NOT NULL  /* GODWIT MY-2020: DEFAULT SHOP.SHARED_SEQ.NEXTVAL */,
  tag VARCHAR(30),
  PRIMARY KEY (tag_id)
) DEFAULT CHARSET = utf8mb4;

