-- Sales application: order processing.
CREATE OR REPLACE PACKAGE sales.order_mgmt AS
  TYPE t_order_rec IS RECORD (
    order_id    sales.orders.order_id%TYPE,
    customer_id sales.orders.customer_id%TYPE,
    status      sales.orders.status%TYPE,
    total       NUMBER(14, 2)
  );
  TYPE t_order_tab IS TABLE OF t_order_rec;
  TYPE t_id_tab IS TABLE OF NUMBER INDEX BY PLS_INTEGER;
  TYPE t_order_cursor IS REF CURSOR RETURN t_order_rec;

  e_credit_limit EXCEPTION;
  PRAGMA EXCEPTION_INIT (e_credit_limit, -20101);

  FUNCTION place_order (p_customer_id IN NUMBER,
                        p_lines       IN sales.order_line_tab,
                        p_rep_id      IN NUMBER DEFAULT NULL) RETURN NUMBER;
  PROCEDURE book_orders (p_order_ids IN t_id_tab);
  PROCEDURE ship (p_order_id IN NUMBER);
  PROCEDURE cancel_stale (p_days IN PLS_INTEGER := 30, p_cancelled OUT PLS_INTEGER);
  FUNCTION open_orders (p_customer_id IN NUMBER) RETURN t_order_cursor;
  FUNCTION summaries (p_from IN DATE, p_to IN DATE) RETURN sales.order_summary_tab PIPELINED;
  PROCEDURE recalc_totals (p_order_ids IN sales.id_list);
END order_mgmt;
/

