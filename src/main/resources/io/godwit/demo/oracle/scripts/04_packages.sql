--------------------------------------------------------
--  DDL for Package ORDER_MGMT
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE PACKAGE "OUTFIT"."ORDER_MGMT" AS
  /* Order entry: placing, reserving, shipping and cancelling orders. */

  e_customer_blocked EXCEPTION;
  e_credit_exceeded  EXCEPTION;
  PRAGMA EXCEPTION_INIT(e_customer_blocked, -20101);
  PRAGMA EXCEPTION_INIT(e_credit_exceeded, -20102);

  g_default_warehouse NUMBER := 1;

  FUNCTION create_order(p_customer_id IN NUMBER,
                        p_sales_rep_id IN NUMBER DEFAULT NULL,
                        p_note IN VARCHAR2 DEFAULT NULL) RETURN NUMBER;

  PROCEDURE add_line(p_order_id IN NUMBER,
                     p_product_id IN NUMBER,
                     p_quantity IN NUMBER,
                     p_discount_pct IN NUMBER DEFAULT 0);

  PROCEDURE recalc_totals(p_order_id IN NUMBER);

  PROCEDURE reserve_stock(p_order_id IN NUMBER);

  PROCEDURE ship(p_order_id IN NUMBER);

  PROCEDURE cancel(p_order_id IN NUMBER, p_reason IN VARCHAR2);
