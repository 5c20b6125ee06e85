-- A package whose body does not parse fails as a whole: its specification alone is no working
-- package, so it is not reported as converted. The package beside it converts.
CREATE TABLE ledger (id NUMBER(9) PRIMARY KEY, amount NUMBER(10,2));
CREATE OR REPLACE PACKAGE ledger_api AS
  FUNCTION total RETURN NUMBER;
END ledger_api;
/
CREATE OR REPLACE PACKAGE BODY ledger_api AS
  FUNCTION total RETURN NUMBER IS
    n NUMBER;
  BEGIN
    SELECT SUM(amount) INTO n FROM ledger;
    n := n + ;
    RETURN n;
  END;
END ledger_api;
/
CREATE OR REPLACE PACKAGE clean_api AS
  FUNCTION twice(p NUMBER) RETURN NUMBER;
END clean_api;
/
CREATE OR REPLACE PACKAGE BODY clean_api AS
  FUNCTION twice(p NUMBER) RETURN NUMBER IS
  BEGIN
    RETURN p * 2;
  END;
END clean_api;
/
