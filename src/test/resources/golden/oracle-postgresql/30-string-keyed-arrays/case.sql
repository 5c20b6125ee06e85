-- Associative arrays indexed by strings become jsonb objects keyed by the index: element reads
-- (NO_DATA_FOUND for a missing key) and writes, COUNT, FIRST/NEXT/LAST/PRIOR in key order (binary,
-- as NLS_SORT BINARY), EXISTS, DELETE(k) and DELETE.
CREATE OR REPLACE FUNCTION rate_walk RETURN VARCHAR2 IS
  TYPE rate_map IS TABLE OF NUMBER INDEX BY VARCHAR2(10);
  rates rate_map;
  k VARCHAR2(10);
  s VARCHAR2(200);
BEGIN
  rates('USD') := 2;
  rates('EUR') := 1;
  rates('CHF') := 3.25;
  rates('GBP') := 1.2;
  rates('EUR') := 1.5;
  rates.DELETE('GBP');
  k := rates.FIRST;
  WHILE k IS NOT NULL LOOP
    s := s || k || '=' || rates(k) || ';';
    k := rates.NEXT(k);
  END LOOP;
  RETURN s || rates.COUNT || ':' || rates.LAST || ':' || rates.PRIOR('EUR');
END;
/
CREATE OR REPLACE FUNCTION has_rate(p_code VARCHAR2) RETURN NUMBER IS
  TYPE rate_map IS TABLE OF NUMBER INDEX BY VARCHAR2(10);
  rates rate_map;
BEGIN
  rates('EUR') := 1;
  IF rates.EXISTS(p_code) THEN
    RETURN 1;
  END IF;
  RETURN 0;
END;
/
CREATE OR REPLACE FUNCTION missing_rate RETURN VARCHAR2 IS
  TYPE rate_map IS TABLE OF NUMBER INDEX BY VARCHAR2(10);
  rates rate_map;
  v NUMBER;
BEGIN
  rates('EUR') := 1;
  v := rates('XXX');
  RETURN 'found';
EXCEPTION
  WHEN NO_DATA_FOUND THEN
    RETURN 'no data';
END;
/
CREATE OR REPLACE FUNCTION cleared RETURN NUMBER IS
  TYPE name_map IS TABLE OF VARCHAR2(20) INDEX BY VARCHAR2(5);
  names name_map;
BEGIN
  names('a') := 'x';
  names('B') := 'y';
  names.DELETE;
  RETURN names.COUNT;
END;
/
CREATE OR REPLACE FUNCTION case_order RETURN VARCHAR2 IS
  TYPE name_map IS TABLE OF VARCHAR2(20) INDEX BY VARCHAR2(5);
  names name_map;
  k VARCHAR2(5);
  s VARCHAR2(100);
BEGIN
  names('b') := '2';
  names('B') := '1';
  names('a') := '3';
  names('aa') := '4';
  k := names.FIRST;
  WHILE k IS NOT NULL LOOP
    s := s || k || names(k);
    k := names.NEXT(k);
  END LOOP;
  RETURN s;
END;
/
