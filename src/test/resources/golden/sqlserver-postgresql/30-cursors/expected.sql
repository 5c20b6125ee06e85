-- schema dbo [converted]
CREATE SCHEMA IF NOT EXISTS dbo;

-- table dbo.orders [converted]
CREATE TABLE dbo.orders (
  orderid integer NOT NULL,
  customer varchar(20) NOT NULL,
  amount numeric(10,2) NOT NULL,
  status varchar(10) DEFAULT 'open' NOT NULL,
  PRIMARY KEY (orderid)
);

-- table dbo.customertotals [converted]
CREATE TABLE dbo.customertotals (
  customer varchar(20) NOT NULL,
  total numeric(12,2) NOT NULL,
  orders integer NOT NULL,
  PRIMARY KEY (customer)
);

-- procedure dbo.buildtotals [converted]
CREATE OR REPLACE PROCEDURE dbo.buildtotals(INOUT lastcustomer varchar(20), INOUT rows integer)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
<<locals>>
DECLARE
  customer varchar(20);
  amount numeric(10,2);
  order_cursor refcursor;
  order_cursor_row record;
  godwit_fetch_status integer := -1;
BEGIN
  buildtotals.rows := 0;
  DELETE FROM dbo.customertotals;
  OPEN order_cursor FOR
    SELECT customer, (amount * 2)::numeric / 2 AS value_2
    FROM dbo.orders
    WHERE status = 'open'
    ORDER BY orderid NULLS FIRST;
  FETCH order_cursor INTO order_cursor_row;
  locals.godwit_fetch_status := CASE WHEN FOUND THEN 0 ELSE -1 END;
  IF FOUND THEN
    locals.customer := order_cursor_row.customer;
    locals.amount := order_cursor_row.value_2;
  END IF;
  WHILE locals.godwit_fetch_status = 0 LOOP
    IF locals.amount < 0 THEN
      FETCH order_cursor INTO order_cursor_row;
      locals.godwit_fetch_status := CASE WHEN FOUND THEN 0 ELSE -1 END;
      IF FOUND THEN
        locals.customer := order_cursor_row.customer;
        locals.amount := order_cursor_row.value_2;
      END IF;
      CONTINUE;
    END IF;
    IF EXISTS (SELECT 1
    FROM dbo.customertotals
    WHERE customer = locals.customer) THEN
      UPDATE dbo.customertotals
      SET total = total + locals.amount, orders = orders + 1
      WHERE customer = locals.customer;
    ELSE
      INSERT INTO dbo.customertotals (customer, total, orders)
      VALUES (locals.customer, locals.amount, 1);
    END IF;
    buildtotals.rows := buildtotals.rows + 1;
    FETCH order_cursor INTO order_cursor_row;
    locals.godwit_fetch_status := CASE WHEN FOUND THEN 0 ELSE -1 END;
    IF FOUND THEN
      locals.customer := order_cursor_row.customer;
      locals.amount := order_cursor_row.value_2;
    END IF;
  END LOOP;
  CLOSE order_cursor;
  buildtotals.lastcustomer := locals.customer;
END;
$body$;

-- procedure dbo.firstbigorder [converted]
CREATE OR REPLACE PROCEDURE dbo.firstbigorder("limit" numeric(10,2), INOUT orderid integer)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
<<locals>>
DECLARE
  c record;
  id integer;
  amt numeric(10,2);
BEGIN
  firstbigorder.orderid := NULL;
  FOR c IN 
    SELECT orderid, amount
    FROM dbo.orders
    ORDER BY orderid NULLS FIRST LOOP
    locals.id := c.orderid;
    locals.amt := c.amount;
    IF locals.amt > firstbigorder."limit" THEN
      firstbigorder.orderid := locals.id;
      EXIT;
    END IF;
  END LOOP;
END;
$body$;

-- procedure dbo.closeorders [actions]
CREATE OR REPLACE PROCEDURE dbo.closeorders(customer varchar(20), INOUT closed integer, INOUT lastamount numeric(10,2))
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
<<locals>>
DECLARE
  id integer;
  amount numeric(10,2);
  done integer;
  close_cursor refcursor;
  close_cursor_row record;
  godwit_fetch_status integer := -1;
BEGIN
  locals.done := 0;
  closeorders.closed := 0;
  OPEN close_cursor FOR
    SELECT orderid, amount
    FROM dbo.orders
    WHERE customer = closeorders.customer
    ORDER BY orderid NULLS FIRST;
  WHILE 1 = 1 LOOP
    FETCH close_cursor INTO close_cursor_row;
    locals.godwit_fetch_status := CASE WHEN FOUND THEN 0 ELSE -1 END;
    IF FOUND THEN
      locals.id := close_cursor_row.orderid;
      locals.amount := close_cursor_row.amount;
    END IF;
    IF locals.godwit_fetch_status <> 0 THEN
      EXIT;
    END IF;
    UPDATE dbo.orders
    SET status = 'closed'
    WHERE orderid = locals.id;
    closeorders.closed := closeorders.closed + 1;
    closeorders.lastamount := locals.amount;
  END LOOP;
  IF locals.godwit_fetch_status = -1 THEN
    locals.done := 1;
  END IF;
  CLOSE close_cursor;
  IF locals.done = 0 THEN
    closeorders.closed := -1;
  END IF;
END;
$body$;

-- procedure dbo.countpairs [converted]
CREATE OR REPLACE PROCEDURE dbo.countpairs(INOUT pairs integer)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
<<locals>>
DECLARE
  outer_c record;
  inner_c record;
  a integer;
  b integer;
BEGIN
  countpairs.pairs := 0;
  FOR outer_c IN 
    SELECT orderid
    FROM dbo.orders LOOP
    locals.a := outer_c.orderid;
    FOR inner_c IN 
      SELECT orderid
      FROM dbo.orders
      WHERE orderid > locals.a LOOP
      locals.b := inner_c.orderid;
      countpairs.pairs := countpairs.pairs + 1;
    END LOOP;
  END LOOP;
END;
$body$;

-- procedure dbo.lastorder [actions]
CREATE OR REPLACE PROCEDURE dbo.lastorder(INOUT id integer)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
<<locals>>
DECLARE
  s refcursor;
  s_row record;
BEGIN
  OPEN s FOR
    SELECT orderid
    FROM dbo.orders
    ORDER BY orderid NULLS FIRST;
  RAISE EXCEPTION 'GODWIT MSS-1042: statement not converted at line 126'; /* GODWIT MSS-1042: FETCH LAST FROM s INTO @Id */
  CLOSE s;
END;
$body$;

