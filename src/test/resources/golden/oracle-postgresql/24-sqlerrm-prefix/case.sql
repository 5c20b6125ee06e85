-- RAISE_APPLICATION_ERROR's message reads "ORA-20001: text" wherever it is seen (SQLERRM in a
-- handler, the client), as in Oracle; the SQLSTATE still comes from the error number alone.
CREATE TABLE err_log (code NUMBER, msg VARCHAR2(200));
CREATE OR REPLACE PROCEDURE check_qty(p_qty NUMBER) IS
BEGIN
  IF p_qty < 0 THEN
    RAISE_APPLICATION_ERROR(-20001, 'negative quantity ' || p_qty);
  ELSIF p_qty > 100 THEN
    RAISE_APPLICATION_ERROR(-20999, 'too many');
  END IF;
END;
/
CREATE OR REPLACE FUNCTION qty_error(p_qty NUMBER) RETURN VARCHAR2 IS
BEGIN
  check_qty(p_qty);
  RETURN 'ok';
EXCEPTION
  WHEN OTHERS THEN
    RETURN SQLERRM;
END;
/
CREATE OR REPLACE FUNCTION error_number(p_msg VARCHAR2) RETURN NUMBER IS
BEGIN
  -- the usual parse of SQLERRM: the five digits after "ORA-"
  RETURN TO_NUMBER(SUBSTR(p_msg, 5, 5));
END;
/
CREATE OR REPLACE FUNCTION dyn_code(p_code NUMBER) RETURN VARCHAR2 IS
BEGIN
  RAISE_APPLICATION_ERROR(p_code, 'dynamic');
EXCEPTION
  WHEN OTHERS THEN
    RETURN SQLERRM;
END;
/
CREATE OR REPLACE PROCEDURE log_error(p_qty NUMBER) IS
  e_neg EXCEPTION;
  PRAGMA EXCEPTION_INIT(e_neg, -20001);
BEGIN
  check_qty(p_qty);
EXCEPTION
  WHEN e_neg THEN
    INSERT INTO err_log VALUES (-20001, SQLERRM);
END;
/
