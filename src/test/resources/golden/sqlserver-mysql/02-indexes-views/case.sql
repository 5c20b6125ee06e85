CREATE TABLE dbo.Products (
  ProductID int IDENTITY(1,1) PRIMARY KEY,
  Name nvarchar(50) NOT NULL,
  Category varchar(20) NULL,
  Price decimal(9,2) NOT NULL DEFAULT 0,
  Discontinued bit NOT NULL CONSTRAINT DF_Products_Disc DEFAULT 0
)
GO
CREATE NONCLUSTERED INDEX [IX_Products_Category] ON [dbo].[Products]
(
	[Category] ASC,
	[Price] DESC
)
INCLUDE([Name]) WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
GO
CREATE UNIQUE INDEX UX_Products_Name ON dbo.Products (Name) WHERE Discontinued = 0
GO
CREATE VIEW dbo.vProductLabels
AS
SELECT TOP (10) p.ProductID,
       Label = p.Name + N' (' + ISNULL(p.Category, 'none') + N')',
       LEN(p.Name) AS NameLength,
       CHARINDEX('a', p.Name) AS FirstA,
       IIF(p.Price > 100, 'expensive', 'cheap') AS PriceBand,
       DATEADD(day, 30, GETDATE()) AS ReviewDate,
       DATEDIFF(month, '2024-01-15', '2024-03-01') AS Months,
       CONVERT(varchar(10), CAST('2024-02-29' AS date), 112) AS Compact
FROM dbo.Products AS p WITH (NOLOCK)
WHERE p.Discontinued = 0
ORDER BY p.Price DESC
GO
CREATE VIEW dbo.vCategoryPage
AS
SELECT Category, COUNT(*) AS Products
FROM dbo.Products
GROUP BY Category
ORDER BY Category
OFFSET 0 ROWS FETCH NEXT 5 ROWS ONLY
GO
