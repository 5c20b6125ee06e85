-- Converted from Oracle trigger HR.EMP_AUDIT_TRG
DELIMITER //
CREATE TRIGGER emp_audit_trg BEFORE INSERT ON employees
FOR EACH ROW
BEGIN
  SET NEW.created_by = 'trigger';
END//
DELIMITER ;
