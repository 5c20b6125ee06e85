-- Conditional compilation, inquiry directives, $ERROR.
CREATE OR REPLACE PACKAGE hr.cc_pkg AS
  $IF DBMS_DB_VERSION.VER_LE_11_2 $THEN
    SUBTYPE t_id IS NUMBER;
  $ELSE
    SUBTYPE t_id IS INTEGER;
  $END
  $IF $$debug_mode $THEN
    g_debug CONSTANT BOOLEAN := TRUE;
  $END
  PROCEDURE run;
END cc_pkg;
/

CREATE OR REPLACE PACKAGE BODY hr.cc_pkg AS
  PROCEDURE trace (p_msg VARCHAR2) IS
  BEGIN
    $IF $$debug_mode $THEN
      DBMS_OUTPUT.PUT_LINE($$PLSQL_UNIT || ':' || $$PLSQL_LINE || ' ' || p_msg);
    $ELSIF $$trace_mode AND DBMS_DB_VERSION.VERSION >= 12 $THEN
      hr.tracer.log(p_msg);
    $ELSE
      NULL;
    $END
  END trace;

  PROCEDURE run IS
    v_id t_id;
  BEGIN
    $IF DBMS_DB_VERSION.VERSION < 10 $THEN
      $ERROR 'unsupported database version ' || DBMS_DB_VERSION.VERSION $END
    $END
    trace('run');
  END run;
END cc_pkg;
/
