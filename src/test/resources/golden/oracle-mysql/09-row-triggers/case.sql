-- Row triggers with :NEW/:OLD and INSERTING/UPDATING/DELETING; one trigger for three events.
CREATE TABLE shopaud.products (id NUMBER(10) PRIMARY KEY, name VARCHAR2(50), price NUMBER(10,2), changed DATE);
CREATE TABLE shopaud.product_log (product_id NUMBER(10), action VARCHAR2(10), old_price NUMBER(10,2), new_price NUMBER(10,2));

CREATE OR REPLACE TRIGGER shopaud.products_bu
BEFORE INSERT OR UPDATE ON shopaud.products
FOR EACH ROW
BEGIN
  :NEW.name := UPPER(:NEW.name);
  :NEW.changed := SYSDATE;
END;
/
CREATE OR REPLACE TRIGGER shopaud.products_log
AFTER INSERT OR UPDATE OR DELETE ON shopaud.products
FOR EACH ROW
BEGIN
  IF INSERTING THEN
    INSERT INTO shopaud.product_log VALUES (:NEW.id, 'INSERT', NULL, :NEW.price);
  ELSIF UPDATING THEN
    INSERT INTO shopaud.product_log VALUES (:NEW.id, 'UPDATE', :OLD.price, :NEW.price);
  ELSIF DELETING THEN
    INSERT INTO shopaud.product_log VALUES (:OLD.id, 'DELETE', :OLD.price, NULL);
  END IF;
END;
/
