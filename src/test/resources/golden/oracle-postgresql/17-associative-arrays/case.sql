-- Associative arrays: indexed by PLS_INTEGER they become arrays (dense use), indexed by strings
-- jsonb objects (case 30).
CREATE OR REPLACE FUNCTION squares_sum(n PLS_INTEGER) RETURN NUMBER IS
  TYPE num_map IS TABLE OF NUMBER INDEX BY PLS_INTEGER;
  m num_map;
  i PLS_INTEGER;
  total NUMBER := 0;
BEGIN
  FOR k IN 1 .. n LOOP
    m(k) := k * k;
  END LOOP;
  i := m.FIRST;
  WHILE i IS NOT NULL LOOP
    total := total + m(i);
    i := m.NEXT(i);
  END LOOP;
  RETURN total * 100 + m.COUNT;
END;
/
CREATE OR REPLACE FUNCTION countdown(n PLS_INTEGER) RETURN VARCHAR2 IS
  TYPE name_map IS TABLE OF VARCHAR2(10) INDEX BY BINARY_INTEGER;
  m name_map;
  i PLS_INTEGER;
  s VARCHAR2(100);
BEGIN
  FOR k IN 1 .. n LOOP
    m(k) := 'n' || k;
  END LOOP;
  i := m.LAST;
  WHILE i IS NOT NULL LOOP
    s := s || m(i);
    i := m.PRIOR(i);
  END LOOP;
  IF m.EXISTS(n + 1) THEN
    RETURN 'wrong';
  END IF;
  RETURN s;
END;
/
CREATE OR REPLACE FUNCTION rate_of(p_code VARCHAR2) RETURN NUMBER IS
  TYPE rate_map IS TABLE OF NUMBER INDEX BY VARCHAR2(10);
  rates rate_map;
BEGIN
  rates('EUR') := 1;
  rates('USD') := 0.9;
  RETURN rates(p_code);
END;
/
