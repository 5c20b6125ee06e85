USE [Outfitters]
GO
/****** Object:  StoredProcedure [dbo].[usp_LogAction]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [dbo].[usp_LogAction]
    @Action varchar(30),
    @TableName sysname,
    @RowKey nvarchar(60),
    @Details nvarchar(4000) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    INSERT INTO dbo.AuditLog (LoggedAt, UserName, [Action], TableName, RowKey, Details)
    VALUES (SYSDATETIME(), SUSER_SNAME(), @Action, @TableName, @RowKey, LEFT(@Details, 4000));
END
GO
/****** Object:  StoredProcedure [sales].[usp_CreateOrder]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [sales].[usp_CreateOrder]
    @CustomerID int,
    @SalesRepID int = NULL,
    @Note nvarchar(400) = NULL,
    @OrderID int OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @Blocked bit, @Limit money, @Manager int;

    SELECT @Blocked = IsBlocked, @Limit = CreditLimit, @Manager = AccountManagerID
    FROM sales.Customers
    WHERE CustomerID = @CustomerID;

    IF @@ROWCOUNT = 0
    BEGIN
        RAISERROR('Unknown customer %d', 16, 1, @CustomerID);
        RETURN 1;
    END

    IF @Blocked = 1
        THROW 50101, 'The customer is blocked', 1;

    IF sales.fn_OpenBalance(@CustomerID) > @Limit
        THROW 50102, 'The customer is over the credit limit', 1;

    INSERT INTO sales.Orders (CustomerID, OrderDate, [Status], WarehouseID, SalesRepID, ShipBy, Note)
    VALUES (@CustomerID, SYSDATETIME(), 'NEW', 1, ISNULL(@SalesRepID, @Manager),
            DATEADD(day, 3, CAST(GETDATE() AS date)), @Note);

    SET @OrderID = SCOPE_IDENTITY();
    EXEC dbo.usp_LogAction 'CREATE', 'sales.Orders', @OrderID, NULL;
    RETURN 0;
END
GO
/****** Object:  StoredProcedure [sales].[usp_AddOrderLine]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [sales].[usp_AddOrderLine]
    @OrderID int,
    @ProductID int,
    @Quantity int,
    @DiscountPct decimal(5, 2) = 0
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @Price decimal(10, 2), @Vat decimal(4, 3), @Discontinued bit, @LineNo smallint;

    SELECT @Price = UnitPrice, @Vat = VatRate, @Discontinued = Discontinued
    FROM stock.Products WHERE ProductID = @ProductID;

    IF @Discontinued = 1
    BEGIN
        DECLARE @msg nvarchar(200) = N'Product ' + CAST(@ProductID AS nvarchar(12)) + N' is discontinued';
        THROW 50110, @msg, 1;
    END

    SELECT @LineNo = ISNULL(MAX([LineNo]), 0) + 1 FROM sales.OrderLines WHERE OrderID = @OrderID;

    INSERT INTO sales.OrderLines (OrderID, [LineNo], ProductID, Quantity, UnitPrice, DiscountPct, VatRate)
    VALUES (@OrderID, @LineNo, @ProductID, @Quantity, @Price, @DiscountPct, @Vat);

    UPDATE o
    SET TotalNet = t.Net, TotalVat = t.Vat
    FROM sales.Orders AS o
    CROSS APPLY (SELECT ISNULL(SUM(l.LineNet), 0) AS Net,
                        ISNULL(SUM(ROUND(l.LineNet * l.VatRate, 2)), 0) AS Vat
                 FROM sales.OrderLines AS l WHERE l.OrderID = o.OrderID) AS t
    WHERE o.OrderID = @OrderID;
END
GO
/****** Object:  StoredProcedure [sales].[usp_ReserveStock]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [sales].[usp_ReserveStock]
    @OrderID int
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    BEGIN TRY
        BEGIN TRANSACTION;

        DECLARE @Short TABLE (ProductID int PRIMARY KEY, Available int, Ordered int);

        INSERT INTO @Short (ProductID, Available, Ordered)
        SELECT l.ProductID, s.OnHand - s.Reserved, SUM(l.Quantity)
        FROM sales.OrderLines AS l
        INNER JOIN sales.Orders AS o ON o.OrderID = l.OrderID
        INNER JOIN stock.StockLevels AS s WITH (UPDLOCK)
            ON s.WarehouseID = o.WarehouseID AND s.ProductID = l.ProductID
        WHERE l.OrderID = @OrderID
        GROUP BY l.ProductID, s.OnHand, s.Reserved
        HAVING s.OnHand - s.Reserved < SUM(l.Quantity);

        IF EXISTS (SELECT 1 FROM @Short)
        BEGIN
            DECLARE @first int = (SELECT TOP (1) ProductID FROM @Short ORDER BY ProductID);
            RAISERROR('Not enough stock for product %d of order %d', 16, 1, @first, @OrderID);
        END

        UPDATE s
        SET Reserved = s.Reserved + x.Qty
        FROM stock.StockLevels AS s
        INNER JOIN (SELECT o.WarehouseID, l.ProductID, SUM(l.Quantity) AS Qty
                    FROM sales.OrderLines AS l
                    INNER JOIN sales.Orders AS o ON o.OrderID = l.OrderID
                    WHERE l.OrderID = @OrderID
                    GROUP BY o.WarehouseID, l.ProductID) AS x
            ON x.WarehouseID = s.WarehouseID AND x.ProductID = s.ProductID;

        UPDATE sales.Orders SET [Status] = 'RESERVED' WHERE OrderID = @OrderID;
        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0
            ROLLBACK TRANSACTION;
        DECLARE @err nvarchar(4000) = ERROR_MESSAGE();
        EXEC dbo.usp_LogAction 'ERROR', 'sales.Orders', @OrderID, @err;
        THROW;
    END CATCH
END
GO
/****** Object:  StoredProcedure [sales].[usp_ShipOrder]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [sales].[usp_ShipOrder]
    @OrderID int
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @Warehouse smallint;

    SELECT @Warehouse = WarehouseID FROM sales.Orders WHERE OrderID = @OrderID AND [Status] = 'RESERVED';
    IF @Warehouse IS NULL
    BEGIN
        RAISERROR('Order %d is not reserved', 16, 1, @OrderID);
        RETURN;
    END

    BEGIN TRANSACTION;
    UPDATE s
    SET OnHand = s.OnHand - l.Quantity, Reserved = s.Reserved - l.Quantity
    FROM stock.StockLevels AS s
    INNER JOIN sales.OrderLines AS l ON l.ProductID = s.ProductID
    WHERE l.OrderID = @OrderID AND s.WarehouseID = @Warehouse;

    INSERT INTO stock.Movements (WarehouseID, ProductID, Quantity, Reason, OrderID)
    SELECT @Warehouse, ProductID, -Quantity, 'SHIPMENT', @OrderID
    FROM sales.OrderLines WHERE OrderID = @OrderID;

    UPDATE sales.Orders SET [Status] = 'SHIPPED', ShippedAt = SYSDATETIME() WHERE OrderID = @OrderID;
    COMMIT TRANSACTION;
END
GO
/****** Object:  StoredProcedure [sales].[usp_InvoiceOrder]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [sales].[usp_InvoiceOrder]
    @OrderID int,
    @InvoiceID int = NULL OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @Status varchar(12), @Customer int, @Terms smallint;

    SELECT @Status = o.[Status], @Customer = o.CustomerID, @Terms = c.PaymentTermsDays
    FROM sales.Orders AS o INNER JOIN sales.Customers AS c ON c.CustomerID = o.CustomerID
    WHERE o.OrderID = @OrderID;

    IF @Status <> 'SHIPPED'
    BEGIN
        RAISERROR('Only shipped orders can be invoiced (order %d is %s)', 16, 1, @OrderID, @Status);
        RETURN 1;
    END

    INSERT INTO sales.Invoices (OrderID, CustomerID, InvoiceDate, DueDate, AmountNet, AmountVat)
    OUTPUT inserted.InvoiceID
    SELECT OrderID, CustomerID, CAST(GETDATE() AS date),
           DATEADD(day, ISNULL(@Terms, 30), CAST(GETDATE() AS date)), TotalNet, TotalVat
    FROM sales.Orders WHERE OrderID = @OrderID;

    SET @InvoiceID = SCOPE_IDENTITY();
    UPDATE sales.Orders SET [Status] = 'INVOICED' WHERE OrderID = @OrderID;
    RETURN 0;
END
GO
/****** Object:  StoredProcedure [sales].[usp_RecordPayment]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [sales].[usp_RecordPayment]
    @InvoiceID int,
    @Amount decimal(14, 2),
    @Method varchar(10),
    @Reference nvarchar(40) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    IF @Amount <= 0
        THROW 50210, 'A payment must be positive', 1;

    BEGIN TRANSACTION;
    INSERT INTO sales.Payments (InvoiceID, PaidAt, Amount, Method, Reference)
    VALUES (@InvoiceID, GETDATE(), @Amount, UPPER(@Method), @Reference);

    UPDATE sales.Invoices
    SET AmountPaid = AmountPaid + @Amount,
        [Status] = CASE WHEN AmountPaid + @Amount >= AmountNet + AmountVat THEN 'PAID' ELSE 'PARTIAL' END
    WHERE InvoiceID = @InvoiceID;
    COMMIT TRANSACTION;
END
GO
/****** Object:  StoredProcedure [sales].[usp_SendReminders]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [sales].[usp_SendReminders]
    @MinDays int = 14
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @InvoiceID int, @Email varchar(120), @Sent tinyint, @Count int = 0;

    DECLARE due CURSOR LOCAL FAST_FORWARD FOR
        SELECT i.InvoiceID, c.Email, i.RemindersSent
        FROM sales.Invoices AS i
        INNER JOIN sales.Customers AS c ON c.CustomerID = i.CustomerID
        WHERE i.[Status] IN ('OPEN', 'PARTIAL')
          AND i.DueDate < DATEADD(day, -@MinDays, CAST(GETDATE() AS date))
          AND c.Email IS NOT NULL;

    OPEN due;
    FETCH NEXT FROM due INTO @InvoiceID, @Email, @Sent;
    WHILE @@FETCH_STATUS = 0
    BEGIN
        UPDATE sales.Invoices SET RemindersSent = RemindersSent + 1 WHERE InvoiceID = @InvoiceID;
        SET @Count = @Count + 1;
        IF @Sent >= 2
            EXEC dbo.usp_LogAction 'ESCALATE', 'sales.Invoices', @InvoiceID, @Email;
        FETCH NEXT FROM due INTO @InvoiceID, @Email, @Sent;
    END
    CLOSE due;
    DEALLOCATE due;

    PRINT CAST(@Count AS varchar(10)) + ' reminders queued';
END
GO
/****** Object:  StoredProcedure [stock].[usp_Restock]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [stock].[usp_Restock]
    @WarehouseID smallint,
    @ProductID int,
    @Quantity int
AS
BEGIN
    SET NOCOUNT ON;
    MERGE stock.StockLevels AS s
    USING (SELECT @WarehouseID AS WarehouseID, @ProductID AS ProductID) AS src
        ON s.WarehouseID = src.WarehouseID AND s.ProductID = src.ProductID
    WHEN MATCHED THEN
        UPDATE SET OnHand = s.OnHand + @Quantity
    WHEN NOT MATCHED THEN
        INSERT (WarehouseID, ProductID, OnHand, Reserved)
        VALUES (@WarehouseID, @ProductID, @Quantity, 0);

    INSERT INTO stock.Movements (WarehouseID, ProductID, Quantity, Reason)
    VALUES (@WarehouseID, @ProductID, @Quantity, 'RESTOCK');
END
GO
/****** Object:  StoredProcedure [sales].[usp_SalesReport]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [sales].[usp_SalesReport]
    @From date,
    @To date,
    @GroupBy varchar(10) = 'MONTH'
AS
BEGIN
    SET NOCOUNT ON;
    SELECT CASE @GroupBy
               WHEN 'MONTH' THEN CONVERT(char(7), i.InvoiceDate, 126)
               ELSE CAST(DATEPART(year, i.InvoiceDate) AS char(4))
           END AS Period,
           COUNT(*) AS Invoices,
           SUM(i.AmountNet) AS Net,
           SUM(i.AmountPaid) AS Paid,
           STRING_AGG(CAST(c.[Name] AS nvarchar(max)), N', ') WITHIN GROUP (ORDER BY c.[Name]) AS Customers
    FROM sales.Invoices AS i
    INNER JOIN sales.Customers AS c ON c.CustomerID = i.CustomerID
    WHERE i.InvoiceDate BETWEEN @From AND @To
    GROUP BY CASE @GroupBy
                 WHEN 'MONTH' THEN CONVERT(char(7), i.InvoiceDate, 126)
                 ELSE CAST(DATEPART(year, i.InvoiceDate) AS char(4))
             END
    ORDER BY Period;
END
GO
/****** Object:  StoredProcedure [hr].[usp_GiveRaise]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [hr].[usp_GiveRaise]
    @DepartmentID int,
    @Percent decimal(5, 2)
AS
BEGIN
    SET NOCOUNT ON;
    IF @Percent NOT BETWEEN 0 AND 25
        THROW 50310, 'A raise must be between 0 and 25 percent', 1;

    UPDATE hr.Employees
    SET Salary = ROUND(Salary * (1 + @Percent / 100), 2)
    OUTPUT inserted.EmployeeID, deleted.Salary AS OldSalary, inserted.Salary AS NewSalary
    WHERE DepartmentID = @DepartmentID AND IsActive = 1;
END
GO
/****** Object:  StoredProcedure [hr].[usp_MonthlyPayroll]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [hr].[usp_MonthlyPayroll]
    @Month date
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @Start date = DATEFROMPARTS(YEAR(@Month), MONTH(@Month), 1);
    DECLARE @End date = EOMONTH(@Month);

    SELECT e.EmployeeID, e.FullName,
           e.Salary AS Gross,
           ISNULL(SUM(t.Overtime), 0) * (e.Salary / 160) * 1.5 AS OvertimePay,
           (SELECT ISNULL(SUM(i.AmountNet), 0) * e.CommissionRate
            FROM sales.Invoices AS i
            INNER JOIN sales.Orders AS o ON o.OrderID = i.OrderID
            WHERE o.SalesRepID = e.EmployeeID AND i.InvoiceDate BETWEEN @Start AND @End) AS Commission
    INTO #payroll
    FROM hr.Employees AS e
    LEFT OUTER JOIN hr.TimeSheets AS t
        ON t.EmployeeID = e.EmployeeID AND t.WorkDate BETWEEN @Start AND @End
    WHERE e.IsActive = 1
    GROUP BY e.EmployeeID, e.FullName, e.Salary, e.CommissionRate;

    SELECT EmployeeID, FullName, Gross, OvertimePay, Commission,
           Gross + OvertimePay + Commission AS Total
    FROM #payroll
    ORDER BY FullName;

    DROP TABLE #payroll;
END
GO
