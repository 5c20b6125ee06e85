--------------------------------------------------------
--  DDL for Function ORDER_MARGIN
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE FUNCTION "OUTFIT"."ORDER_MARGIN" (p_order_id IN NUMBER)
  RETURN NUMBER
IS
  v_revenue NUMBER;
  v_cost    NUMBER;
BEGIN
  SELECT SUM(l.quantity * l.unit_price * (1 - l.discount_pct / 100)),
         SUM(l.quantity * p.unit_cost)
    INTO v_revenue, v_cost
    FROM order_lines l
    JOIN products p ON p.product_id = l.product_id
   WHERE l.order_id = p_order_id;
  IF NVL(v_revenue, 0) = 0 THEN
    RETURN NULL;
  END IF;
  RETURN ROUND((v_revenue - v_cost) / v_revenue * 100, 1);
END order_margin;
/
--------------------------------------------------------
--  DDL for Function CUSTOMER_TIER
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE FUNCTION "OUTFIT"."CUSTOMER_TIER" (p_customer_id IN NUMBER)
  RETURN VARCHAR2
IS
  v_revenue NUMBER;
BEGIN
  SELECT NVL(SUM(amount_net), 0)
    INTO v_revenue
    FROM invoices
   WHERE customer_id = p_customer_id
     AND invoice_date >= ADD_MONTHS(SYSDATE, -12);
  RETURN CASE
           WHEN v_revenue >= 100000 THEN 'GOLD'
           WHEN v_revenue >= 20000 THEN 'SILVER'
           ELSE 'STANDARD'
         END;
END customer_tier;
/
--------------------------------------------------------
--  DDL for Procedure RESTOCK
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE PROCEDURE "OUTFIT"."RESTOCK" (
    p_warehouse_id IN NUMBER,
    p_product_id   IN NUMBER,
    p_quantity     IN NUMBER)
AS
BEGIN
  MERGE INTO stock_levels s
  USING (SELECT p_warehouse_id AS warehouse_id, p_product_id AS product_id FROM dual) src
     ON (s.warehouse_id = src.warehouse_id AND s.product_id = src.product_id)
   WHEN MATCHED THEN
     UPDATE SET s.on_hand = s.on_hand + p_quantity
   WHEN NOT MATCHED THEN
     INSERT (warehouse_id, product_id, on_hand, reserved)
     VALUES (p_warehouse_id, p_product_id, p_quantity, 0);
  INSERT INTO stock_movements (movement_id, warehouse_id, product_id, quantity, reason)
  VALUES (movement_seq.NEXTVAL, p_warehouse_id, p_product_id, p_quantity, 'RESTOCK');
END restock;
/
--------------------------------------------------------
--  DDL for Procedure CLOSE_MONTH
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE PROCEDURE "OUTFIT"."CLOSE_MONTH" (p_month IN DATE DEFAULT ADD_MONTHS(SYSDATE, -1))
AS
  v_orders   PLS_INTEGER := 0;
  v_invoice  NUMBER;
BEGIN
  FOR o IN (SELECT order_id
              FROM orders
             WHERE status = 'SHIPPED'
               AND shipped_at < ADD_MONTHS(TRUNC(p_month, 'MM'), 1)
             ORDER BY order_id) LOOP
    BEGIN
      v_invoice := invoicing.invoice_order(o.order_id);
      v_orders := v_orders + 1;
    EXCEPTION
      WHEN OTHERS THEN
        audit_pkg.log_action('ERROR', 'ORDERS', TO_CHAR(o.order_id), SQLERRM);
    END;
  END LOOP;
  invoicing.send_reminders(14);
  audit_pkg.log_action('CLOSE', 'ORDERS', TO_CHAR(p_month, 'YYYY-MM'), v_orders || ' orders invoiced');
  COMMIT;
END close_month;
/
--------------------------------------------------------
--  DDL for Trigger ORDERS_AUDIT
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE TRIGGER "OUTFIT"."ORDERS_AUDIT"
  AFTER UPDATE OF status ON "OUTFIT"."ORDERS"
  FOR EACH ROW
  WHEN (NEW.status <> OLD.status)
BEGIN
  INSERT INTO audit_log (action, table_name, row_key, details)
  VALUES ('STATUS', 'ORDERS', TO_CHAR(:NEW.order_id), :OLD.status || ' -> ' || :NEW.status);
END;
/
ALTER TRIGGER "OUTFIT"."ORDERS_AUDIT" ENABLE;
--------------------------------------------------------
--  DDL for Trigger PRODUCTS_PRICE_BU
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE TRIGGER "OUTFIT"."PRODUCTS_PRICE_BU"
  BEFORE UPDATE OF unit_price ON "OUTFIT"."PRODUCTS"
  FOR EACH ROW
BEGIN
  IF :NEW.unit_price < :OLD.unit_cost THEN
    RAISE_APPLICATION_ERROR(-20401, 'Price below cost for ' || :OLD.sku);
  END IF;
  :NEW.last_price_change := SYSTIMESTAMP;
END;
/
ALTER TRIGGER "OUTFIT"."PRODUCTS_PRICE_BU" ENABLE;
--------------------------------------------------------
--  DDL for Trigger CUSTOMERS_BI
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE TRIGGER "OUTFIT"."CUSTOMERS_BI"
  BEFORE INSERT ON "OUTFIT"."CUSTOMERS"
  FOR EACH ROW
BEGIN
  IF :NEW.customer_id IS NULL THEN
    SELECT customer_seq.NEXTVAL INTO :NEW.customer_id FROM dual;
  END IF;
  :NEW.country_code := UPPER(:NEW.country_code);
END;
/
ALTER TRIGGER "OUTFIT"."CUSTOMERS_BI" ENABLE;
--------------------------------------------------------
--  DDL for Trigger STOCK_LEVELS_LOW
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE TRIGGER "OUTFIT"."STOCK_LEVELS_LOW"
  AFTER UPDATE OF on_hand ON "OUTFIT"."STOCK_LEVELS"
  FOR EACH ROW
DECLARE
  v_level products.reorder_level%TYPE;
BEGIN
  SELECT reorder_level INTO v_level FROM products WHERE product_id = :NEW.product_id;
  IF :NEW.on_hand < v_level AND :OLD.on_hand >= v_level THEN
    audit_pkg.log_action('LOW_STOCK', 'STOCK_LEVELS',
                         :NEW.warehouse_id || '/' || :NEW.product_id,
                         'on hand ' || :NEW.on_hand || ', reorder level ' || v_level);
  END IF;
END;
/
ALTER TRIGGER "OUTFIT"."STOCK_LEVELS_LOW" ENABLE;
