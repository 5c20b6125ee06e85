-- Shopfront order entry database: stored procedures
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO

/* Returns a customer and the customer's open orders: two result sets. */
CREATE OR ALTER PROCEDURE shop.GetCustomer
    @CustomerId int
AS
BEGIN
    SET NOCOUNT ON;

    SELECT c.CustomerId, c.CustomerCode, c.Name, c.Email, c.Segment, c.CreditLimit, c.Balance
    FROM shop.Customer AS c
    WHERE c.CustomerId = @CustomerId;

    SELECT o.OrderId, o.OrderDate, o.Status, o.Total
    FROM shop.[Order] o WITH (NOLOCK)
    WHERE o.CustomerId = @CustomerId
      AND o.Status <> 'cancelled'
    ORDER BY o.OrderDate DESC;

    RETURN @@ROWCOUNT;
END
GO

CREATE PROCEDURE shop.PlaceOrder
    @CustomerId int,
    @Items      shop.ItemList READONLY,
    @ShipTo     nvarchar(400) = NULL,
    @OrderId    int = NULL OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @total decimal(12, 2), @credit money, @balance money;
    DECLARE @now datetime2(0) = SYSDATETIME();

    IF NOT EXISTS (SELECT 1 FROM @Items)
    BEGIN
        RAISERROR('An order needs at least one item.', 16, 1);
        RETURN -1;
    END

    BEGIN TRY
        BEGIN TRANSACTION PlaceOrder;

        SELECT @credit = CreditLimit, @balance = Balance
        FROM shop.Customer WITH (UPDLOCK, ROWLOCK)
        WHERE CustomerId = @CustomerId;

        IF @@ROWCOUNT = 0
            THROW 50001, N'Unknown customer.', 1;

        SELECT @total = SUM(i.Quantity * p.ListPrice)
        FROM @Items AS i
        INNER JOIN shop.Product AS p ON p.ProductId = i.ProductId
        WHERE p.IsActive = 1;

        IF @balance + @total > @credit
        BEGIN
            DECLARE @msg nvarchar(200) =
                FORMATMESSAGE(N'Credit limit %s exceeded for customer %d.', CONVERT(nvarchar(20), @credit, 1), @CustomerId);
            RAISERROR(@msg, 16, 1) WITH NOWAIT;
        END

        SET @OrderId = NEXT VALUE FOR shop.OrderNumber;

        INSERT INTO shop.[Order] (OrderId, CustomerId, OrderDate, Status, ShipTo, Total)
        VALUES (@OrderId, @CustomerId, @now, 'new', @ShipTo, @total);

        INSERT INTO shop.OrderItem (OrderId, LineNumber, ProductId, Quantity, UnitPrice)
        SELECT @OrderId,
               ROW_NUMBER() OVER (ORDER BY i.ProductId),
               i.ProductId,
               i.Quantity,
               p.ListPrice
        FROM @Items i
        JOIN shop.Product p ON p.ProductId = i.ProductId;

        UPDATE inv
        SET inv.Reserved += i.Quantity
        FROM shop.Inventory AS inv
        INNER JOIN @Items AS i ON i.ProductId = inv.ProductId
        WHERE inv.Warehouse = 'MAIN';

        UPDATE shop.Customer SET Balance = Balance + @total, ModifiedAt = GETDATE() WHERE CustomerId = @CustomerId;

        COMMIT TRANSACTION PlaceOrder;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0
            ROLLBACK TRANSACTION;

        DECLARE @ErrorMessage nvarchar(4000) = ERROR_MESSAGE(),
                @ErrorSeverity int = ERROR_SEVERITY(),
                @ErrorState int = ERROR_STATE();

        INSERT shop.AuditLog (TableName, Action, KeyValue, NewValue)
        VALUES (N'Order', 'E', CONVERT(nvarchar(100), @CustomerId),
                CONCAT(ERROR_NUMBER(), N': ', @ErrorMessage, N' at line ', ERROR_LINE(), N' in ', ERROR_PROCEDURE()));

        RAISERROR(@ErrorMessage, @ErrorSeverity, @ErrorState);
        RETURN -2;
    END CATCH

    SELECT @OrderId AS OrderId, @total AS Total;
    RETURN 0;
END
GO

