-- TABLE(f(x)) over a pipelined function of scalars and TABLE(collection variable): their one
-- column is COLUMN_VALUE, as in Oracle.
CREATE OR REPLACE TYPE num_list AS TABLE OF NUMBER;
/
CREATE OR REPLACE TYPE name_list AS TABLE OF VARCHAR2(20);
/
CREATE OR REPLACE FUNCTION evens(n NUMBER) RETURN num_list PIPELINED IS
BEGIN
  FOR i IN 1 .. n LOOP
    PIPE ROW (i * 2);
  END LOOP;
  RETURN;
END;
/
CREATE OR REPLACE VIEW first_evens AS SELECT column_value AS v FROM TABLE(evens(4));
CREATE OR REPLACE FUNCTION sum_evens(n NUMBER) RETURN NUMBER IS
  total NUMBER;
BEGIN
  SELECT SUM(e.column_value) INTO total FROM TABLE(evens(n)) e;
  RETURN total;
END;
/
CREATE OR REPLACE FUNCTION count_big(p_limit NUMBER) RETURN NUMBER IS
  l num_list := num_list();
  n NUMBER;
BEGIN
  FOR i IN 1 .. 5 LOOP
    l.EXTEND;
    l(l.COUNT) := i * 10;
  END LOOP;
  SELECT COUNT(*) INTO n FROM TABLE(l) WHERE column_value > p_limit;
  RETURN n;
END;
/
CREATE OR REPLACE FUNCTION join_names RETURN VARCHAR2 IS
  TYPE local_names IS TABLE OF VARCHAR2(20);
  names local_names := local_names();
  s VARCHAR2(200);
BEGIN
  names.EXTEND(2);
  names(1) := 'ann';
  names(2) := 'bob';
  SELECT LISTAGG(t.column_value, ',') WITHIN GROUP (ORDER BY t.column_value) INTO s
  FROM TABLE(names) t;
  RETURN s;
END;
/
