-- Inline and multi-statement table-valued functions, and their callers.
CREATE TABLE dbo.Customers (
  CustomerID int NOT NULL PRIMARY KEY,
  Name nvarchar(50) NOT NULL,
  Region varchar(10) NULL
);
GO
CREATE TABLE dbo.Orders (
  OrderID int IDENTITY(1,1) PRIMARY KEY,
  CustomerID int NOT NULL,
  Amount money NOT NULL,
  OrderDate datetime NOT NULL
);
GO
CREATE FUNCTION dbo.OrdersOf (@CustomerID int)
RETURNS TABLE
AS
RETURN
(
    SELECT o.OrderID, o.Amount, o.OrderDate
    FROM dbo.Orders o
    WHERE o.CustomerID = @CustomerID
);
GO
CREATE FUNCTION [dbo].[CustomerTotals] (@MinTotal money = 0)
RETURNS TABLE
WITH SCHEMABINDING
AS
RETURN SELECT c.Name, COUNT(*) AS OrderCount, SUM(o.Amount) AS Total
  FROM dbo.Customers c JOIN dbo.Orders o ON o.CustomerID = c.CustomerID
  GROUP BY c.Name
  HAVING SUM(o.Amount) >= @MinTotal;
GO
CREATE FUNCTION dbo.AllCustomers() RETURNS TABLE AS RETURN SELECT * FROM dbo.Customers;
GO
CREATE FUNCTION dbo.Labelled (@Prefix varchar(10))
RETURNS TABLE
AS
RETURN SELECT CustomerID, @Prefix + Name AS Label, 1 AS One FROM dbo.Customers;
GO
CREATE FUNCTION dbo.RegionReport (@Region varchar(10))
RETURNS @Report TABLE (
  CustomerID int NOT NULL,
  Name nvarchar(50),
  Total money,
  Label varchar(20) DEFAULT 'customer'
)
AS
BEGIN
  INSERT INTO @Report (CustomerID, Name, Total)
  SELECT c.CustomerID, c.Name, SUM(o.Amount)
  FROM dbo.Customers c JOIN dbo.Orders o ON o.CustomerID = c.CustomerID
  WHERE c.Region = @Region
  GROUP BY c.CustomerID, c.Name;
  IF @@ROWCOUNT = 0
    INSERT INTO @Report VALUES (0, N'none', 0, 'empty');
  INSERT @Report (CustomerID, Name, Label) VALUES (-1, 'total', 'summary');
  RETURN;
END;
GO
CREATE FUNCTION dbo.Numbers (@n int)
RETURNS @t TABLE (n int PRIMARY KEY, square bigint)
AS
BEGIN
  DECLARE @i int = 1;
  WHILE @i <= @n
  BEGIN
    INSERT INTO @t (n, square) VALUES (@i, @i * @i);
    SET @i += 1;
  END
  RETURN;
END
GO
CREATE FUNCTION dbo.Reread (@n int)
RETURNS @t TABLE (n int)
AS
BEGIN
  INSERT INTO @t VALUES (@n);
  UPDATE @t SET n = n + 1;
  INSERT INTO @t SELECT n * 2 FROM @t;
  RETURN;
END
GO
CREATE VIEW dbo.BigSpenders AS SELECT Name, Total FROM dbo.CustomerTotals(100);
GO
CREATE PROCEDURE dbo.CountOrders @CustomerID int, @Count int OUTPUT AS
BEGIN
  SELECT @Count = COUNT(*) FROM dbo.OrdersOf(@CustomerID);
END
GO
