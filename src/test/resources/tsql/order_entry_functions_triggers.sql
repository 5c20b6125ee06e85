-- Shopfront order entry database: functions and triggers
SET ANSI_NULLS ON
SET QUOTED_IDENTIFIER ON
GO

-- Scalar function
CREATE FUNCTION shop.fnOrderTotal (@OrderId int)
RETURNS decimal(12, 2)
WITH RETURNS NULL ON NULL INPUT
AS
BEGIN
    DECLARE @total decimal(12, 2);
    SELECT @total = SUM(LineTotal) FROM shop.OrderItem WHERE OrderId = @OrderId;
    RETURN ISNULL(@total, 0);
END;
GO

-- Scalar function with branching and a loop
CREATE FUNCTION dbo.fnWorkingDays (@From date, @To date)
RETURNS int
AS
BEGIN
    DECLARE @days int = 0, @d date = @From;
    IF @From IS NULL OR @To IS NULL OR @To < @From
        RETURN NULL;
    WHILE @d <= @To
    BEGIN
        IF DATEPART(WEEKDAY, @d) NOT IN (1, 7)
            SET @days += 1;
        SET @d = DATEADD(DAY, 1, @d);
    END
    RETURN @days;
END
GO

-- Inline table-valued function with APPLY
CREATE FUNCTION shop.fnCustomerOrders (@CustomerId int, @Since date = NULL)
RETURNS TABLE
AS
RETURN
    SELECT o.OrderId, o.OrderDate, o.Status, t.ItemCount, t.Amount
    FROM shop.[Order] AS o
    CROSS APPLY (SELECT COUNT(*) AS ItemCount, SUM(i.LineTotal) AS Amount
                 FROM shop.OrderItem AS i
                 WHERE i.OrderId = o.OrderId) AS t
    WHERE o.CustomerId = @CustomerId
      AND (@Since IS NULL OR o.OrderDate >= @Since);
GO

-- Multi-statement table-valued function
CREATE FUNCTION shop.fnTopProducts (@Top int)
RETURNS @result TABLE
(
    Rank      int           NOT NULL,
    ProductId int           NOT NULL PRIMARY KEY,
    Title     nvarchar(200) NOT NULL,
    Sold      int           NOT NULL
)
AS
BEGIN
    INSERT INTO @result (Rank, ProductId, Title, Sold)
    SELECT TOP (@Top) WITH TIES
           DENSE_RANK() OVER (ORDER BY SUM(i.Quantity) DESC),
           p.ProductId, p.Title, SUM(i.Quantity)
    FROM shop.OrderItem i
    JOIN shop.Product p ON p.ProductId = i.ProductId
    GROUP BY p.ProductId, p.Title
    ORDER BY SUM(i.Quantity) DESC;

    IF @@ROWCOUNT = 0
        INSERT @result VALUES (0, 0, N'(no sales)', 0);
    RETURN;
END
GO

-- Comma-separated list with the FOR XML PATH('') idiom
CREATE FUNCTION shop.fnProductTags (@ProductId int)
RETURNS nvarchar(max)
AS
BEGIN
    RETURN STUFF((SELECT N', ' + p.Title
                  FROM shop.Product AS p
                  WHERE p.ProductId <> @ProductId
                    AND p.Tags LIKE N'%' + (SELECT Tags FROM shop.Product WHERE ProductId = @ProductId) + N'%'
                  ORDER BY p.Title
                  FOR XML PATH(''), TYPE).value('.[1]', 'nvarchar(max)'), 1, 2, N'');
END
GO

-- The same with STRING_AGG
CREATE OR ALTER FUNCTION shop.fnCustomerProducts (@CustomerId int)
RETURNS nvarchar(max)
AS
BEGIN
    RETURN (SELECT STRING_AGG(CONVERT(nvarchar(max), p.Title), N'; ') WITHIN GROUP (ORDER BY p.Title)
            FROM (SELECT DISTINCT i.ProductId
                  FROM shop.OrderItem i
                  JOIN shop.[Order] o ON o.OrderId = i.OrderId
                  WHERE o.CustomerId = @CustomerId) AS bought
            JOIN shop.Product p ON p.ProductId = bought.ProductId);
END
GO

