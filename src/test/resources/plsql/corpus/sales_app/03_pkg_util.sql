-- Sales application: logging and error utilities.
CREATE OR REPLACE PACKAGE sales.util AUTHID DEFINER AS
  c_debug CONSTANT VARCHAR2(10) := 'DEBUG';
  c_info  CONSTANT VARCHAR2(10) := 'INFO';
  c_error CONSTANT VARCHAR2(10) := 'ERROR';

  g_log_level VARCHAR2(10) := c_info;

  e_not_found     EXCEPTION;
  e_invalid_input EXCEPTION;
  PRAGMA EXCEPTION_INIT (e_not_found, -20404);
  PRAGMA EXCEPTION_INIT (e_invalid_input, -20400);

  PROCEDURE log (p_level IN VARCHAR2, p_module IN VARCHAR2, p_message IN VARCHAR2);
  PROCEDURE debug (p_module IN VARCHAR2, p_message IN VARCHAR2);
  PROCEDURE error (p_module IN VARCHAR2, p_message IN VARCHAR2 DEFAULT NULL);
  FUNCTION format_error RETURN VARCHAR2;
  PROCEDURE assert (p_condition IN BOOLEAN, p_message IN VARCHAR2);
  FUNCTION split (p_text IN VARCHAR2, p_sep IN VARCHAR2 DEFAULT ',') RETURN sys.odcivarchar2list PIPELINED;
END util;
/

CREATE OR REPLACE PACKAGE BODY sales.util AS

  TYPE t_level_map IS TABLE OF PLS_INTEGER INDEX BY VARCHAR2(10);
  g_levels t_level_map;

  FUNCTION level_value (p_level IN VARCHAR2) RETURN PLS_INTEGER IS
  BEGIN
    IF g_levels.EXISTS(p_level) THEN
      RETURN g_levels(p_level);
    END IF;
    RETURN 0;
  END level_value;

  PROCEDURE log (p_level IN VARCHAR2, p_module IN VARCHAR2, p_message IN VARCHAR2) IS
    PRAGMA AUTONOMOUS_TRANSACTION;
  BEGIN
    IF level_value(p_level) < level_value(g_log_level) THEN
      RETURN;
    END IF;
    INSERT INTO sales.app_log (log_level, module, message, call_stack)
    VALUES (p_level, SUBSTR(p_module, 1, 100), SUBSTR(p_message, 1, 4000),
            CASE WHEN p_level = c_error THEN DBMS_UTILITY.FORMAT_CALL_STACK END);
    COMMIT;
  EXCEPTION
    WHEN OTHERS THEN
      ROLLBACK;
      DBMS_OUTPUT.PUT_LINE('log failed: ' || SQLERRM);
  END log;

  PROCEDURE debug (p_module IN VARCHAR2, p_message IN VARCHAR2) IS
  BEGIN
    log(c_debug, p_module, p_message);
  END debug;

  PROCEDURE error (p_module IN VARCHAR2, p_message IN VARCHAR2 DEFAULT NULL) IS
  BEGIN
    log(c_error, p_module, NVL(p_message, format_error));
  END error;

  FUNCTION format_error RETURN VARCHAR2 IS
  BEGIN
    RETURN SQLERRM || CHR(10) || DBMS_UTILITY.FORMAT_ERROR_STACK || DBMS_UTILITY.FORMAT_ERROR_BACKTRACE;
  END format_error;

  PROCEDURE assert (p_condition IN BOOLEAN, p_message IN VARCHAR2) IS
  BEGIN
    IF NOT NVL(p_condition, FALSE) THEN
      RAISE_APPLICATION_ERROR(-20400, 'assertion failed: ' || p_message);
    END IF;
  END assert;

  FUNCTION split (p_text IN VARCHAR2, p_sep IN VARCHAR2 DEFAULT ',') RETURN sys.odcivarchar2list PIPELINED IS
    l_start PLS_INTEGER := 1;
    l_pos   PLS_INTEGER;
  BEGIN
    IF p_text IS NULL THEN
      RETURN;
    END IF;
    LOOP
      l_pos := INSTR(p_text, p_sep, l_start);
      IF l_pos = 0 THEN
        PIPE ROW (TRIM(SUBSTR(p_text, l_start)));
        EXIT;
      END IF;
      PIPE ROW (TRIM(SUBSTR(p_text, l_start, l_pos - l_start)));
      l_start := l_pos + LENGTH(p_sep);
    END LOOP;
    RETURN;
  END split;

BEGIN
  g_levels(c_debug) := 10;
  g_levels(c_info) := 20;
  g_levels(c_error) := 40;
END util;
/
