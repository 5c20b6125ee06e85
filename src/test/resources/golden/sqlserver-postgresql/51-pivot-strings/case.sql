CREATE TABLE dbo.Sales (
  Region varchar(10) NOT NULL,
  SaleYear int NOT NULL,
  Amount decimal(10,2) NOT NULL
)
GO
CREATE TABLE dbo.Quarterly (
  Region varchar(10) NOT NULL,
  Q1 int NULL,
  Q2 int NULL,
  Q3 int NULL
)
GO
CREATE TABLE dbo.Tags (
  ItemID int NOT NULL,
  Tag varchar(20) NOT NULL
)
GO
-- PIVOT over a derived table: grouped by Region, one SUM ... FILTER column per year.
CREATE VIEW dbo.SalesByYear AS
SELECT Region, [2023] AS Y2023, [2024] AS Y2024
FROM (SELECT Region, SaleYear, Amount FROM dbo.Sales) AS s
PIVOT (SUM(Amount) FOR SaleYear IN ([2023], [2024])) AS p
GO
-- PIVOT over a table: the columns come from its CREATE TABLE; grouped by SaleYear.
CREATE VIEW dbo.SalesCount AS
SELECT * FROM dbo.Sales PIVOT (COUNT(Amount) FOR Region IN ([north], [south])) AS p
GO
-- UNPIVOT: NULL values give no row, as in T-SQL.
CREATE VIEW dbo.QuarterRows AS
SELECT Region, Quarter, Qty
FROM dbo.Quarterly
UNPIVOT (Qty FOR Quarter IN (Q1, Q2, Q3)) AS u
GO
-- The FOR XML PATH('') concatenation idiom, plain and with TYPE).value(...).
CREATE VIEW dbo.ItemTags AS
SELECT i.ItemID,
  STUFF((SELECT ', ' + t.Tag FROM dbo.Tags t WHERE t.ItemID = i.ItemID ORDER BY t.Tag
         FOR XML PATH('')), 1, 2, '') AS TagList
FROM (SELECT DISTINCT ItemID FROM dbo.Tags) AS i
GO
CREATE VIEW dbo.ItemTagsTyped AS
SELECT i.ItemID,
  STUFF((SELECT ';' + t.Tag FROM dbo.Tags t WHERE t.ItemID = i.ItemID ORDER BY t.Tag DESC
         FOR XML PATH(''), TYPE).value('.', 'nvarchar(max)'), 1, 1, '') AS TagList
FROM (SELECT DISTINCT ItemID FROM dbo.Tags) AS i
GO
CREATE VIEW dbo.StringFunctions AS
SELECT CHOOSE(2, 'a', 'b', 'c') AS Chosen,
  CHOOSE(5, 'a', 'b') AS ChosenNone,
  EOMONTH('2024-02-10') AS MonthEnd,
  EOMONTH('2024-01-31', 1) AS NextMonthEnd,
  DATENAME(month, '2024-03-05') AS MonthName,
  PATINDEX('%[0-9]%', 'abc123') AS FirstDigit,
  PATINDEX('ab%', 'ABC') AS Prefix,
  PATINDEX('%z_%', 'abc') AS NoMatch,
  PATINDEX('%.c', 'ab.c') AS Dot,
  STUFF('abcdef', 2, 3, 'XY') AS Stuffed,
  REPLICATE('ab', 3) AS Repeated,
  'x' + SPACE(2) + 'y' AS Spaced,
  (SELECT COUNT(*) FROM STRING_SPLIT('a,b,c', ',')) AS Parts
GO
CREATE VIEW dbo.SplitTags AS
SELECT t.ItemID, s.value AS Part
FROM dbo.Tags t
CROSS APPLY STRING_SPLIT(t.Tag, '-') AS s
GO
-- Other FOR XML / FOR JSON forms stay items.
CREATE VIEW dbo.TagsXml AS
SELECT (SELECT ItemID, Tag FROM dbo.Tags FOR JSON PATH) AS Doc
GO