END order_mgmt;
/

  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "OUTFIT"."ORDER_MGMT" AS

  FUNCTION open_balance(p_customer_id IN NUMBER) RETURN NUMBER IS
    v_balance NUMBER;
  BEGIN
    SELECT NVL(SUM(amount_net + amount_vat - amount_paid), 0)
      INTO v_balance
      FROM invoices
     WHERE customer_id = p_customer_id
       AND status IN ('OPEN', 'PARTIAL');
    RETURN v_balance;
  END open_balance;

  FUNCTION create_order(p_customer_id IN NUMBER,
                        p_sales_rep_id IN NUMBER DEFAULT NULL,
                        p_note IN VARCHAR2 DEFAULT NULL) RETURN NUMBER IS
    v_customer customers%ROWTYPE;
    v_order_id orders.order_id%TYPE;
  BEGIN
    SELECT * INTO v_customer FROM customers WHERE customer_id = p_customer_id;
    IF v_customer.blocked = 'Y' THEN
      RAISE_APPLICATION_ERROR(-20101, 'Customer ' || p_customer_id || ' is blocked');
    END IF;
    IF open_balance(p_customer_id) > v_customer.credit_limit THEN
      RAISE e_credit_exceeded;
    END IF;
    v_order_id := order_seq.NEXTVAL;
    INSERT INTO orders (order_id, customer_id, order_date, status, warehouse_id,
                        sales_rep_id, ship_by, note)
    VALUES (v_order_id, p_customer_id, SYSDATE, 'NEW', g_default_warehouse,
            NVL(p_sales_rep_id, v_customer.account_manager_id), TRUNC(SYSDATE) + 3, p_note);
    audit_pkg.log_action('CREATE', 'ORDERS', TO_CHAR(v_order_id), 'customer ' || p_customer_id);
    RETURN v_order_id;
  EXCEPTION
    WHEN NO_DATA_FOUND THEN
      RAISE_APPLICATION_ERROR(-20100, 'Unknown customer ' || p_customer_id);
  END create_order;

  PROCEDURE add_line(p_order_id IN NUMBER,
                     p_product_id IN NUMBER,
                     p_quantity IN NUMBER,
                     p_discount_pct IN NUMBER DEFAULT 0) IS
    v_line_no  order_lines.line_no%TYPE;
    v_price    products.unit_price%TYPE;
    v_vat      products.vat_rate%TYPE;
    v_disc     products.discontinued%TYPE;
  BEGIN
    SELECT unit_price, vat_rate, discontinued
      INTO v_price, v_vat, v_disc
      FROM products
     WHERE product_id = p_product_id;
    IF v_disc = 'Y' THEN
      RAISE_APPLICATION_ERROR(-20110, 'Product ' || p_product_id || ' is discontinued');
    END IF;
    SELECT NVL(MAX(line_no), 0) + 1 INTO v_line_no FROM order_lines WHERE order_id = p_order_id;
    INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price, discount_pct, vat_rate)
    VALUES (p_order_id, v_line_no, p_product_id, p_quantity, v_price, p_discount_pct, v_vat);
    recalc_totals(p_order_id);
  END add_line;

  PROCEDURE recalc_totals(p_order_id IN NUMBER) IS
  BEGIN
    UPDATE orders o
       SET (total_net, total_vat) =
           (SELECT NVL(SUM(ROUND(l.quantity * l.unit_price * (1 - l.discount_pct / 100), 2)), 0),
                   NVL(SUM(ROUND(l.quantity * l.unit_price * (1 - l.discount_pct / 100) * l.vat_rate, 2)), 0)
              FROM order_lines l
             WHERE l.order_id = o.order_id)
     WHERE o.order_id = p_order_id;
  END recalc_totals;

  PROCEDURE reserve_stock(p_order_id IN NUMBER) IS
    CURSOR c_lines IS
      SELECT l.product_id, l.quantity, o.warehouse_id
        FROM order_lines l
        JOIN orders o ON o.order_id = l.order_id
       WHERE l.order_id = p_order_id
       FOR UPDATE OF o.status;
    v_available NUMBER;
  BEGIN
    FOR r IN c_lines LOOP
      SELECT on_hand - reserved INTO v_available
        FROM stock_levels
       WHERE warehouse_id = r.warehouse_id AND product_id = r.product_id
       FOR UPDATE;
      IF v_available < r.quantity THEN
        RAISE_APPLICATION_ERROR(-20120, 'Not enough stock of product ' || r.product_id
                                        || ': ' || v_available || ' available, ' || r.quantity || ' ordered');
      END IF;
      UPDATE stock_levels
         SET reserved = reserved + r.quantity
       WHERE warehouse_id = r.warehouse_id AND product_id = r.product_id;
    END LOOP;
    UPDATE orders SET status = 'RESERVED' WHERE order_id = p_order_id;
  END reserve_stock;

  PROCEDURE ship(p_order_id IN NUMBER) IS
    TYPE t_line_tab IS TABLE OF order_lines%ROWTYPE;
    v_lines t_line_tab;
    v_wh    orders.warehouse_id%TYPE;
  BEGIN
    SELECT warehouse_id INTO v_wh FROM orders WHERE order_id = p_order_id AND status = 'RESERVED';
    SELECT * BULK COLLECT INTO v_lines FROM order_lines WHERE order_id = p_order_id;
    FORALL i IN 1 .. v_lines.COUNT
      UPDATE stock_levels
         SET on_hand = on_hand - v_lines(i).quantity,
             reserved = reserved - v_lines(i).quantity
       WHERE warehouse_id = v_wh AND product_id = v_lines(i).product_id;
    FORALL i IN 1 .. v_lines.COUNT
      INSERT INTO stock_movements (movement_id, warehouse_id, product_id, quantity, reason, order_id)
      VALUES (movement_seq.NEXTVAL, v_wh, v_lines(i).product_id, -v_lines(i).quantity, 'SHIPMENT', p_order_id);
    UPDATE orders SET status = 'SHIPPED', shipped_at = SYSDATE WHERE order_id = p_order_id;
  EXCEPTION
    WHEN NO_DATA_FOUND THEN
      RAISE_APPLICATION_ERROR(-20130, 'Order ' || p_order_id || ' is not reserved');
  END ship;

  PROCEDURE cancel(p_order_id IN NUMBER, p_reason IN VARCHAR2) IS
    v_status orders.status%TYPE;
  BEGIN
    SELECT status INTO v_status FROM orders WHERE order_id = p_order_id FOR UPDATE;
    IF v_status IN ('SHIPPED', 'INVOICED') THEN
      RAISE_APPLICATION_ERROR(-20140, 'Order ' || p_order_id || ' is already ' || LOWER(v_status));
    END IF;
    IF v_status = 'RESERVED' THEN
      UPDATE stock_levels s
         SET reserved = reserved - (SELECT SUM(l.quantity)
                                      FROM order_lines l
                                     WHERE l.order_id = p_order_id
                                       AND l.product_id = s.product_id)
       WHERE (s.warehouse_id, s.product_id) IN
             (SELECT o.warehouse_id, l.product_id
                FROM orders o JOIN order_lines l ON l.order_id = o.order_id
               WHERE o.order_id = p_order_id);
    END IF;
    UPDATE orders
       SET status = 'CANCELLED',
           note = SUBSTR(note || ' [cancelled: ' || p_reason || ']', 1, 400)
     WHERE order_id = p_order_id;
    audit_pkg.log_action('CANCEL', 'ORDERS', TO_CHAR(p_order_id), p_reason);
  END cancel;

