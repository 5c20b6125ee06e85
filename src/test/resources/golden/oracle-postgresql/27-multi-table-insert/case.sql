-- INSERT ALL and INSERT FIRST become one INSERT ... SELECT per INTO clause over the same subquery.
-- FIRST sends a row to the first WHEN that is true only; ELSE takes rows no WHEN is true for (a
-- NULL condition is not true). A subquery that reads a target table, or a sequence drawn in the
-- statement, stays item ORA-1025: Oracle evaluates them once for all INTO clauses.
CREATE TABLE src_orders (id NUMBER(9), amount NUMBER(10,2), region VARCHAR2(5));
CREATE TABLE small_orders (id NUMBER(9), amount NUMBER(10,2));
CREATE TABLE big_orders (id NUMBER(9), amount NUMBER(10,2));
CREATE TABLE other_orders (id NUMBER(9), amount NUMBER(10,2), region VARCHAR2(5));
CREATE TABLE audit_ids (id NUMBER(9), tag VARCHAR2(10));
CREATE SEQUENCE order_seq;
CREATE OR REPLACE PROCEDURE split_all IS
BEGIN
  INSERT ALL
    INTO small_orders (id, amount) VALUES (id, amount)
    INTO audit_ids (id, tag) VALUES (id, 'all')
  SELECT id, amount FROM src_orders WHERE region = 'N';
END;
/
CREATE OR REPLACE PROCEDURE split_first IS
BEGIN
  INSERT FIRST
    WHEN amount >= 100 THEN
      INTO big_orders (id, amount) VALUES (id, amount)
    WHEN amount >= 10 THEN
      INTO small_orders (id, amount) VALUES (id, amount)
      INTO audit_ids (id, tag) VALUES (id, 'first')
    ELSE
      INTO other_orders
  SELECT id, amount, region FROM src_orders WHERE region = 'S';
END;
/
CREATE OR REPLACE PROCEDURE split_when_all IS
BEGIN
  INSERT ALL
    WHEN amount >= 100 THEN INTO big_orders VALUES (id, amount)
    WHEN amount >= 10 THEN INTO audit_ids VALUES (id, 'when')
  SELECT id, amount FROM src_orders WHERE region = 'W';
END;
/
CREATE OR REPLACE PROCEDURE copy_back IS
BEGIN
  INSERT ALL
    INTO src_orders (id, amount, region) VALUES (id + 1000, amount, 'X')
    INTO audit_ids (id, tag) VALUES (id, 'copy')
  SELECT id, amount FROM src_orders;
END;
/
CREATE OR REPLACE PROCEDURE numbered IS
BEGIN
  INSERT ALL
    INTO audit_ids (id, tag) VALUES (order_seq.NEXTVAL, 'a')
    INTO audit_ids (id, tag) VALUES (order_seq.CURRVAL, 'b')
  SELECT id FROM src_orders;
END;
/
INSERT ALL
  INTO audit_ids (id, tag) VALUES (1, 'seed1')
  INTO audit_ids (id, tag) VALUES (2, 'seed2')
SELECT * FROM dual;
