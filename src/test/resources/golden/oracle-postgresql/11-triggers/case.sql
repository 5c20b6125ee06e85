-- Triggers: row BEFORE/AFTER with :NEW/:OLD, INSERTING/UPDATING, WHEN, statement level, INSTEAD OF,
-- and a compound trigger without shared state (one trigger per timing point, case 29).
CREATE TABLE item (id NUMBER(10) PRIMARY KEY, name VARCHAR2(40), price NUMBER(10,2), updated DATE);
CREATE TABLE item_audit (item_id NUMBER(10), action VARCHAR2(10), old_price NUMBER(10,2), new_price NUMBER(10,2));
CREATE TABLE stmt_log (note VARCHAR2(40));

CREATE OR REPLACE TRIGGER item_bi
BEFORE INSERT OR UPDATE ON item
FOR EACH ROW
BEGIN
  :NEW.name := UPPER(:NEW.name);
  IF INSERTING THEN
    :NEW.updated := SYSDATE;
  END IF;
END;
/
CREATE OR REPLACE TRIGGER item_au
AFTER UPDATE OF price ON item
FOR EACH ROW
WHEN (NEW.price > OLD.price)
BEGIN
  INSERT INTO item_audit (item_id, action, old_price, new_price)
  VALUES (:OLD.id, CASE WHEN UPDATING THEN 'UPDATE' ELSE 'OTHER' END, :OLD.price, :NEW.price);
END;
/
CREATE OR REPLACE TRIGGER item_stmt
AFTER DELETE ON item
BEGIN
  INSERT INTO stmt_log (note) VALUES ('deleted');
END;
/
CREATE OR REPLACE VIEW item_v AS SELECT id, name, price FROM item;

CREATE OR REPLACE TRIGGER item_v_ioi
INSTEAD OF INSERT ON item_v
FOR EACH ROW
BEGIN
  INSERT INTO item (id, name, price) VALUES (:NEW.id, :NEW.name, :NEW.price);
END;
/
CREATE OR REPLACE TRIGGER item_compound
FOR UPDATE ON item
COMPOUND TRIGGER
  AFTER STATEMENT IS
  BEGIN
    NULL;
  END AFTER STATEMENT;
END item_compound;
/