END order_mgmt;
/
--------------------------------------------------------
--  DDL for Package INVOICING
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE PACKAGE "OUTFIT"."INVOICING" AS
  /* Invoices from shipped orders, payments, dunning. */

  FUNCTION invoice_order(p_order_id IN NUMBER) RETURN NUMBER;

  PROCEDURE record_payment(p_invoice_id IN NUMBER,
                           p_amount IN NUMBER,
                           p_method IN VARCHAR2,
                           p_reference IN VARCHAR2 DEFAULT NULL);

  FUNCTION days_overdue(p_invoice_id IN NUMBER) RETURN NUMBER;

  PROCEDURE send_reminders(p_min_days IN PLS_INTEGER DEFAULT 14);
END invoicing;
/

  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "OUTFIT"."INVOICING" AS

  g_reminder_count PLS_INTEGER := 0;

  FUNCTION invoice_order(p_order_id IN NUMBER) RETURN NUMBER IS
    v_order   orders%ROWTYPE;
    v_terms   customers.payment_terms_days%TYPE;
    v_invoice invoices.invoice_id%TYPE;
  BEGIN
    SELECT * INTO v_order FROM orders WHERE order_id = p_order_id;
    IF v_order.status <> 'SHIPPED' THEN
      RAISE_APPLICATION_ERROR(-20201, 'Only shipped orders can be invoiced (order '
                                      || p_order_id || ' is ' || v_order.status || ')');
    END IF;
    SELECT payment_terms_days INTO v_terms FROM customers WHERE customer_id = v_order.customer_id;
    INSERT INTO invoices (invoice_id, order_id, customer_id, invoice_date, due_date,
                          amount_net, amount_vat, amount_paid, status)
    VALUES (invoice_seq.NEXTVAL, p_order_id, v_order.customer_id, TRUNC(SYSDATE),
            TRUNC(SYSDATE) + NVL(v_terms, 30), v_order.total_net, v_order.total_vat, 0, 'OPEN')
    RETURNING invoice_id INTO v_invoice;
    UPDATE orders SET status = 'INVOICED' WHERE order_id = p_order_id;
    RETURN v_invoice;
  END invoice_order;

  PROCEDURE record_payment(p_invoice_id IN NUMBER,
                           p_amount IN NUMBER,
                           p_method IN VARCHAR2,
                           p_reference IN VARCHAR2 DEFAULT NULL) IS
    v_due  NUMBER;
    v_paid NUMBER;
  BEGIN
    IF p_amount <= 0 THEN
      RAISE_APPLICATION_ERROR(-20210, 'A payment must be positive');
    END IF;
    SELECT amount_net + amount_vat, amount_paid
      INTO v_due, v_paid
      FROM invoices
     WHERE invoice_id = p_invoice_id
       FOR UPDATE;
    INSERT INTO payments (payment_id, invoice_id, paid_at, amount, method, reference)
    VALUES ((SELECT NVL(MAX(payment_id), 0) + 1 FROM payments), p_invoice_id, SYSDATE,
            p_amount, UPPER(p_method), p_reference);
    UPDATE invoices
       SET amount_paid = amount_paid + p_amount,
           status = CASE
                      WHEN amount_paid + p_amount >= v_due THEN 'PAID'
                      ELSE 'PARTIAL'
                    END
     WHERE invoice_id = p_invoice_id;
  END record_payment;

  FUNCTION days_overdue(p_invoice_id IN NUMBER) RETURN NUMBER IS
    v_due_date DATE;
    v_status   invoices.status%TYPE;
  BEGIN
    SELECT due_date, status INTO v_due_date, v_status FROM invoices WHERE invoice_id = p_invoice_id;
    IF v_status = 'PAID' OR v_due_date >= TRUNC(SYSDATE) THEN
      RETURN 0;
    END IF;
    RETURN TRUNC(SYSDATE) - v_due_date;
  END days_overdue;

  PROCEDURE send_reminders(p_min_days IN PLS_INTEGER DEFAULT 14) IS
  BEGIN
    g_reminder_count := 0;
    FOR inv IN (SELECT i.invoice_id, c.email, i.reminders_sent
                  FROM invoices i JOIN customers c ON c.customer_id = i.customer_id
                 WHERE i.status IN ('OPEN', 'PARTIAL')
                   AND i.due_date < TRUNC(SYSDATE) - p_min_days
                   AND c.email IS NOT NULL) LOOP
      UPDATE invoices SET reminders_sent = reminders_sent + 1 WHERE invoice_id = inv.invoice_id;
      g_reminder_count := g_reminder_count + 1;
      IF inv.reminders_sent >= 2 THEN
        audit_pkg.log_action('ESCALATE', 'INVOICES', TO_CHAR(inv.invoice_id), inv.email);
      END IF;
    END LOOP;
    DBMS_OUTPUT.PUT_LINE(g_reminder_count || ' reminders queued');
  END send_reminders;

