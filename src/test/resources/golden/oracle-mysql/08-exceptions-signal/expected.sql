-- schema hr [converted]
CREATE DATABASE IF NOT EXISTS hr CHARACTER SET utf8mb4;

-- table hr.staff [converted]
CREATE TABLE hr.staff (
  id BIGINT NOT NULL,
  name VARCHAR(50) NOT NULL,
  salary DECIMAL(10,2),
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

-- function hr.salary_of [converted]
DROP FUNCTION IF EXISTS hr.salary_of;
DELIMITER $$
CREATE FUNCTION hr.salary_of(p_id DECIMAL(65,30))
RETURNS DECIMAL(65,30)
NOT DETERMINISTIC READS SQL DATA
SQL SECURITY INVOKER
BEGIN
  DECLARE v_salary DECIMAL(65,30);
  DECLARE EXIT HANDLER FOR SQLSTATE 'P0002'
  BEGIN
    RETURN -1;
  END;
  BEGIN
    DECLARE EXIT HANDLER FOR NOT FOUND SIGNAL SQLSTATE 'P0002' SET MESSAGE_TEXT = 'no data found';
    SELECT salary INTO v_salary
    FROM hr.staff
    WHERE id = p_id;
  END;
  RETURN v_salary;
END$$
DELIMITER ;

-- procedure hr.raise_salary [converted]
DROP PROCEDURE IF EXISTS hr.raise_salary;
DELIMITER $$
CREATE PROCEDURE hr.raise_salary(IN p_id DECIMAL(65,30), IN p_pct DECIMAL(65,30))
SQL SECURITY INVOKER
BEGIN
  DECLARE godwit_row_count BIGINT DEFAULT 0;
  DECLARE godwit_message VARCHAR(128);
  IF p_pct > 50 THEN
    SET godwit_message = LEFT(CONCAT_WS('', 'ORA-20001: ', 'raise too large: ', p_pct), 128);
    SIGNAL SQLSTATE 'U0FFL' SET MYSQL_ERRNO = 20001, MESSAGE_TEXT = godwit_message;
  END IF;
  UPDATE hr.staff
  SET salary = salary * (1 + p_pct / 100)
  WHERE id = p_id;
  SET godwit_row_count = ROW_COUNT();
  IF godwit_row_count = 0 THEN
    SET godwit_message = LEFT(CONCAT_WS('', 'ORA-20002: ', 'no such employee'), 128);
    SIGNAL SQLSTATE 'U0FFM' SET MYSQL_ERRNO = 20002, MESSAGE_TEXT = godwit_message;
  END IF;
END$$
DELIMITER ;

-- procedure hr.add_staff [converted]
DROP PROCEDURE IF EXISTS hr.add_staff;
DELIMITER $$
CREATE PROCEDURE hr.add_staff(IN p_id DECIMAL(65,30), IN p_name LONGTEXT)
SQL SECURITY INVOKER
BEGIN
  DECLARE EXIT HANDLER FOR 1062, 1586
  BEGIN
    UPDATE hr.staff
    SET name = p_name
    WHERE id = p_id;
  END;
  INSERT INTO hr.staff (id, name, salary)
  VALUES (p_id, p_name, 1000);
END$$
DELIMITER ;

