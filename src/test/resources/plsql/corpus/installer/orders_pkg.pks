CREATE OR REPLACE PACKAGE orders_pkg AUTHID DEFINER AS
  -- Order handling API.
  c_status_new     CONSTANT VARCHAR2(10) := 'NEW';
  c_status_paid    CONSTANT VARCHAR2(10) := 'PAID';
  e_order_locked   EXCEPTION;
  PRAGMA EXCEPTION_INIT (e_order_locked, -54);

  TYPE t_order_line IS RECORD (product_id NUMBER, qty NUMBER, price NUMBER(10, 2));
  TYPE t_order_lines IS TABLE OF t_order_line INDEX BY PLS_INTEGER;

  FUNCTION create_order (p_customer_id IN customers.customer_id%TYPE,
                         p_lines       IN t_order_lines) RETURN orders.order_id%TYPE;
  PROCEDURE pay (p_order_id IN orders.order_id%TYPE);
  PROCEDURE cancel (p_order_id IN orders.order_id%TYPE, p_reason IN VARCHAR2 DEFAULT NULL);
END orders_pkg;
/
SHOW ERRORS
