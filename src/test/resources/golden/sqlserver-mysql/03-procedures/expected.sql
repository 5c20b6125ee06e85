-- schema dbo [converted]
CREATE DATABASE IF NOT EXISTS dbo CHARACTER SET utf8mb4;

-- table dbo.accounts [converted]
CREATE TABLE dbo.accounts (
  accountid INT NOT NULL,
  owner VARCHAR(40) NOT NULL,
  balance DECIMAL(12,2) NOT NULL DEFAULT 0,
  PRIMARY KEY (accountid)
) DEFAULT CHARSET = utf8mb4;

-- table dbo.auditlog [converted]
CREATE TABLE dbo.auditlog (
  logid INT NOT NULL AUTO_INCREMENT,
  accountid INT,
  note VARCHAR(200) NOT NULL,
  PRIMARY KEY (logid)
) DEFAULT CHARSET = utf8mb4;

-- procedure dbo.openaccount [actions]
DROP PROCEDURE IF EXISTS dbo.openaccount;
DELIMITER $$
CREATE PROCEDURE dbo.openaccount(IN accountid INT, IN owner VARCHAR(40), IN initial DECIMAL(12,2))
SQL SECURITY INVOKER
BEGIN
  INSERT INTO dbo.accounts (accountid, owner, balance)
  VALUES (accountid, owner, initial);
  INSERT INTO dbo.auditlog (accountid, note)
  VALUES (accountid, CONCAT('opened for ', owner));
END$$
DELIMITER ;

-- procedure dbo.deposit [converted]
DROP PROCEDURE IF EXISTS dbo.deposit;
DELIMITER $$
CREATE PROCEDURE dbo.deposit(IN p_accountid INT, IN amount DECIMAL(12,2), INOUT newbalance DECIMAL(12,2), INOUT updated INT)
SQL SECURITY INVOKER
locals: BEGIN
  DECLARE godwit_nf BOOLEAN DEFAULT FALSE;
  DECLARE godwit_row_count BIGINT DEFAULT 0;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET godwit_nf = TRUE;
  UPDATE dbo.accounts
  SET balance = balance + amount
  WHERE accountid = p_accountid;
  SET godwit_row_count = ROW_COUNT();
  SET updated = godwit_row_count;
  IF updated = 0 THEN
    SET newbalance = NULL;
    LEAVE locals;
  ELSE
    BEGIN
      DECLARE godwit_row$value_1 DECIMAL(12,2);
      DECLARE godwit_cursor2 CURSOR FOR
        SELECT balance AS value_1
        FROM dbo.accounts
        WHERE accountid = p_accountid;
      DECLARE CONTINUE HANDLER FOR NOT FOUND SET godwit_nf = TRUE;
      OPEN godwit_cursor2;
      godwit_loop1: LOOP
        SET godwit_nf = FALSE;
        FETCH godwit_cursor2 INTO godwit_row$value_1;
        IF godwit_nf THEN
          LEAVE godwit_loop1;
        END IF;
        SET newbalance = godwit_row$value_1;
      END LOOP godwit_loop1;
      CLOSE godwit_cursor2;
    END;
  END IF;
END locals$$
DELIMITER ;

-- procedure dbo.sumevens [converted]
DROP PROCEDURE IF EXISTS dbo.sumevens;
DELIMITER $$
CREATE PROCEDURE dbo.sumevens(IN `limit` INT, INOUT total INT)
SQL SECURITY INVOKER
BEGIN
  DECLARE godwit_message VARCHAR(128);
  DECLARE i INT;
  DECLARE label VARCHAR(20);
  SET i = 0;
  SET total = 0;
  godwit_loop1: WHILE 1 = 1 DO
    SET i = i + 1;
    IF i > `limit` THEN
      LEAVE godwit_loop1;
    END IF;
    IF i % 2 = 1 THEN
      ITERATE godwit_loop1;
    END IF;
    SET total = total + i;
  END WHILE godwit_loop1;
  SET label = CONCAT('total ', CAST(total AS CHAR(10)));
  SET godwit_message = LEFT(label, 128);
  SIGNAL SQLSTATE '01000' SET MESSAGE_TEXT = godwit_message;
END$$
DELIMITER ;

