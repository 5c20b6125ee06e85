-- A statement the grammar does not know sits between two good ones; the file ends mid-statement.
CREATE TABLE before_bad (id NUMBER(5) PRIMARY KEY);

CREATE FROBNICATE WIDGET bad_one WITH SPARKLES;

CREATE TABLE after_bad (id NUMBER(5) PRIMARY KEY, note VARCHAR2(20));

CREATE OR REPLACE FUNCTION after_fn RETURN NUMBER IS
BEGIN
  RETURN 42;
END;
/
CREATE TABLE truncated (
  id NUMBER(5),
  name VARCHAR2(
