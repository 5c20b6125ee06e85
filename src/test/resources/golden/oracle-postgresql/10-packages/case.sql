-- A package with state, an initialisation block, constants, overloading and cross-package calls.
CREATE TABLE counters (name VARCHAR2(30) PRIMARY KEY, val NUMBER);

CREATE OR REPLACE PACKAGE util AS
  c_prefix CONSTANT VARCHAR2(4) := 'ID-';
  FUNCTION tag(p NUMBER) RETURN VARCHAR2;
END util;
/
CREATE OR REPLACE PACKAGE BODY util AS
  FUNCTION tag(p NUMBER) RETURN VARCHAR2 IS
  BEGIN
    RETURN c_prefix || p;
  END tag;
END util;
/
CREATE OR REPLACE PACKAGE counter_pkg AS
  g_calls NUMBER := 0;
  PROCEDURE bump(p_name VARCHAR2);
  FUNCTION label(p_name VARCHAR2) RETURN VARCHAR2;
  FUNCTION describe(p NUMBER) RETURN VARCHAR2;
  FUNCTION describe(p VARCHAR2) RETURN VARCHAR2;
END counter_pkg;
/
CREATE OR REPLACE PACKAGE BODY counter_pkg AS
  g_started DATE;
  PROCEDURE bump(p_name VARCHAR2) IS
  BEGIN
    g_calls := g_calls + 1;
    UPDATE counters SET val = val + 1 WHERE name = p_name;
    IF SQL%ROWCOUNT = 0 THEN
      INSERT INTO counters (name, val) VALUES (p_name, 1);
    END IF;
  END bump;
  FUNCTION label(p_name VARCHAR2) RETURN VARCHAR2 IS
    v NUMBER;
  BEGIN
    SELECT val INTO v FROM counters WHERE name = p_name;
    RETURN util.tag(v);
  END label;
  FUNCTION describe(p NUMBER) RETURN VARCHAR2 IS
  BEGIN
    RETURN 'number';
  END describe;
  FUNCTION describe(p VARCHAR2) RETURN VARCHAR2 IS
  BEGIN
    RETURN 'text';
  END describe;
BEGIN
  g_started := SYSDATE;
END counter_pkg;
/