CREATE OR REPLACE PACKAGE BODY sales.order_mgmt AS

  c_module CONSTANT VARCHAR2(30) := 'ORDER_MGMT';

  CURSOR c_lines (p_order_id NUMBER) IS
    SELECT oi.line_no, oi.product_id, oi.quantity, oi.unit_price, oi.discount_pct
      FROM sales.order_items oi
     WHERE oi.order_id = p_order_id
     ORDER BY oi.line_no;

  FUNCTION customer_exposure (p_customer_id IN NUMBER) RETURN NUMBER IS
    l_exposure NUMBER;
  BEGIN
    SELECT NVL(SUM(o.order_total), 0)
      INTO l_exposure
      FROM sales.orders o
     WHERE o.customer_id = p_customer_id
       AND o.status IN ('OPEN', 'BOOKED', 'SHIPPED');
    RETURN l_exposure;
  END customer_exposure;

  FUNCTION place_order (p_customer_id IN NUMBER,
                        p_lines       IN sales.order_line_tab,
                        p_rep_id      IN NUMBER DEFAULT NULL) RETURN NUMBER
  IS
    l_order_id  sales.orders.order_id%TYPE;
    l_total     NUMBER := 0;
    l_limit     sales.customers.credit_limit%TYPE;
    l_rep       sales.orders.sales_rep_id%TYPE := p_rep_id;
  BEGIN
    sales.util.assert(p_lines IS NOT NULL AND p_lines.COUNT > 0, 'an order needs lines');

    SELECT c.credit_limit, NVL(l_rep, c.account_mgr)
      INTO l_limit, l_rep
      FROM sales.customers c
     WHERE c.customer_id = p_customer_id;

    FOR i IN 1 .. p_lines.COUNT LOOP
      l_total := l_total + p_lines(i).quantity * p_lines(i).unit_price;
    END LOOP;

    IF customer_exposure(p_customer_id) + l_total > l_limit THEN
      RAISE e_credit_limit;
    END IF;

    l_order_id := sales.order_seq.NEXTVAL;
    INSERT INTO sales.orders (order_id, customer_id, sales_rep_id, order_total)
    VALUES (l_order_id, p_customer_id, l_rep, l_total);

    INSERT INTO sales.order_items (order_id, line_no, product_id, quantity, unit_price)
    SELECT l_order_id, ROWNUM, t.product_id, t.quantity, t.unit_price
      FROM TABLE(p_lines) t;

    sales.util.debug(c_module, 'placed order ' || l_order_id || ' total ' || l_total);
    RETURN l_order_id;
  EXCEPTION
    WHEN NO_DATA_FOUND THEN
      RAISE_APPLICATION_ERROR(-20404, 'customer ' || p_customer_id || ' not found');
    WHEN e_credit_limit THEN
      sales.util.error(c_module, 'credit limit exceeded for customer ' || p_customer_id);
      RAISE;
  END place_order;

  PROCEDURE book_orders (p_order_ids IN t_id_tab) IS
    TYPE t_status_tab IS TABLE OF sales.orders.status%TYPE INDEX BY PLS_INTEGER;
    l_old_status t_status_tab;
    l_ids        t_id_tab := p_order_ids;
    e_dml_errors EXCEPTION;
    PRAGMA EXCEPTION_INIT (e_dml_errors, -24381);
  BEGIN
    IF l_ids.COUNT = 0 THEN
      RETURN;
    END IF;

    FORALL i IN INDICES OF l_ids SAVE EXCEPTIONS
      UPDATE sales.orders
         SET status = 'BOOKED'
       WHERE order_id = l_ids(i)
         AND status = 'OPEN'
      RETURNING status BULK COLLECT INTO l_old_status;

    sales.util.debug(c_module, SQL%ROWCOUNT || ' orders booked');
  EXCEPTION
    WHEN e_dml_errors THEN
      FOR j IN 1 .. SQL%BULK_EXCEPTIONS.COUNT LOOP
        sales.util.error(c_module, 'order ' || l_ids(SQL%BULK_EXCEPTIONS(j).ERROR_INDEX)
                                   || ': ' || SQLERRM(-SQL%BULK_EXCEPTIONS(j).ERROR_CODE));
      END LOOP;
  END book_orders;

  PROCEDURE ship (p_order_id IN NUMBER) IS
    l_order t_order_rec;
    l_line_count PLS_INTEGER := 0;
  BEGIN
    SELECT order_id, customer_id, status, order_total
      INTO l_order
      FROM sales.orders
     WHERE order_id = p_order_id
       FOR UPDATE OF status WAIT 5;

    CASE l_order.status
      WHEN 'BOOKED' THEN
        FOR r IN c_lines(p_order_id) LOOP
          l_line_count := l_line_count + 1;
          UPDATE sales.inventory
             SET on_hand = on_hand - r.quantity
           WHERE product_id = r.product_id;
          IF SQL%NOTFOUND THEN
            RAISE_APPLICATION_ERROR(-20120, 'no inventory row for product ' || r.product_id);
          END IF;
        END LOOP;
        UPDATE sales.orders SET status = 'SHIPPED' WHERE CURRENT OF c_lines;
      WHEN 'SHIPPED' THEN
        NULL;
      ELSE
        RAISE_APPLICATION_ERROR(-20121, 'order ' || p_order_id || ' cannot ship from ' || l_order.status);
    END CASE;
  END ship;

  PROCEDURE cancel_stale (p_days IN PLS_INTEGER := 30, p_cancelled OUT PLS_INTEGER) IS
    l_ids sales.id_list;
  BEGIN
    SELECT order_id
      BULK COLLECT INTO l_ids
      FROM sales.orders
     WHERE status = 'OPEN'
       AND order_date < SYSDATE - p_days
       AND ROWNUM <= 1000;

    p_cancelled := l_ids.COUNT;
    IF p_cancelled > 0 THEN
      FORALL i IN 1 .. l_ids.COUNT
        UPDATE sales.orders SET status = 'CANCELLED' WHERE order_id = l_ids(i);
    END IF;
    COMMIT;
  END cancel_stale;

  FUNCTION open_orders (p_customer_id IN NUMBER) RETURN t_order_cursor IS
    l_cur t_order_cursor;
  BEGIN
    OPEN l_cur FOR
      SELECT order_id, customer_id, status, order_total
        FROM sales.orders
       WHERE customer_id = p_customer_id
         AND status NOT IN ('INVOICED', 'CANCELLED')
       ORDER BY order_date DESC;
    RETURN l_cur;
  END open_orders;

  FUNCTION summaries (p_from IN DATE, p_to IN DATE) RETURN sales.order_summary_tab PIPELINED IS
    CURSOR c_sum IS
      SELECT o.order_id, c.name, COUNT(oi.line_no) line_count, SUM(oi.quantity * oi.unit_price) total, o.currency
        FROM sales.orders o
        JOIN sales.customers c ON c.customer_id = o.customer_id
        LEFT JOIN sales.order_items oi ON oi.order_id = o.order_id
       WHERE o.order_date >= p_from AND o.order_date < p_to + 1
       GROUP BY o.order_id, c.name, o.currency;
    TYPE t_sum_tab IS TABLE OF c_sum%ROWTYPE;
    l_rows t_sum_tab;
  BEGIN
    OPEN c_sum;
    LOOP
      FETCH c_sum BULK COLLECT INTO l_rows LIMIT 500;
      FOR i IN 1 .. l_rows.COUNT LOOP
        PIPE ROW (sales.order_summary_t(l_rows(i).order_id, l_rows(i).name, l_rows(i).line_count,
                                        sales.money_t(l_rows(i).total, l_rows(i).currency)));
      END LOOP;
      EXIT WHEN c_sum%NOTFOUND;
    END LOOP;
    CLOSE c_sum;
    RETURN;
  EXCEPTION
    WHEN NO_DATA_NEEDED THEN
      IF c_sum%ISOPEN THEN
        CLOSE c_sum;
      END IF;
  END summaries;

  PROCEDURE recalc_totals (p_order_ids IN sales.id_list) IS
    l_sql VARCHAR2(1000) :=
      'UPDATE sales.orders o SET order_total = (SELECT NVL(SUM(quantity * unit_price * (1 - discount_pct / 100)), 0)'
      || ' FROM sales.order_items i WHERE i.order_id = o.order_id) WHERE o.order_id = :id';
  BEGIN
    FOR i IN 1 .. p_order_ids.COUNT LOOP
      EXECUTE IMMEDIATE l_sql USING p_order_ids(i);
    END LOOP;
  END recalc_totals;

END order_mgmt;
/