-- AFTER trigger with inserted/deleted and UPDATE(col)
CREATE TRIGGER shop.trgCustomerAudit
ON shop.Customer
AFTER INSERT, UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    IF NOT EXISTS (SELECT * FROM inserted) AND NOT EXISTS (SELECT * FROM deleted)
        RETURN;

    IF UPDATE(CreditLimit) OR UPDATE(Segment)
    BEGIN
        INSERT INTO shop.AuditLog (TableName, Action, KeyValue, OldValue, NewValue)
        SELECT N'Customer', 'U', CAST(i.CustomerId AS nvarchar(100)),
               (SELECT d.CreditLimit, d.Segment FOR JSON PATH, WITHOUT_ARRAY_WRAPPER),
               (SELECT i.CreditLimit, i.Segment FOR JSON PATH, WITHOUT_ARRAY_WRAPPER)
        FROM inserted AS i
        INNER JOIN deleted AS d ON d.CustomerId = i.CustomerId
        WHERE i.CreditLimit <> d.CreditLimit OR i.Segment <> d.Segment;
    END

    INSERT INTO shop.AuditLog (TableName, Action, KeyValue)
    SELECT N'Customer', CASE WHEN d.CustomerId IS NULL THEN 'I' ELSE 'D' END,
           CAST(COALESCE(i.CustomerId, d.CustomerId) AS nvarchar(100))
    FROM inserted i
    FULL OUTER JOIN deleted d ON d.CustomerId = i.CustomerId
    WHERE i.CustomerId IS NULL OR d.CustomerId IS NULL;

    UPDATE c SET ModifiedAt = GETDATE()
    FROM shop.Customer c
    WHERE EXISTS (SELECT 1 FROM inserted i WHERE i.CustomerId = c.CustomerId);
END
GO

-- Trigger that checks a business rule and rolls back
CREATE TRIGGER shop.trgOrderItemStock ON shop.OrderItem
FOR INSERT, UPDATE
AS
SET NOCOUNT ON
IF EXISTS (SELECT 1
           FROM inserted i
           JOIN shop.Product p ON p.ProductId = i.ProductId
           WHERE p.IsActive = 0)
BEGIN
    RAISERROR ('Inactive products cannot be ordered.', 16, 1)
    ROLLBACK TRANSACTION
    RETURN
END
UPDATE o
SET o.Total = x.Total
FROM shop.[Order] o
JOIN (SELECT OrderId, SUM(LineTotal) AS Total FROM shop.OrderItem
      WHERE OrderId IN (SELECT OrderId FROM inserted)
      GROUP BY OrderId) x ON x.OrderId = o.OrderId
GO

-- INSTEAD OF trigger on a view
CREATE TRIGGER shop.trgOpenOrderInsert ON shop.OpenOrder
INSTEAD OF INSERT
AS
BEGIN
    SET NOCOUNT ON;
    INSERT INTO shop.[Order] (OrderId, CustomerId, OrderDate, Status, ShipTo)
    SELECT ISNULL(i.OrderId, NEXT VALUE FOR shop.OrderNumber), i.CustomerId,
           ISNULL(i.OrderDate, SYSDATETIME()), 'new', i.ShipTo
    FROM inserted AS i;
END
GO

CREATE TRIGGER shop.trgOpenOrderUpdate ON shop.OpenOrder
INSTEAD OF UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT * FROM inserted)
        UPDATE o SET o.ShipTo = i.ShipTo, o.Status = i.Status
        FROM shop.[Order] o JOIN inserted i ON i.OrderId = o.OrderId;
    ELSE
        UPDATE o SET o.Status = 'cancelled'
        FROM shop.[Order] o JOIN deleted d ON d.OrderId = o.OrderId;
END
GO

-- DDL trigger
CREATE TRIGGER trgNoDropTable ON DATABASE
FOR DROP_TABLE, ALTER_TABLE
AS
BEGIN
    DECLARE @e xml = EVENTDATA();
    IF @e.value('(/EVENT_INSTANCE/SchemaName)[1]', 'sysname') = N'shop'
    BEGIN
        PRINT 'Tables in schema shop are protected.';
        ROLLBACK;
    END
END
GO

DISABLE TRIGGER trgNoDropTable ON DATABASE;
GO
ENABLE TRIGGER shop.trgCustomerAudit ON shop.Customer;
GO

-- Using the functions
SELECT c.Name, f.OrderId, f.Amount, shop.fnOrderTotal(f.OrderId) AS Checked,
       dbo.fnWorkingDays(f.OrderDate, GETDATE()) AS DaysOpen
FROM shop.Customer c
OUTER APPLY shop.fnCustomerOrders(c.CustomerId, DATEADD(MONTH, -3, GETDATE())) AS f
WHERE c.Segment = 'trade';

SELECT * FROM shop.fnTopProducts(10) ORDER BY Rank;
GO
