-- Conditional compilation: the $ELSE branch is kept, with an action item.
CREATE OR REPLACE FUNCTION dbg_level RETURN NUMBER IS
BEGIN
  $IF $$debug_on $THEN
    RETURN 1;
  $ELSE
    RETURN 0;
  $END
END;
/
CREATE OR REPLACE PROCEDURE trace(p_msg VARCHAR2) IS
BEGIN
  $IF DBMS_DB_VERSION.VER_LE_11 $THEN
    NULL;
  $END
  DBMS_OUTPUT.PUT_LINE(p_msg);
END;
/
