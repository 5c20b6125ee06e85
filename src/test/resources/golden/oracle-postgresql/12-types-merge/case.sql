-- Object types and collections, MERGE and multi-table INSERT.
CREATE OR REPLACE TYPE num_list AS TABLE OF NUMBER;
/
CREATE OR REPLACE TYPE address_t AS OBJECT (street VARCHAR2(40), city VARCHAR2(30));
/
CREATE TABLE stock (sku VARCHAR2(10) PRIMARY KEY, qty NUMBER(8));
CREATE TABLE stock_in (sku VARCHAR2(10), qty NUMBER(8));
CREATE TABLE small_moves (sku VARCHAR2(10), qty NUMBER(8));
CREATE TABLE big_moves (sku VARCHAR2(10), qty NUMBER(8));

CREATE OR REPLACE PROCEDURE apply_stock IS
BEGIN
  MERGE INTO stock s
  USING (SELECT sku, SUM(qty) AS qty FROM stock_in GROUP BY sku) i
     ON (s.sku = i.sku)
   WHEN MATCHED THEN UPDATE SET s.qty = s.qty + i.qty
   WHEN NOT MATCHED THEN INSERT (sku, qty) VALUES (i.sku, i.qty);
END;
/
CREATE OR REPLACE PROCEDURE split_moves IS
BEGIN
  INSERT ALL
    WHEN qty < 10 THEN INTO small_moves (sku, qty) VALUES (sku, qty)
    WHEN qty >= 10 THEN INTO big_moves (sku, qty) VALUES (sku, qty)
  SELECT sku, qty FROM stock_in;
END;
/
CREATE OR REPLACE FUNCTION sum_list(p_count NUMBER) RETURN NUMBER IS
  l num_list := num_list();
  total NUMBER := 0;
BEGIN
  FOR i IN 1 .. p_count LOOP
    l.EXTEND;
    l(l.COUNT) := i * 10;
  END LOOP;
  FOR i IN 1 .. l.COUNT LOOP
    total := total + l(i);
  END LOOP;
  RETURN total;
END;
/