CREATE PROCEDURE shop.CancelOrder @OrderId int, @Reason nvarchar(200) = N'customer request'
AS
SET NOCOUNT ON
BEGIN TRY
    BEGIN TRAN
    IF NOT EXISTS (SELECT * FROM shop.[Order] WHERE OrderId = @OrderId AND Status IN ('new', 'reserved'))
    BEGIN
        ;THROW 50010, 'Order cannot be cancelled in its current status', 1
    END

    UPDATE shop.[Order]
    SET Status = 'cancelled'
    OUTPUT deleted.OrderId, deleted.Status, inserted.Status
    WHERE OrderId = @OrderId

    DELETE FROM shop.OrderItem
    OUTPUT deleted.ProductId, deleted.Quantity INTO #released (ProductId, Quantity)
    WHERE OrderId = @OrderId

    COMMIT
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRAN
    ;THROW
END CATCH
GO

/* Rebuilds customer balances one customer at a time with a cursor. */
CREATE PROCEDURE shop.RecalculateBalances
AS
BEGIN
    SET NOCOUNT ON
    DECLARE @CustomerId int, @Balance money, @Count int = 0

    DECLARE customer_cursor CURSOR LOCAL FAST_FORWARD FOR
        SELECT c.CustomerId
        FROM shop.Customer c
        ORDER BY c.CustomerId

    OPEN customer_cursor
    FETCH NEXT FROM customer_cursor INTO @CustomerId

    WHILE @@FETCH_STATUS = 0
    BEGIN
        SELECT @Balance = ISNULL(SUM(o.Total), 0)
        FROM shop.[Order] o
        WHERE o.CustomerId = @CustomerId AND o.Status <> 'cancelled'

        UPDATE shop.Customer SET Balance = @Balance WHERE CURRENT OF customer_cursor
        SET @Count = @Count + 1

        IF @Count % 1000 = 0
            PRINT 'processed ' + CAST(@Count AS varchar(10)) + ' customers'

        FETCH NEXT FROM customer_cursor INTO @CustomerId
    END

    CLOSE customer_cursor
    DEALLOCATE customer_cursor
    SELECT @Count AS CustomersProcessed
END
GO

CREATE PROCEDURE shop.ReserveStock
    @OrderId int
