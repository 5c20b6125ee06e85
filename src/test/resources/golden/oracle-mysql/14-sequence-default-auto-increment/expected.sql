-- schema crm [converted]
CREATE DATABASE IF NOT EXISTS crm CHARACTER SET utf8mb4;

-- sequence crm.note_seq [converted]
CREATE TABLE crm.note_seq (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY
) COMMENT = 'Godwit sequence: START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775806';
DROP FUNCTION IF EXISTS crm.note_seq$nextval;
DELIMITER $$
CREATE FUNCTION crm.note_seq$nextval() RETURNS BIGINT
  NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
  DECLARE n DECIMAL(65,0);
  DECLARE v DECIMAL(65,0);
  INSERT INTO crm.note_seq () VALUES ();
  SET n = LAST_INSERT_ID();
  DELETE FROM crm.note_seq WHERE id = n;
  SET n = n - 1;
  SET v = 1 + n * 1;
  IF v > 9223372036854775806 THEN
    SIGNAL SQLSTATE '72000' SET MESSAGE_TEXT = 'crm.note_seq.NEXTVAL exceeds MAXVALUE';
  END IF;
  SET @`crm.note_seq$currval` = v;
  RETURN v;
END$$
DELIMITER ;
DROP FUNCTION IF EXISTS crm.note_seq$currval;
DELIMITER $$
CREATE FUNCTION crm.note_seq$currval() RETURNS BIGINT
  NOT DETERMINISTIC NO SQL
BEGIN
  IF @`crm.note_seq$currval` IS NULL THEN
    SIGNAL SQLSTATE '72000' SET MESSAGE_TEXT = 'CURRVAL is not yet defined in this session';
  END IF;
  RETURN @`crm.note_seq$currval`;
END$$
DELIMITER ;

-- sequence crm.visit_seq [converted]
CREATE TABLE crm.visit_seq (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY
) COMMENT = 'Godwit sequence: START WITH 10 INCREMENT BY 10 MINVALUE 1 MAXVALUE 9223372036854775806';
DROP FUNCTION IF EXISTS crm.visit_seq$nextval;
DELIMITER $$
CREATE FUNCTION crm.visit_seq$nextval() RETURNS BIGINT
  NOT DETERMINISTIC MODIFIES SQL DATA
BEGIN
  DECLARE n DECIMAL(65,0);
  DECLARE v DECIMAL(65,0);
  INSERT INTO crm.visit_seq () VALUES ();
  SET n = LAST_INSERT_ID();
  DELETE FROM crm.visit_seq WHERE id = n;
  SET n = n - 1;
  SET v = 10 + n * 10;
  IF v > 9223372036854775806 THEN
    SIGNAL SQLSTATE '72000' SET MESSAGE_TEXT = 'crm.visit_seq.NEXTVAL exceeds MAXVALUE';
  END IF;
  SET @`crm.visit_seq$currval` = v;
  RETURN v;
END$$
DELIMITER ;
DROP FUNCTION IF EXISTS crm.visit_seq$currval;
DELIMITER $$
CREATE FUNCTION crm.visit_seq$currval() RETURNS BIGINT
  NOT DETERMINISTIC NO SQL
BEGIN
  IF @`crm.visit_seq$currval` IS NULL THEN
    SIGNAL SQLSTATE '72000' SET MESSAGE_TEXT = 'CURRVAL is not yet defined in this session';
  END IF;
  RETURN @`crm.visit_seq$currval`;
END$$
DELIMITER ;

-- table crm.customers [converted]
CREATE TABLE crm.customers (
  customer_id BIGINT NOT NULL AUTO_INCREMENT,
  name VARCHAR(60) NOT NULL,
  PRIMARY KEY (customer_id)
) DEFAULT CHARSET = utf8mb4 AUTO_INCREMENT = 500;

-- table crm.contacts [converted]
CREATE TABLE crm.contacts (
  contact_id BIGINT NOT NULL AUTO_INCREMENT,
  customer_id BIGINT NOT NULL,
  email VARCHAR(100),
  CONSTRAINT contacts_uk UNIQUE (contact_id)
) DEFAULT CHARSET = utf8mb4 AUTO_INCREMENT = 7;

-- table crm.notes [converted]
CREATE TABLE crm.notes (
  note_id BIGINT NOT NULL,
  body VARCHAR(200)
) DEFAULT CHARSET = utf8mb4;

-- table crm.visits [converted]
CREATE TABLE crm.visits (
  visit_id BIGINT NOT NULL,
  at_date DATETIME,
  PRIMARY KEY (visit_id)
) DEFAULT CHARSET = utf8mb4;

-- trigger crm.notes_bi [converted]
DROP TRIGGER IF EXISTS crm.notes_bi;
DELIMITER $$
CREATE TRIGGER crm.notes_bi BEFORE INSERT ON crm.notes FOR EACH ROW
BEGIN
  SET NEW.note_id = crm.note_seq$nextval();
END$$
DELIMITER ;

-- trigger crm.visits_bi [converted]
DROP TRIGGER IF EXISTS crm.visits_bi;
DELIMITER $$
CREATE TRIGGER crm.visits_bi BEFORE INSERT ON crm.visits FOR EACH ROW
BEGIN
  SET NEW.visit_id = crm.visit_seq$nextval();
END$$
DELIMITER ;

