USE [Outfitters]
GO
/****** Object:  UserDefinedFunction [sales].[fn_OpenBalance]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
-- Amount a customer still owes on open and partly paid invoices.
CREATE FUNCTION [sales].[fn_OpenBalance] (@CustomerID int)
RETURNS decimal(14, 2)
AS
BEGIN
    DECLARE @Balance decimal(14, 2);

    SELECT @Balance = ISNULL(SUM(AmountNet + AmountVat - AmountPaid), 0)
    FROM sales.Invoices
    WHERE CustomerID = @CustomerID
      AND Status IN ('OPEN', 'PARTIAL');

    RETURN @Balance;
END
GO
/****** Object:  UserDefinedFunction [sales].[fn_CustomerTier]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE FUNCTION [sales].[fn_CustomerTier] (@CustomerID int)
RETURNS varchar(10)
WITH SCHEMABINDING
AS
BEGIN
    DECLARE @Revenue decimal(14, 2) =
        (SELECT ISNULL(SUM(i.AmountNet), 0)
         FROM sales.Invoices AS i
         WHERE i.CustomerID = @CustomerID
           AND i.InvoiceDate >= DATEADD(month, -12, CAST(GETDATE() AS date)));

    RETURN CASE
               WHEN @Revenue >= 100000 THEN 'GOLD'
               WHEN @Revenue >= 20000 THEN 'SILVER'
               ELSE 'STANDARD'
           END;
END
GO
/****** Object:  UserDefinedFunction [sales].[fn_OrderLines]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE FUNCTION [sales].[fn_OrderLines] (@OrderID int)
RETURNS TABLE
AS
RETURN
(
    SELECT l.[LineNo], p.Sku, p.[Name] AS Product, l.Quantity, l.UnitPrice, l.DiscountPct,
           l.LineNet, CAST(l.LineNet * l.VatRate AS decimal(12, 2)) AS LineVat
    FROM sales.OrderLines AS l
    INNER JOIN stock.Products AS p ON p.ProductID = l.ProductID
    WHERE l.OrderID = @OrderID
)
GO
/****** Object:  UserDefinedFunction [hr].[fn_YearsOfService]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE FUNCTION [hr].[fn_YearsOfService] (@EmployeeID int)
RETURNS int
AS
BEGIN
    RETURN (SELECT DATEDIFF(year, HireDate, ISNULL(LeftOn, GETDATE()))
                   - CASE WHEN DATEADD(year, DATEDIFF(year, HireDate, ISNULL(LeftOn, GETDATE())), HireDate)
                               > ISNULL(LeftOn, GETDATE()) THEN 1 ELSE 0 END
            FROM hr.Employees
            WHERE EmployeeID = @EmployeeID);
END
GO
/****** Object:  View [sales].[vOpenOrders]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE VIEW [sales].[vOpenOrders]
AS
SELECT o.OrderID, o.OrderDate, c.[Name] AS CustomerName, o.[Status],
       COUNT(l.[LineNo]) AS Lines,
       o.TotalNet + o.TotalVat AS TotalGross,
       DATEDIFF(day, o.OrderDate, GETDATE()) AS DaysOpen
FROM sales.Orders AS o
INNER JOIN sales.Customers AS c ON c.CustomerID = o.CustomerID
LEFT OUTER JOIN sales.OrderLines AS l ON l.OrderID = o.OrderID
WHERE o.[Status] IN ('NEW', 'RESERVED')
GROUP BY o.OrderID, o.OrderDate, c.[Name], o.[Status], o.TotalNet, o.TotalVat
GO
/****** Object:  View [sales].[vCustomerBalances]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE VIEW [sales].[vCustomerBalances]
AS
SELECT c.CustomerID, c.[Name],
       COUNT(i.InvoiceID) AS OpenInvoices,
       ISNULL(SUM(i.AmountNet + i.AmountVat - i.AmountPaid), 0) AS Balance,
       ISNULL(SUM(CASE WHEN i.DueDate < CAST(GETDATE() AS date)
                       THEN i.AmountNet + i.AmountVat - i.AmountPaid ELSE 0 END), 0) AS Overdue,
       c.CreditLimit - ISNULL(SUM(i.AmountNet + i.AmountVat - i.AmountPaid), 0) AS CreditLeft
FROM sales.Customers AS c
LEFT OUTER JOIN sales.Invoices AS i
    ON i.CustomerID = c.CustomerID AND i.[Status] IN ('OPEN', 'PARTIAL')
GROUP BY c.CustomerID, c.[Name], c.CreditLimit
GO
/****** Object:  View [sales].[vTopProducts]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE VIEW [sales].[vTopProducts]
AS
SELECT TOP (20) p.Sku, p.[Name], SUM(l.Quantity) AS Units, SUM(l.LineNet) AS Revenue
FROM sales.OrderLines AS l
INNER JOIN stock.Products AS p ON p.ProductID = l.ProductID
INNER JOIN sales.Orders AS o ON o.OrderID = l.OrderID
WHERE o.OrderDate >= DATEADD(month, -12, GETDATE())
  AND o.[Status] <> 'CANCELLED'
GROUP BY p.Sku, p.[Name]
ORDER BY Revenue DESC
GO
/****** Object:  View [stock].[vReorder]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE VIEW [stock].[vReorder]
AS
SELECT w.Code AS Warehouse, p.Sku, p.[Name] AS Product,
       s.OnHand - s.Reserved AS Available, p.ReorderLevel,
       IIF(p.ReorderQty > p.ReorderLevel * 2 - (s.OnHand - s.Reserved),
           p.ReorderQty, p.ReorderLevel * 2 - (s.OnHand - s.Reserved)) AS SuggestedQty
FROM stock.StockLevels AS s
INNER JOIN stock.Products AS p ON p.ProductID = s.ProductID
INNER JOIN stock.Warehouses AS w ON w.WarehouseID = s.WarehouseID
WHERE p.Discontinued = 0
  AND s.OnHand - s.Reserved < p.ReorderLevel
GO
/****** Object:  View [hr].[vOrgChart]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE VIEW [hr].[vOrgChart]
AS
WITH chart AS (
    SELECT EmployeeID, FullName, ManagerID, 1 AS Depth,
           CAST(LastName AS nvarchar(4000)) AS [Path]
    FROM hr.Employees
    WHERE ManagerID IS NULL AND IsActive = 1
    UNION ALL
    SELECT e.EmployeeID, e.FullName, e.ManagerID, c.Depth + 1,
           CAST(c.[Path] + N'/' + e.LastName AS nvarchar(4000))
    FROM hr.Employees AS e
    INNER JOIN chart AS c ON c.EmployeeID = e.ManagerID
    WHERE e.IsActive = 1
)
SELECT EmployeeID, FullName, ManagerID, Depth, [Path]
FROM chart
GO
