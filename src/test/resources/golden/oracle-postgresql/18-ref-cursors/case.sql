-- SYS_REFCURSOR and REF CURSOR types: refcursor parameters, results and variables.
CREATE TABLE sale (id NUMBER(9) PRIMARY KEY, region VARCHAR2(10), amount NUMBER(10,2));
CREATE OR REPLACE PROCEDURE open_sales(p_region IN VARCHAR2, p_cur OUT SYS_REFCURSOR) IS
BEGIN
  OPEN p_cur FOR SELECT id, amount FROM sale WHERE region = p_region ORDER BY id;
END;
/
CREATE OR REPLACE FUNCTION big_sales(p_min NUMBER) RETURN SYS_REFCURSOR IS
  c SYS_REFCURSOR;
BEGIN
  OPEN c FOR SELECT id FROM sale WHERE amount >= p_min ORDER BY id;
  RETURN c;
END;
/
CREATE OR REPLACE FUNCTION count_from(p_min NUMBER) RETURN NUMBER IS
  TYPE id_cur IS REF CURSOR;
  c id_cur;
  v NUMBER;
  n NUMBER := 0;
BEGIN
  OPEN c FOR 'SELECT id FROM sale WHERE id >= :1' USING p_min;
  LOOP
    FETCH c INTO v;
    EXIT WHEN c%NOTFOUND;
    n := n + 1;
  END LOOP;
  CLOSE c;
  RETURN n;
END;
/
