-- A sequence that only feeds one column through its DEFAULT becomes AUTO_INCREMENT starting at the
-- sequence's start; so does one set by SELECT ... INTO :NEW.col FROM dual in a BEFORE INSERT trigger.
-- A sequence feeding a column that leads no key, and one counting by 10, stay sequences.
CREATE SEQUENCE crm.customer_seq START WITH 500 INCREMENT BY 1 CACHE 20;
CREATE TABLE crm.customers (
  customer_id NUMBER(10) DEFAULT crm.customer_seq.NEXTVAL NOT NULL,
  name VARCHAR2(60) NOT NULL
);
ALTER TABLE crm.customers ADD CONSTRAINT customers_pk PRIMARY KEY (customer_id);

CREATE SEQUENCE crm.contact_seq START WITH 7;
CREATE TABLE crm.contacts (
  contact_id NUMBER(10) NOT NULL,
  customer_id NUMBER(10) NOT NULL,
  email VARCHAR2(100),
  CONSTRAINT contacts_uk UNIQUE (contact_id)
);
CREATE OR REPLACE TRIGGER crm.contacts_bi
BEFORE INSERT ON crm.contacts
FOR EACH ROW
BEGIN
  SELECT crm.contact_seq.NEXTVAL INTO :NEW.contact_id FROM dual;
END;
/

CREATE SEQUENCE crm.note_seq START WITH 1;
CREATE TABLE crm.notes (
  note_id NUMBER(10) NOT NULL,
  body VARCHAR2(200)
);
CREATE OR REPLACE TRIGGER crm.notes_bi
BEFORE INSERT ON crm.notes
FOR EACH ROW
BEGIN
  :NEW.note_id := crm.note_seq.NEXTVAL;
END;
/

CREATE SEQUENCE crm.visit_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE crm.visits (visit_id NUMBER(10) PRIMARY KEY, at_date DATE);
CREATE OR REPLACE TRIGGER crm.visits_bi
BEFORE INSERT ON crm.visits
FOR EACH ROW
BEGIN
  :NEW.visit_id := crm.visit_seq.NEXTVAL;
END;
/
