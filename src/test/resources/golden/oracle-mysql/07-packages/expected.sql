-- schema bank [converted]
CREATE DATABASE IF NOT EXISTS bank CHARACTER SET utf8mb4;

-- table bank.accounts [converted]
CREATE TABLE bank.accounts (
  id BIGINT NOT NULL,
  balance DECIMAL(12,2) NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

-- package bank.acct [converted]
DROP PROCEDURE IF EXISTS bank.acct$godwit_init;
DELIMITER $$
CREATE PROCEDURE bank.acct$godwit_init()
SQL SECURITY INVOKER
BEGIN
  IF @`acct$godwit_init$done` IS NULL THEN
    SET @`acct$godwit_init$done` = TRUE;
    SET @`acct$g_calls` = 0;
  END IF;
END$$
DELIMITER ;

DROP FUNCTION IF EXISTS bank.acct$balance_of;
DELIMITER $$
CREATE FUNCTION bank.acct$balance_of(p_id DECIMAL(65,30))
RETURNS DECIMAL(65,30)
NOT DETERMINISTIC READS SQL DATA
SQL SECURITY INVOKER
BEGIN
  DECLARE v DECIMAL(65,30);
  BEGIN
    DECLARE EXIT HANDLER FOR NOT FOUND SIGNAL SQLSTATE 'P0002' SET MESSAGE_TEXT = 'no data found';
    SELECT balance INTO v
    FROM bank.accounts
    WHERE id = p_id;
  END;
  RETURN v;
END$$
DELIMITER ;

DROP PROCEDURE IF EXISTS bank.acct$deposit;
DELIMITER $$
CREATE PROCEDURE bank.acct$deposit(IN p_id DECIMAL(65,30), IN p_amount DECIMAL(65,30))
SQL SECURITY INVOKER
BEGIN
  CALL bank.acct$godwit_init();
  SET @`acct$g_calls` = CAST(@`acct$g_calls` AS DECIMAL(65,30)) + 1;
  UPDATE bank.accounts
  SET balance = balance + p_amount
  WHERE id = p_id;
END$$
DELIMITER ;

DROP FUNCTION IF EXISTS bank.acct$calls;
DELIMITER $$
CREATE FUNCTION bank.acct$calls()
RETURNS DECIMAL(65,30)
NOT DETERMINISTIC READS SQL DATA
SQL SECURITY INVOKER
BEGIN
  CALL bank.acct$godwit_init();
  RETURN CAST(@`acct$g_calls` AS DECIMAL(65,30));
END$$
DELIMITER ;