AS
BEGIN
    SET NOCOUNT ON;

    CREATE TABLE #needed
    (
        ProductId int NOT NULL PRIMARY KEY,
        Quantity  int NOT NULL
    );

    INSERT INTO #needed (ProductId, Quantity)
    SELECT ProductId, SUM(Quantity)
    FROM shop.OrderItem
    WHERE OrderId = @OrderId
    GROUP BY ProductId;

    DECLARE @short TABLE (ProductId int, Missing int);

    INSERT @short (ProductId, Missing)
    SELECT n.ProductId, n.Quantity - (inv.OnHand - inv.Reserved)
    FROM #needed n
    LEFT JOIN shop.Inventory inv ON inv.ProductId = n.ProductId AND inv.Warehouse = 'MAIN'
    WHERE inv.ProductId IS NULL OR inv.OnHand - inv.Reserved < n.Quantity;

    IF EXISTS (SELECT * FROM @short)
    BEGIN
        SELECT s.ProductId, p.Sku, s.Missing FROM @short s JOIN shop.Product p ON p.ProductId = s.ProductId;
        DROP TABLE #needed;
        RETURN 1;
    END;

    MERGE shop.Inventory WITH (HOLDLOCK) AS target
    USING (SELECT ProductId, Quantity FROM #needed) AS source (ProductId, Quantity)
        ON target.ProductId = source.ProductId AND target.Warehouse = 'MAIN'
    WHEN MATCHED AND target.OnHand >= target.Reserved + source.Quantity THEN
        UPDATE SET target.Reserved = target.Reserved + source.Quantity
    WHEN NOT MATCHED BY TARGET THEN
        INSERT (ProductId, Warehouse, OnHand, Reserved) VALUES (source.ProductId, 'MAIN', 0, 0)
    OUTPUT $action AS MergeAction, inserted.ProductId, inserted.Reserved, deleted.Reserved;

    UPDATE shop.[Order] SET Status = 'reserved' WHERE OrderId = @OrderId;
    DROP TABLE IF EXISTS #needed;
    RETURN 0;
END
GO

/* Search with optional filters, built as dynamic SQL with parameters. */
CREATE PROCEDURE shop.SearchOrders
    @CustomerName nvarchar(100) = NULL,
    @From         date = NULL,
    @To           date = NULL,
    @Status       varchar(12) = NULL,
    @SortColumn   sysname = N'OrderDate',
    @Page         int = 1,
    @PageSize     int = 50
WITH EXECUTE AS OWNER
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @sql nvarchar(max) = N'
SELECT o.OrderId, o.OrderDate, c.Name, o.Status, o.Total
FROM shop.[Order] o
JOIN shop.Customer c ON c.CustomerId = o.CustomerId
WHERE 1 = 1';

    IF @CustomerName IS NOT NULL SET @sql += N' AND c.Name LIKE @name + N''%''';
    IF @From IS NOT NULL SET @sql = @sql + N' AND o.OrderDate >= @from';
    IF @To IS NOT NULL SET @sql = @sql + N' AND o.OrderDate < DATEADD(DAY, 1, @to)';
    IF @Status IS NOT NULL SET @sql = @sql + N' AND o.Status = @status';

    IF @SortColumn NOT IN (N'OrderDate', N'Total', N'Name')
        SET @SortColumn = N'OrderDate';

    SET @sql = @sql + N' ORDER BY ' + QUOTENAME(@SortColumn) + N' DESC'
             + N' OFFSET (@page - 1) * @size ROWS FETCH NEXT @size ROWS ONLY;';

    EXEC sys.sp_executesql @sql,
        N'@name nvarchar(100), @from date, @to date, @status varchar(12), @page int, @size int',
        @name = @CustomerName, @from = @From, @to = @To, @status = @Status,
        @page = @Page, @size = @PageSize;
END
GO

CREATE PROCEDURE shop.ArchiveOldOrders @Before date, @Moved int OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @batch int = 500, @rows int = 1;
    SET @Moved = 0;

    IF OBJECT_ID('tempdb..#archived') IS NOT NULL DROP TABLE #archived;
    SELECT TOP (0) OrderId, CustomerId, OrderDate, Total INTO #archived FROM shop.[Order];

    WHILE @rows > 0
    BEGIN
        DELETE TOP (@batch) o
        OUTPUT deleted.OrderId, deleted.CustomerId, deleted.OrderDate, deleted.Total INTO #archived
        FROM shop.[Order] AS o
        WHERE o.OrderDate < @Before AND o.Status IN ('shipped', 'cancelled');

        SET @rows = @@ROWCOUNT;
        SET @Moved += @rows;
        IF @rows < @batch BREAK;
        WAITFOR DELAY '00:00:01';
    END

    EXEC('SELECT COUNT(*) AS Archived FROM #archived');
    EXEC ('INSERT INTO archive.Orders SELECT * FROM #archived WHERE OrderDate < ''' + @Before + '''');
END
GO

CREATE PROCEDURE shop.DailyReport @Day date = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET @Day = COALESCE(@Day, CAST(GETDATE() AS date));
    DECLARE @rc int;

    EXEC @rc = shop.RecalculateBalances;
    IF @rc <> 0 GOTO failed;

    SELECT Segment, [new], [reserved], [shipped], [cancelled]
    FROM (SELECT c.Segment, o.Status, o.Total
          FROM shop.[Order] o JOIN shop.Customer c ON c.CustomerId = o.CustomerId
          WHERE CAST(o.OrderDate AS date) = @Day) AS src
    PIVOT (SUM(Total) FOR Status IN ([new], [reserved], [shipped], [cancelled])) AS pvt
    ORDER BY Segment;

    RETURN 0;

failed:
    RAISERROR('Balance recalculation failed with %d', 10, 1, @rc) WITH LOG;
    RETURN @rc;
END
GO

EXEC shop.GetCustomer @CustomerId = 1;
EXECUTE shop.GetCustomer 2;
DECLARE @id int, @items shop.ItemList;
INSERT INTO @items VALUES (1, 2), (3, 1);
EXEC shop.PlaceOrder @CustomerId = 1, @Items = @items, @OrderId = @id OUTPUT;
SELECT @id AS NewOrder;
GO
