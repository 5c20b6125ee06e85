-- schema app [converted]
CREATE DATABASE IF NOT EXISTS app CHARACTER SET utf8mb4;

-- sequence app.order_seq [converted]
CREATE TABLE app.order_seq (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY
) COMMENT = 'Godwit sequence: START WITH 1001 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775806';
DROP FUNCTION IF EXISTS app.order_seq$nextval;
DELIMITER $$
CREATE FUNCTION app.order_seq$nextval() RETURNS BIGINT
  NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
  DECLARE n DECIMAL(65,0);
  DECLARE v DECIMAL(65,0);
  INSERT INTO app.order_seq () VALUES ();
  SET n = LAST_INSERT_ID();
  DELETE FROM app.order_seq WHERE id = n;
  SET n = n - 1;
  SET v = 1001 + n * 1;
  IF v > 9223372036854775806 THEN
    SIGNAL SQLSTATE '72000' SET MESSAGE_TEXT = 'app.order_seq.NEXTVAL exceeds MAXVALUE';
  END IF;
  SET @`app.order_seq$currval` = v;
  RETURN v;
END$$
DELIMITER ;
DROP FUNCTION IF EXISTS app.order_seq$currval;
DELIMITER $$
CREATE FUNCTION app.order_seq$currval() RETURNS BIGINT
  NOT DETERMINISTIC NO SQL
BEGIN
  IF @`app.order_seq$currval` IS NULL THEN
    SIGNAL SQLSTATE '72000' SET MESSAGE_TEXT = 'CURRVAL is not yet defined in this session';
  END IF;
  RETURN @`app.order_seq$currval`;
END$$
DELIMITER ;

-- sequence app.ring_seq [converted]
CREATE TABLE app.ring_seq (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY
) COMMENT = 'Godwit sequence: START WITH 1 INCREMENT BY 5 MINVALUE 1 MAXVALUE 100 CYCLE';
DROP FUNCTION IF EXISTS app.ring_seq$nextval;
DELIMITER $$
CREATE FUNCTION app.ring_seq$nextval() RETURNS BIGINT
  NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
  DECLARE n DECIMAL(65,0);
  DECLARE v DECIMAL(65,0);
  INSERT INTO app.ring_seq () VALUES ();
  SET n = LAST_INSERT_ID();
  DELETE FROM app.ring_seq WHERE id = n;
  SET n = n - 1;
  IF n < 20 THEN
    SET v = 1 + n * 5;
  ELSE
    SET v = 1 + MOD(n - 20, 20) * 5;
  END IF;
  SET @`app.ring_seq$currval` = v;
  RETURN v;
END$$
DELIMITER ;
DROP FUNCTION IF EXISTS app.ring_seq$currval;
DELIMITER $$
CREATE FUNCTION app.ring_seq$currval() RETURNS BIGINT
  NOT DETERMINISTIC NO SQL
BEGIN
  IF @`app.ring_seq$currval` IS NULL THEN
    SIGNAL SQLSTATE '72000' SET MESSAGE_TEXT = 'CURRVAL is not yet defined in this session';
  END IF;
  RETURN @`app.ring_seq$currval`;
END$$
DELIMITER ;

-- sequence app.down_seq [converted]
CREATE TABLE app.down_seq (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY
) COMMENT = 'Godwit sequence: START WITH -1 INCREMENT BY -1 MINVALUE -1000 MAXVALUE -1';
DROP FUNCTION IF EXISTS app.down_seq$nextval;
DELIMITER $$
CREATE FUNCTION app.down_seq$nextval() RETURNS BIGINT
  NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
  DECLARE n DECIMAL(65,0);
  DECLARE v DECIMAL(65,0);
  INSERT INTO app.down_seq () VALUES ();
  SET n = LAST_INSERT_ID();
  DELETE FROM app.down_seq WHERE id = n;
  SET n = n - 1;
  SET v = -1 + n * -1;
  IF v < -1000 THEN
    SIGNAL SQLSTATE '72000' SET MESSAGE_TEXT = 'app.down_seq.NEXTVAL exceeds MINVALUE';
  END IF;
  SET @`app.down_seq$currval` = v;
  RETURN v;
END$$
DELIMITER ;
DROP FUNCTION IF EXISTS app.down_seq$currval;
DELIMITER $$
CREATE FUNCTION app.down_seq$currval() RETURNS BIGINT
  NOT DETERMINISTIC NO SQL
BEGIN
  IF @`app.down_seq$currval` IS NULL THEN
    SIGNAL SQLSTATE '72000' SET MESSAGE_TEXT = 'CURRVAL is not yet defined in this session';
  END IF;
  RETURN @`app.down_seq$currval`;
END$$
DELIMITER ;

-- table app.tickets [actions]
CREATE TABLE app.tickets (
  ticket_id BIGINT NOT NULL AUTO_INCREMENT,
  code INT NOT NULL,
  order_no BIGINT  /* GODWIT MY-2020: DEFAULT APP.ORDER_SEQ.NEXTVAL */,
  title VARCHAR(100),
  KEY (ticket_id)
) DEFAULT CHARSET = utf8mb4 AUTO_INCREMENT = 10;