END invoicing;
/
--------------------------------------------------------
--  DDL for Package AUDIT_PKG
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE PACKAGE "OUTFIT"."AUDIT_PKG" AS
  PROCEDURE log_action(p_action IN VARCHAR2, p_table IN VARCHAR2,
                       p_key IN VARCHAR2, p_details IN VARCHAR2 DEFAULT NULL);
  PROCEDURE purge(p_keep_days IN NUMBER DEFAULT 365);
END audit_pkg;
/

  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "OUTFIT"."AUDIT_PKG" AS

  PROCEDURE log_action(p_action IN VARCHAR2, p_table IN VARCHAR2,
                       p_key IN VARCHAR2, p_details IN VARCHAR2 DEFAULT NULL) IS
    PRAGMA AUTONOMOUS_TRANSACTION;
  BEGIN
    INSERT INTO audit_log (logged_at, username, action, table_name, row_key, details)
    VALUES (SYSTIMESTAMP, USER, p_action, p_table, p_key, SUBSTR(p_details, 1, 4000));
    COMMIT;
  END log_action;

  PROCEDURE purge(p_keep_days IN NUMBER DEFAULT 365) IS
    v_sql VARCHAR2(200);
  BEGIN
    v_sql := 'DELETE FROM audit_log WHERE logged_at < SYSTIMESTAMP - NUMTODSINTERVAL(:d, ''DAY'')';
    EXECUTE IMMEDIATE v_sql USING p_keep_days;
    log_action('PURGE', 'AUDIT_LOG', NULL, SQL%ROWCOUNT || ' rows');
  END purge;

END audit_pkg;
/
