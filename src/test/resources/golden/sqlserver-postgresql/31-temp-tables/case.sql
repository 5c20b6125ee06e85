CREATE TABLE dbo.Sales (
  SaleID int NOT NULL PRIMARY KEY,
  Region varchar(10) NOT NULL,
  Amount decimal(10,2) NOT NULL
)
GO
CREATE TABLE dbo.RegionReport (
  Region varchar(10) NOT NULL,
  Total decimal(12,2) NOT NULL,
  Rank int NULL
)
GO
-- #temp table created, filled, read and dropped; called twice it starts empty each time.
CREATE PROCEDURE dbo.ReportRegions @MinTotal decimal(12,2), @Regions int OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  CREATE TABLE #totals (
    Region varchar(10) NOT NULL PRIMARY KEY,
    Total decimal(12,2) NOT NULL DEFAULT 0,
    Seq int IDENTITY(1,1)
  );
  INSERT INTO #totals (Region, Total)
    SELECT Region, SUM(Amount) FROM dbo.Sales GROUP BY Region;
  DELETE FROM #totals WHERE Total < @MinTotal;
  SELECT @Regions = COUNT(*) FROM #totals;
  DELETE FROM dbo.RegionReport;
  INSERT INTO dbo.RegionReport (Region, Total)
    SELECT t.Region, t.Total FROM #totals AS t;
  DROP TABLE #totals;
END
GO
-- SELECT ... INTO #t, and a table variable with UPDATE and DELETE.
CREATE PROCEDURE dbo.RankRegions @Top int OUTPUT
AS
BEGIN
  DECLARE @ranked TABLE (Region varchar(10) NOT NULL, Total decimal(12,2), Pos int NULL);
  SELECT Region, SUM(Amount) AS Total INTO #sums FROM dbo.Sales GROUP BY Region;
  INSERT INTO @ranked (Region, Total)
    SELECT Region, Total FROM #sums;
  UPDATE @ranked SET Pos = 1 WHERE Total = (SELECT MAX(Total) FROM #sums);
  DELETE FROM @ranked WHERE Pos IS NULL AND Total < 10;
  UPDATE dbo.RegionReport SET Rank = 1
    WHERE Region IN (SELECT r.Region FROM @ranked AS r WHERE r.Pos = 1);
  SELECT @Top = COUNT(*) FROM @ranked;
  TRUNCATE TABLE #sums;
END
GO
-- A global temporary table is private to the session: an item.
CREATE PROCEDURE dbo.Shared
AS
BEGIN
  CREATE TABLE ##shared (Id int NOT NULL);
  INSERT INTO ##shared (Id) VALUES (1);
END
GO
