CREATE TABLE dbo.Orders (
  OrderID int NOT NULL PRIMARY KEY,
  Customer varchar(20) NOT NULL,
  Amount decimal(10,2) NOT NULL,
  Status varchar(10) NOT NULL DEFAULT 'open'
)
GO
CREATE TABLE dbo.CustomerTotals (
  Customer varchar(20) NOT NULL PRIMARY KEY,
  Total decimal(12,2) NOT NULL,
  Orders int NOT NULL
)
GO
-- A FETCH before CONTINUE is a third FETCH: an explicit cursor with @@FETCH_STATUS kept.
CREATE PROCEDURE dbo.BuildTotals
  @LastCustomer varchar(20) OUTPUT,
  @Rows int OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @Customer varchar(20), @Amount decimal(10,2);
  SET @Rows = 0;
  DELETE FROM dbo.CustomerTotals;
  DECLARE order_cursor CURSOR LOCAL FAST_FORWARD FOR
    SELECT Customer, Amount * 2 / 2 FROM dbo.Orders WHERE Status = 'open' ORDER BY OrderID;
  OPEN order_cursor;
  FETCH NEXT FROM order_cursor INTO @Customer, @Amount;
  WHILE @@FETCH_STATUS = 0
  BEGIN
    IF @Amount < 0
    BEGIN
      FETCH NEXT FROM order_cursor INTO @Customer, @Amount;
      CONTINUE;
    END
    IF EXISTS (SELECT 1 FROM dbo.CustomerTotals WHERE Customer = @Customer)
      UPDATE dbo.CustomerTotals SET Total = Total + @Amount, Orders = Orders + 1
        WHERE Customer = @Customer;
    ELSE
      INSERT INTO dbo.CustomerTotals (Customer, Total, Orders) VALUES (@Customer, @Amount, 1);
    SET @Rows = @Rows + 1;
    FETCH NEXT FROM order_cursor INTO @Customer, @Amount;
  END
  CLOSE order_cursor;
  DEALLOCATE order_cursor;
  SET @LastCustomer = @Customer;
END
GO
-- A simple loop with BREAK: a FOR loop too; the variables keep the last row read.
CREATE PROCEDURE dbo.FirstBigOrder @Limit decimal(10,2), @OrderID int OUTPUT
AS
BEGIN
  DECLARE @Id int, @Amt decimal(10,2);
  SET @OrderID = NULL;
  DECLARE c CURSOR FOR SELECT OrderID, Amount FROM dbo.Orders ORDER BY OrderID;
  OPEN c;
  FETCH NEXT FROM c INTO @Id, @Amt;
  WHILE (@@FETCH_STATUS = 0)
  BEGIN
    IF @Amt > @Limit
    BEGIN
      SET @OrderID = @Id;
      BREAK;
    END
    FETCH NEXT FROM c INTO @Id, @Amt;
  END
  CLOSE c;
  DEALLOCATE c;
END
GO
-- @@FETCH_STATUS read after the loop and a DYNAMIC cursor: an explicit cursor.
CREATE PROCEDURE dbo.CloseOrders @Customer varchar(20), @Closed int OUTPUT, @LastAmount decimal(10,2) OUTPUT
AS
BEGIN
  DECLARE @Id int, @Amount decimal(10,2), @Done int = 0;
  SET @Closed = 0;
  DECLARE close_cursor CURSOR DYNAMIC FOR
    SELECT OrderID, Amount FROM dbo.Orders WHERE Customer = @Customer ORDER BY OrderID;
  OPEN close_cursor;
  WHILE 1 = 1
  BEGIN
    FETCH NEXT FROM close_cursor INTO @Id, @Amount;
    IF @@FETCH_STATUS <> 0 BREAK;
    UPDATE dbo.Orders SET Status = 'closed' WHERE OrderID = @Id;
    SET @Closed = @Closed + 1;
    SET @LastAmount = @Amount;
  END
  IF @@FETCH_STATUS = -1 SET @Done = 1;
  CLOSE close_cursor;
  DEALLOCATE close_cursor;
  IF @Done = 0 SET @Closed = -1;
END
GO
-- Nested cursors: the inner one reads the outer one's variable.
CREATE PROCEDURE dbo.CountPairs @Pairs int OUTPUT
AS
BEGIN
  DECLARE @A int, @B int;
  SET @Pairs = 0;
  DECLARE outer_c CURSOR FOR SELECT OrderID FROM dbo.Orders;
  OPEN outer_c;
  FETCH NEXT FROM outer_c INTO @A;
  WHILE @@FETCH_STATUS = 0
  BEGIN
    DECLARE inner_c CURSOR FOR SELECT OrderID FROM dbo.Orders WHERE OrderID > @A;
    OPEN inner_c;
    FETCH NEXT FROM inner_c INTO @B;
    WHILE @@FETCH_STATUS = 0
    BEGIN
      SET @Pairs = @Pairs + 1;
      FETCH NEXT FROM inner_c INTO @B;
    END
    CLOSE inner_c;
    DEALLOCATE inner_c;
    FETCH NEXT FROM outer_c INTO @A;
  END
  CLOSE outer_c;
  DEALLOCATE outer_c;
END
GO
-- Scrolling backwards has no FETCH conversion: an item.
CREATE PROCEDURE dbo.LastOrder @Id int OUTPUT
AS
BEGIN
  DECLARE s CURSOR SCROLL FOR SELECT OrderID FROM dbo.Orders ORDER BY OrderID;
  OPEN s;
  FETCH LAST FROM s INTO @Id;
  CLOSE s;
  DEALLOCATE s;
END
GO
