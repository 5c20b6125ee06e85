-- Package routines become pkg$routine; package state becomes session variables.
CREATE TABLE bank.accounts (id NUMBER(10) PRIMARY KEY, balance NUMBER(12,2) NOT NULL);

CREATE OR REPLACE PACKAGE bank.acct AS
  FUNCTION balance_of(p_id NUMBER) RETURN NUMBER;
  PROCEDURE deposit(p_id NUMBER, p_amount NUMBER);
  FUNCTION calls RETURN NUMBER;
END acct;
/
CREATE OR REPLACE PACKAGE BODY bank.acct AS
  g_calls NUMBER := 0;

  FUNCTION balance_of(p_id NUMBER) RETURN NUMBER IS
    v NUMBER;
  BEGIN
    SELECT balance INTO v FROM bank.accounts WHERE id = p_id;
    RETURN v;
  END balance_of;

  PROCEDURE deposit(p_id NUMBER, p_amount NUMBER) IS
  BEGIN
    g_calls := g_calls + 1;
    UPDATE bank.accounts SET balance = balance + p_amount WHERE id = p_id;
  END deposit;

  FUNCTION calls RETURN NUMBER IS
  BEGIN
    RETURN g_calls;
  END calls;
END acct;
/
