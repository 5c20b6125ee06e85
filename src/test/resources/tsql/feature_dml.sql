-- Data manipulation: INSERT, UPDATE, DELETE, MERGE, OUTPUT, SELECT INTO
INSERT INTO dbo.Shippers (CompanyName, Phone) VALUES (N'Air Cargo', N'555-0101'), (N'Sea Freight', DEFAULT);
INSERT dbo.AuditLog DEFAULT VALUES;
INSERT INTO dbo.Shippers (CompanyName) SELECT DISTINCT CompanyName FROM staging.Shippers s WHERE NOT EXISTS (SELECT 1 FROM dbo.Shippers x WHERE x.CompanyName = s.CompanyName);
INSERT INTO #who EXEC sp_who;
INSERT INTO @ids (id) EXECUTE ('SELECT object_id FROM sys.objects');
INSERT TOP (100) INTO archive.Orders WITH (TABLOCK) (OrderID, OrderDate) SELECT OrderID, OrderDate FROM sales.Orders;
INSERT INTO dbo.Customers (CompanyName, IsActive)
OUTPUT inserted.CustomerID, inserted.CompanyName INTO @new (id, name)
VALUES (N'Contoso', 1);
WITH src AS (SELECT * FROM staging.Products)
INSERT INTO dbo.Products (Sku, ProductName, Discontinued) SELECT Sku, ProductName, 0 FROM src;
GO

UPDATE dbo.Products SET UnitPrice = UnitPrice * 1.05, UnitsInStock -= 1 WHERE CategoryID = 2;
UPDATE TOP (10) p SET p.Discontinued = 1 FROM dbo.Products AS p WHERE p.UnitsInStock = 0;
UPDATE o
SET o.Freight = s.Freight, o.ShipVia = DEFAULT
OUTPUT deleted.Freight AS old_freight, inserted.Freight AS new_freight
FROM sales.Orders AS o
INNER JOIN staging.Freight AS s ON s.OrderID = o.OrderID
LEFT JOIN dbo.Shippers AS sh ON sh.ShipperID = o.ShipVia
WHERE sh.ShipperID IS NULL OR s.Freight <> o.Freight;
UPDATE dbo.Customers SET @balance = CreditLimit = CreditLimit + 100 WHERE CustomerID = 1;
UPDATE dbo.Documents SET Body.WRITE(N'appended', NULL, 0) WHERE DocumentID = 7;
UPDATE dbo.Products SET Specs.modify('replace value of (/specs/size/text())[1] with "250"') WHERE ProductID = 3;
UPDATE Counters SET @next = Value = Value + 1 WHERE Name = 'invoice';
GO

DELETE FROM dbo.AuditLog WHERE ChangedAt < DATEADD(YEAR, -2, GETDATE());
DELETE dbo.AuditLog WHERE AuditId = 1;
DELETE TOP (1000) FROM dbo.AuditLog OUTPUT deleted.* INTO archive.AuditLog WHERE TableName = N'Customer';
DELETE l FROM sales.OrderLines l JOIN sales.Orders o ON o.OrderID = l.OrderID WHERE o.Status = 9;
DELETE FROM sales.OrderLines FROM sales.OrderLines AS l INNER JOIN sales.Returns AS r ON r.OrderID = l.OrderID;
DELETE FROM @ids WHERE id IS NULL;
TRUNCATE TABLE staging.Products;
TRUNCATE TABLE sales.Orders WITH (PARTITIONS (1, 2 TO 3));
GO

MERGE INTO dbo.Products AS tgt
USING staging.Products AS src
ON tgt.Sku = src.Sku
WHEN MATCHED AND (tgt.UnitPrice <> src.UnitPrice OR tgt.ProductName <> src.ProductName) THEN
    UPDATE SET tgt.UnitPrice = src.UnitPrice, tgt.ProductName = src.ProductName
WHEN NOT MATCHED THEN
    INSERT (Sku, ProductName, UnitPrice, Discontinued) VALUES (src.Sku, src.ProductName, src.UnitPrice, 0)
WHEN NOT MATCHED BY SOURCE AND tgt.Discontinued = 0 THEN
    UPDATE SET tgt.Discontinued = 1
OUTPUT $action, inserted.ProductID, deleted.ProductID, src.Sku INTO @changes (action, new_id, old_id, sku);

MERGE TOP (500) dbo.Inventory t
USING (SELECT ProductID, SUM(Quantity) AS Qty FROM sales.OrderLines GROUP BY ProductID) s (ProductID, Qty)
ON t.ProductID = s.ProductID
WHEN MATCHED THEN DELETE
WHEN NOT MATCHED BY TARGET THEN INSERT DEFAULT VALUES;
GO

SELECT * INTO #orders FROM sales.Orders WHERE 1 = 0;
SELECT IDENTITY(int, 1, 1) AS RowNo, c.CompanyName INTO dbo.CustomerCopy FROM dbo.Customers AS c;
SELECT TOP (0) * INTO ##global_copy FROM dbo.Products;
SELECT o.* INTO archive.Orders2023 ON [ARCHIVE] FROM sales.Orders o WHERE YEAR(o.OrderDate) = 2023;
BULK INSERT staging.Products FROM 'C:\import\products.csv' WITH (FIELDTERMINATOR = ',', ROWTERMINATOR = '\n', FIRSTROW = 2, CODEPAGE = '65001', TABLOCK);
GO
