-- Sales application: triggers.
CREATE OR REPLACE TRIGGER sales.orders_bi
BEFORE INSERT ON sales.orders
FOR EACH ROW
BEGIN
  IF :NEW.order_id IS NULL THEN
    :NEW.order_id := sales.order_seq.NEXTVAL;
  END IF;
  :NEW.status := NVL(:NEW.status, 'OPEN');
END;
/

CREATE OR REPLACE TRIGGER sales.orders_audit_aiud
AFTER INSERT OR UPDATE OF status OR DELETE ON sales.orders
FOR EACH ROW
DECLARE
  l_action CHAR(1);
BEGIN
  l_action := CASE WHEN INSERTING THEN 'I' WHEN UPDATING THEN 'U' ELSE 'D' END;
  INSERT INTO sales.order_audit (order_id, action, old_status, new_status, changed_by, changed_at)
  VALUES (COALESCE(:NEW.order_id, :OLD.order_id), l_action, :OLD.status, :NEW.status,
          SYS_CONTEXT('USERENV', 'SESSION_USER'), SYSDATE);
END orders_audit_aiud;
/

CREATE OR REPLACE TRIGGER sales.employees_salary_bu
BEFORE UPDATE OF salary ON sales.employees
REFERENCING NEW AS new_row OLD AS old_row
FOR EACH ROW
WHEN (new_row.salary > old_row.salary * 1.5)
BEGIN
  RAISE_APPLICATION_ERROR(-20210, 'salary of ' || :old_row.emp_id || ' cannot rise by more than 50%');
END;
/

CREATE OR REPLACE TRIGGER sales.order_items_stmt
AFTER INSERT OR UPDATE OR DELETE ON sales.order_items
BEGIN
  sales.util.debug('TRIGGER', 'order_items changed');
END;
/

CREATE OR REPLACE VIEW sales.v_order_lines AS
SELECT o.order_id, o.customer_id, oi.line_no, oi.product_id, oi.quantity, oi.unit_price
  FROM sales.orders o JOIN sales.order_items oi ON oi.order_id = o.order_id;

CREATE OR REPLACE TRIGGER sales.v_order_lines_ioi
INSTEAD OF INSERT OR UPDATE OR DELETE ON sales.v_order_lines
FOR EACH ROW
BEGIN
  IF INSERTING THEN
    INSERT INTO sales.order_items (order_id, line_no, product_id, quantity, unit_price)
    VALUES (:NEW.order_id, :NEW.line_no, :NEW.product_id, :NEW.quantity, :NEW.unit_price);
  ELSIF UPDATING THEN
    UPDATE sales.order_items
       SET quantity = :NEW.quantity, unit_price = :NEW.unit_price
     WHERE order_id = :OLD.order_id AND line_no = :OLD.line_no;
  ELSE
    DELETE FROM sales.order_items WHERE order_id = :OLD.order_id AND line_no = :OLD.line_no;
  END IF;
END;
/

CREATE OR REPLACE TRIGGER sales.order_items_totals
FOR INSERT OR UPDATE OR DELETE ON sales.order_items
COMPOUND TRIGGER
  TYPE t_ids IS TABLE OF BOOLEAN INDEX BY PLS_INTEGER;
  g_orders t_ids;

  AFTER EACH ROW IS
  BEGIN
    g_orders(NVL(:NEW.order_id, :OLD.order_id)) := TRUE;
  END AFTER EACH ROW;

  AFTER STATEMENT IS
    l_id PLS_INTEGER := g_orders.FIRST;
  BEGIN
    WHILE l_id IS NOT NULL LOOP
      UPDATE sales.orders o
         SET o.order_total = (SELECT NVL(SUM(quantity * unit_price), 0) FROM sales.order_items WHERE order_id = l_id)
       WHERE o.order_id = l_id;
      l_id := g_orders.NEXT(l_id);
    END LOOP;
    g_orders.DELETE;
  END AFTER STATEMENT;
END order_items_totals;
/

CREATE OR REPLACE TRIGGER sales.schema_ddl_guard
BEFORE DROP OR TRUNCATE ON sales.SCHEMA
BEGIN
  IF ORA_DICT_OBJ_NAME IN ('ORDERS', 'CUSTOMERS') AND ORA_DICT_OBJ_TYPE = 'TABLE' THEN
    RAISE_APPLICATION_ERROR(-20999, 'protected table ' || ORA_DICT_OBJ_NAME);
  END IF;
END;
/

CREATE OR REPLACE TRIGGER sales.logon_set_context
AFTER LOGON ON SCHEMA
BEGIN
  DBMS_SESSION.SET_CONTEXT('SALES_CTX', 'REGION', '1');
  EXECUTE IMMEDIATE 'ALTER SESSION SET NLS_DATE_FORMAT = ''YYYY-MM-DD''';
END;
/
