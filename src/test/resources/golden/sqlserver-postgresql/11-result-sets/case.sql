-- Procedures that return result sets and return codes.
CREATE TABLE dbo.Products (
  ProductID int NOT NULL PRIMARY KEY,
  Name varchar(40) NOT NULL,
  Price money NOT NULL,
  Stock int NOT NULL
);
GO
CREATE PROCEDURE dbo.ProductsUnder @MaxPrice money
AS
BEGIN
  SET NOCOUNT ON;
  SELECT ProductID, Name, Price FROM dbo.Products WHERE Price <= @MaxPrice ORDER BY Price;
END
GO
CREATE PROCEDURE dbo.ProductSummary
AS
  SELECT COUNT(*) AS Products, SUM(Stock) AS Units, 'all' + ' products' AS Label FROM dbo.Products;
GO
CREATE PROCEDURE dbo.Restock @ProductID int, @Amount int
AS
BEGIN
  IF @Amount <= 0 RETURN 1;
  UPDATE dbo.Products SET Stock = Stock + @Amount WHERE ProductID = @ProductID;
  IF @@ROWCOUNT = 0 RETURN 2;
  RETURN 0;
END
GO
CREATE PROCEDURE dbo.StockReport @ProductID int
AS
BEGIN
  SELECT Name, Stock FROM dbo.Products WHERE ProductID = @ProductID;
  SELECT COUNT(*) AS Others FROM dbo.Products WHERE ProductID <> @ProductID;
END
GO
CREATE PROCEDURE dbo.PriceOf @ProductID int, @Price money OUTPUT
AS
BEGIN
  SELECT @Price = Price FROM dbo.Products WHERE ProductID = @ProductID;
  SELECT Name FROM dbo.Products WHERE ProductID = @ProductID;
  IF @Price IS NULL RETURN 1;
END
GO
