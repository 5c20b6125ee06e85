CREATE OR REPLACE PACKAGE BODY orders_pkg AS

  FUNCTION create_order (p_customer_id IN customers.customer_id%TYPE,
                         p_lines       IN t_order_lines) RETURN orders.order_id%TYPE
  IS
    l_order_id orders.order_id%TYPE := orders_seq.NEXTVAL;
    l_total    NUMBER := 0;
    i          PLS_INTEGER;
  BEGIN
    i := p_lines.FIRST;
    WHILE i IS NOT NULL LOOP
      l_total := l_total + p_lines(i).qty * p_lines(i).price;
      i := p_lines.NEXT(i);
    END LOOP;
    INSERT INTO orders (order_id, customer_id, status, total)
    VALUES (l_order_id, p_customer_id, c_status_new, l_total);
    RETURN l_order_id;
  END create_order;

  PROCEDURE pay (p_order_id IN orders.order_id%TYPE) IS
    l_status orders.status%TYPE;
  BEGIN
    SELECT status INTO l_status FROM orders WHERE order_id = p_order_id FOR UPDATE NOWAIT;
    IF l_status <> c_status_new THEN
      RAISE_APPLICATION_ERROR(-20010, 'order ' || p_order_id || ' is ' || l_status);
    END IF;
    UPDATE orders SET status = c_status_paid WHERE order_id = p_order_id;
  EXCEPTION
    WHEN e_order_locked THEN
      RAISE_APPLICATION_ERROR(-20011, 'order ' || p_order_id || ' is locked');
  END pay;

  PROCEDURE cancel (p_order_id IN orders.order_id%TYPE, p_reason IN VARCHAR2 DEFAULT NULL) IS
  BEGIN
    UPDATE orders SET status = 'CANCELLED' WHERE order_id = p_order_id AND status IN ('NEW', 'PAID');
  END cancel;

END orders_pkg;
/
SHOW ERRORS
