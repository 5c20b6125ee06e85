CREATE TABLE dbo.Products (
  ProductID int NOT NULL PRIMARY KEY,
  Name nvarchar(40) NOT NULL,
  Price decimal(10,2) NOT NULL,
  Active bit NOT NULL DEFAULT 1
)
GO
CREATE TABLE dbo.PriceChanges (
  ProductID int NOT NULL,
  NewPrice decimal(10,2) NOT NULL
)
GO
CREATE TABLE dbo.Discontinued (
  ProductID int NOT NULL PRIMARY KEY
)
GO
CREATE TABLE dbo.PriceLog (
  LogID int IDENTITY(1,1) PRIMARY KEY,
  ProductID int NOT NULL,
  Price decimal(10,2) NULL
)
GO
CREATE TABLE dbo.Stock (
  ProductID int NOT NULL PRIMARY KEY,
  Qty int NOT NULL
)
GO
CREATE TABLE dbo.StockFeed (
  ProductID int NOT NULL,
  Qty int NOT NULL
)
GO
-- UPDATE ... FROM with the target named by its table, joined with INNER JOIN
CREATE PROCEDURE dbo.ApplyPriceChanges
AS
BEGIN
  SET NOCOUNT ON;
  UPDATE dbo.Products
  SET Price = c.NewPrice
  OUTPUT inserted.ProductID, inserted.Price INTO dbo.PriceLog (ProductID, Price)
  FROM dbo.Products
  INNER JOIN dbo.PriceChanges c ON c.ProductID = Products.ProductID
  WHERE c.NewPrice > 0;
END
GO
-- UPDATE alias ... FROM table alias JOIN ...
CREATE PROCEDURE dbo.Deactivate
AS
BEGIN
  UPDATE p SET p.Active = 0, p.Name = p.Name + ' (old)'
  FROM dbo.Products AS p
  JOIN dbo.Discontinued d ON d.ProductID = p.ProductID;
END
GO
-- The target on the preserved side of a LEFT JOIN: every product is updated.
CREATE PROCEDURE dbo.ResetPrices @Default decimal(10,2)
AS
BEGIN
  UPDATE p SET Price = ISNULL(c.NewPrice, @Default)
  FROM dbo.Products p
  LEFT JOIN dbo.PriceChanges c ON c.ProductID = p.ProductID;
END
GO
-- DELETE alias FROM ... JOIN, and DELETE FROM t FROM t, u
CREATE PROCEDURE dbo.PurgeDiscontinued @Deleted int OUTPUT
AS
BEGIN
  DELETE s
  OUTPUT deleted.ProductID, NULL INTO dbo.PriceLog (ProductID, Price)
  FROM dbo.Stock s
  INNER JOIN dbo.Discontinued d ON d.ProductID = s.ProductID;
  SET @Deleted = @@ROWCOUNT;
  DELETE FROM dbo.PriceChanges FROM dbo.PriceChanges, dbo.Discontinued
  WHERE PriceChanges.ProductID = Discontinued.ProductID;
END
GO
-- MERGE with all three branches; BY SOURCE DELETE runs as a DELETE before the MERGE.
CREATE PROCEDURE dbo.SyncStock
AS
BEGIN
  MERGE INTO dbo.Stock AS t
  USING (SELECT ProductID, SUM(Qty) AS Qty FROM dbo.StockFeed GROUP BY ProductID) AS s
  ON t.ProductID = s.ProductID
  WHEN MATCHED AND s.Qty = 0 THEN DELETE
  WHEN MATCHED THEN UPDATE SET t.Qty = t.Qty + s.Qty
  WHEN NOT MATCHED BY TARGET THEN INSERT (ProductID, Qty) VALUES (s.ProductID, s.Qty)
  WHEN NOT MATCHED BY SOURCE AND t.Qty < 5 THEN DELETE;
END
GO
-- What PostgreSQL 15 cannot say: items.
CREATE PROCEDURE dbo.Unconvertible
AS
BEGIN
  UPDATE dbo.Products SET Price = Price * 2 OUTPUT deleted.Price, inserted.Price;
  MERGE dbo.Stock AS t
  USING dbo.StockFeed AS s ON t.ProductID = s.ProductID
  WHEN MATCHED THEN UPDATE SET Qty = s.Qty
  OUTPUT $action, inserted.ProductID;
  MERGE dbo.Stock AS t
  USING dbo.StockFeed AS s ON t.ProductID = s.ProductID
  WHEN NOT MATCHED BY SOURCE THEN UPDATE SET Qty = 0;
  DELETE dbo.Products OUTPUT deleted.ProductID;
END
GO
