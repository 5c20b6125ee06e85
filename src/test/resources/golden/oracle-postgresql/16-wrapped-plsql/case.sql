-- A package whose body was shipped wrapped, and a wrapped procedure: both cannot be read.
CREATE TABLE vault (id NUMBER(9) PRIMARY KEY, secret VARCHAR2(40));
CREATE OR REPLACE PACKAGE vault_api AS
  FUNCTION peek(p_id NUMBER) RETURN VARCHAR2;
END vault_api;
/
CREATE OR REPLACE PACKAGE BODY vault_api wrapped 
a000000
1
abcd
abcd
b
2e1 1a4
rRZ4kHnfZ7VzW9/JsUmtq09Kv5Iwg3lKLgx+fHQwMC8Ad9qXUJbG5vHnXLQ3yFoKq2Yv
bVTzBKSy0cZ0KcEj4n7jzbDkDXTgcpL6Qv4K1N5y3TgMlqnvlo3zXJ1+2F8=

/
CREATE OR REPLACE PROCEDURE "Legacy_Purge" WRAPPED
a000000
1
abcd
7
5c 8d
P3PcOzVuKtjSIzJVUGSk9JJLKvUwg5nnm7+fMr2ywFwWoWLRPhaXroubdIvAwDL+0oYJ
/
CREATE OR REPLACE FUNCTION vault_size RETURN NUMBER IS
  n NUMBER;
BEGIN
  SELECT COUNT(*) INTO n FROM vault;
  RETURN n;
END;
/
