-- A sequence that only feeds one column (through a BEFORE INSERT trigger) becomes AUTO_INCREMENT;
-- a sequence used by two tables stays a sequence.
CREATE TABLE shop.items (
  item_id NUMBER(10) NOT NULL,
  label VARCHAR2(40) NOT NULL,
  CONSTRAINT items_pk PRIMARY KEY (item_id)
);
CREATE SEQUENCE shop.items_seq START WITH 100 INCREMENT BY 1 NOCACHE;
CREATE OR REPLACE TRIGGER shop.items_bi
BEFORE INSERT ON shop.items
FOR EACH ROW
BEGIN
  IF :NEW.item_id IS NULL THEN
    :NEW.item_id := shop.items_seq.NEXTVAL;
  END IF;
END;
/
CREATE SEQUENCE shop.shared_seq START WITH 1;
CREATE TABLE shop.notes (note_id NUMBER(10) DEFAULT shop.shared_seq.NEXTVAL PRIMARY KEY, body VARCHAR2(100));
CREATE TABLE shop.tags (tag_id NUMBER(10) DEFAULT shop.shared_seq.NEXTVAL PRIMARY KEY, tag VARCHAR2(30));
