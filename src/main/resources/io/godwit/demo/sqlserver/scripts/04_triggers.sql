USE [Outfitters]
GO
/****** Object:  Trigger [sales].[trg_Orders_Status]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TRIGGER [sales].[trg_Orders_Status] ON [sales].[Orders]
AFTER UPDATE
AS
BEGIN
    SET NOCOUNT ON;
    IF NOT UPDATE([Status])
        RETURN;

    INSERT INTO dbo.AuditLog (LoggedAt, UserName, [Action], TableName, RowKey, Details)
    SELECT SYSDATETIME(), SUSER_SNAME(), 'STATUS', 'sales.Orders',
           CAST(i.OrderID AS nvarchar(60)), d.[Status] + ' -> ' + i.[Status]
    FROM inserted AS i
    INNER JOIN deleted AS d ON d.OrderID = i.OrderID
    WHERE i.[Status] <> d.[Status];
END
GO
ALTER TABLE [sales].[Orders] ENABLE TRIGGER [trg_Orders_Status]
GO
/****** Object:  Trigger [stock].[trg_Products_Price]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TRIGGER [stock].[trg_Products_Price] ON [stock].[Products]
AFTER INSERT, UPDATE
AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM inserted WHERE UnitPrice < UnitCost)
    BEGIN
        RAISERROR('A product cannot be priced below its cost', 16, 1);
        ROLLBACK TRANSACTION;
        RETURN;
    END
END
GO
ALTER TABLE [stock].[Products] ENABLE TRIGGER [trg_Products_Price]
GO
/****** Object:  Trigger [stock].[trg_StockLevels_Low]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TRIGGER [stock].[trg_StockLevels_Low] ON [stock].[StockLevels]
AFTER UPDATE
AS
BEGIN
    SET NOCOUNT ON;
    INSERT INTO dbo.AuditLog ([Action], TableName, RowKey, Details)
    SELECT 'LOW_STOCK', 'stock.StockLevels',
           CONCAT(i.WarehouseID, '/', i.ProductID),
           'on hand ' + CAST(i.OnHand AS varchar(12)) + ', reorder level ' + CAST(p.ReorderLevel AS varchar(12))
    FROM inserted AS i
    INNER JOIN deleted AS d ON d.WarehouseID = i.WarehouseID AND d.ProductID = i.ProductID
    INNER JOIN stock.Products AS p ON p.ProductID = i.ProductID
    WHERE i.OnHand < p.ReorderLevel AND d.OnHand >= p.ReorderLevel;
END
GO
ALTER TABLE [stock].[StockLevels] ENABLE TRIGGER [trg_StockLevels_Low]
GO
/****** Object:  Trigger [hr].[trg_Employees_Leave]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TRIGGER [hr].[trg_Employees_Leave] ON [hr].[Employees]
INSTEAD OF DELETE
AS
BEGIN
    SET NOCOUNT ON;
    -- People are never deleted: they leave.
    UPDATE e
    SET IsActive = 0, LeftOn = ISNULL(e.LeftOn, CAST(GETDATE() AS date))
    FROM hr.Employees AS e
    INNER JOIN deleted AS d ON d.EmployeeID = e.EmployeeID;
END
GO
ALTER TABLE [hr].[Employees] ENABLE TRIGGER [trg_Employees_Leave]
GO
