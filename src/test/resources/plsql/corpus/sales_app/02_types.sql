-- Sales application: object types.
CREATE OR REPLACE TYPE sales.money_t AS OBJECT (
  amount    NUMBER(14, 2),
  currency  CHAR(3),
  CONSTRUCTOR FUNCTION money_t (amount NUMBER) RETURN SELF AS RESULT,
  MEMBER FUNCTION plus (other money_t) RETURN money_t,
  MEMBER FUNCTION to_string RETURN VARCHAR2,
  MAP MEMBER FUNCTION in_usd RETURN NUMBER
);
/
CREATE OR REPLACE TYPE BODY sales.money_t AS
  CONSTRUCTOR FUNCTION money_t (amount NUMBER) RETURN SELF AS RESULT IS
  BEGIN
    SELF.amount := amount;
    SELF.currency := 'USD';
    RETURN;
  END;

  MEMBER FUNCTION plus (other money_t) RETURN money_t IS
  BEGIN
    IF other.currency <> currency THEN
      RAISE_APPLICATION_ERROR(-20050, 'currency mismatch: ' || currency || '/' || other.currency);
    END IF;
    RETURN money_t(amount + other.amount, currency);
  END plus;

  MEMBER FUNCTION to_string RETURN VARCHAR2 IS
  BEGIN
    RETURN TO_CHAR(amount, 'FM999G999G990D00') || ' ' || currency;
  END;

  MAP MEMBER FUNCTION in_usd RETURN NUMBER IS
    l_rate NUMBER;
  BEGIN
    IF currency = 'USD' THEN
      RETURN amount;
    END IF;
    SELECT rate INTO l_rate FROM sales.fx_rates WHERE from_ccy = currency AND to_ccy = 'USD' AND rate_date = TRUNC(SYSDATE);
    RETURN amount * l_rate;
  EXCEPTION
    WHEN NO_DATA_FOUND THEN
      RETURN NULL;
  END in_usd;
END;
/
CREATE OR REPLACE TYPE sales.order_line_t AS OBJECT (
  product_id  NUMBER(8),
  quantity    NUMBER(8),
  unit_price  NUMBER(10, 2)
);
/
CREATE OR REPLACE TYPE sales.order_line_tab AS TABLE OF sales.order_line_t;
/
CREATE OR REPLACE TYPE sales.order_summary_t AS OBJECT (
  order_id    NUMBER(12),
  customer    VARCHAR2(200),
  line_count  NUMBER,
  total       sales.money_t
);
/
CREATE OR REPLACE TYPE sales.order_summary_tab IS TABLE OF sales.order_summary_t;
/
CREATE OR REPLACE TYPE sales.id_list IS VARRAY(1000) OF NUMBER(12);
/