-- procedure dbo.withdraw [converted]
DROP PROCEDURE IF EXISTS dbo.withdraw;
DELIMITER $$
CREATE PROCEDURE dbo.withdraw(IN p_accountid INT, IN amount DECIMAL(12,2), INOUT result VARCHAR(200))
SQL SECURITY INVOKER
BEGIN
  DECLARE godwit_nf BOOLEAN DEFAULT FALSE;
  DECLARE godwit_errno INT DEFAULT 0;
  DECLARE godwit_errmsg TEXT;
  DECLARE godwit_sqlstate CHAR(5);
  DECLARE v_balance DECIMAL(12,2);
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET godwit_nf = TRUE;
  BEGIN
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
      GET DIAGNOSTICS CONDITION 1 godwit_errno = MYSQL_ERRNO, godwit_errmsg = MESSAGE_TEXT, godwit_sqlstate = RETURNED_SQLSTATE;
      SET result = CONCAT('failed: ', godwit_errmsg);
      INSERT INTO dbo.auditlog (accountid, note)
      VALUES (p_accountid, result);
    END;
    BEGIN
      DECLARE godwit_row$value_1 DECIMAL(12,2);
      DECLARE godwit_cursor2 CURSOR FOR
        SELECT balance AS value_1
        FROM dbo.accounts
        WHERE accountid = p_accountid;
      DECLARE CONTINUE HANDLER FOR NOT FOUND SET godwit_nf = TRUE;
      OPEN godwit_cursor2;
      godwit_loop1: LOOP
        SET godwit_nf = FALSE;
        FETCH godwit_cursor2 INTO godwit_row$value_1;
        IF godwit_nf THEN
          LEAVE godwit_loop1;
        END IF;
        SET v_balance = godwit_row$value_1;
      END LOOP godwit_loop1;
      CLOSE godwit_cursor2;
    END;
    IF v_balance < amount THEN
      SIGNAL SQLSTATE 'U12KX' SET MYSQL_ERRNO = 50001, MESSAGE_TEXT = 'Insufficient funds';
    END IF;
    UPDATE dbo.accounts
    SET balance = balance - amount
    WHERE accountid = p_accountid;
    SET result = 'ok';
  END;
END$$
DELIMITER ;

-- procedure dbo.closeaccount [converted]
DROP PROCEDURE IF EXISTS dbo.closeaccount;
DELIMITER $$
CREATE PROCEDURE dbo.closeaccount(IN p_accountid INT)
SQL SECURITY INVOKER
BEGIN
  DECLARE godwit_row_count BIGINT DEFAULT 0;
  DELETE FROM dbo.accounts
  WHERE accountid = p_accountid;
  SET godwit_row_count = ROW_COUNT();
  IF godwit_row_count = 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'no such account';
  END IF;
  CALL dbo.openaccount(0, 'closed', 0);
END$$
DELIMITER ;

-- function dbo.ownerof [converted]
DROP FUNCTION IF EXISTS dbo.ownerof;
DELIMITER $$
CREATE FUNCTION dbo.ownerof(p_accountid INT)
RETURNS VARCHAR(40)
NOT DETERMINISTIC READS SQL DATA
SQL SECURITY INVOKER
BEGIN
  DECLARE godwit_nf BOOLEAN DEFAULT FALSE;
  DECLARE v_owner VARCHAR(40);
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET godwit_nf = TRUE;
  BEGIN
    DECLARE godwit_row$value_1 VARCHAR(40);
    DECLARE godwit_cursor2 CURSOR FOR
      SELECT owner AS value_1
      FROM dbo.accounts
      WHERE accountid = p_accountid;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET godwit_nf = TRUE;
    OPEN godwit_cursor2;
    godwit_loop1: LOOP
      SET godwit_nf = FALSE;
      FETCH godwit_cursor2 INTO godwit_row$value_1;
      IF godwit_nf THEN
        LEAVE godwit_loop1;
      END IF;
      SET v_owner = godwit_row$value_1;
    END LOOP godwit_loop1;
    CLOSE godwit_cursor2;
  END;
  IF v_owner IS NULL THEN
    SET v_owner = 'none';
  END IF;
  RETURN v_owner;
END$$
DELIMITER ;

-- function dbo.factorial [converted]
DROP FUNCTION IF EXISTS dbo.factorial;
DELIMITER $$
CREATE FUNCTION dbo.factorial(n INT)
RETURNS BIGINT
NOT DETERMINISTIC READS SQL DATA
SQL SECURITY INVOKER
BEGIN
  DECLARE r BIGINT;
  SET r = 1;
  godwit_loop1: WHILE n > 1 DO
    SET r = r * n;
    SET n = n - 1;
  END WHILE godwit_loop1;
  RETURN r;
END$$
DELIMITER ;

-- procedure dbo.withstatus [actions]
DROP PROCEDURE IF EXISTS dbo.withstatus;
DELIMITER $$
CREATE PROCEDURE dbo.withstatus(IN p_accountid INT, INOUT return_status INT)
SQL SECURITY INVOKER
locals: BEGIN
  SET return_status = 0;
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'GODWIT MSS-1012: statement not converted at line 112'; /* GODWIT MSS-1012: BEGIN TRANSACTION */
  UPDATE dbo.accounts
  SET balance = 0
  WHERE accountid = p_accountid;
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'GODWIT MSS-1012: statement not converted at line 114'; /* GODWIT MSS-1012: COMMIT */
  BEGIN
    SET return_status = 1;
    LEAVE locals;
  END;
END locals$$
DELIMITER ;

