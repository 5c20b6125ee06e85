-- GOTO has no PL/pgSQL equivalent: an action item at the GOTO; a label alone converts.
CREATE OR REPLACE FUNCTION first_pos(p NUMBER) RETURN NUMBER IS
  i NUMBER := 0;
BEGIN
  <<again>>
  i := i + 1;
  IF i < p THEN
    GOTO again;
  END IF;
  RETURN i;
END;
/
CREATE OR REPLACE FUNCTION labelled_sum(n NUMBER) RETURN NUMBER IS
  s NUMBER := 0;
BEGIN
  <<outer_loop>>
  FOR i IN 1 .. n LOOP
    EXIT outer_loop WHEN i > 3;
    s := s + i;
  END LOOP outer_loop;
  RETURN s;
END;
/
