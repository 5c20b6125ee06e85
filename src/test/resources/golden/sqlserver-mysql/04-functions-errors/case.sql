CREATE TABLE dbo.Items (
  ItemID int IDENTITY(1,1) NOT NULL CONSTRAINT PK_Items PRIMARY KEY,
  Code varchar(10) NOT NULL CONSTRAINT UQ_Items_Code UNIQUE,
  Price decimal(10,2) NOT NULL CONSTRAINT CK_Items_Price CHECK (Price >= 0),
  Qty int NOT NULL CONSTRAINT DF_Items_Qty DEFAULT 0,
  Stock AS (Price * Qty),
  Added date NOT NULL DEFAULT (CAST(GETDATE() AS date))
)
GO
CREATE INDEX IX_Items_Added ON dbo.Items (Added DESC, Code)
GO
CREATE FUNCTION dbo.Grade (@Score int)
RETURNS varchar(10)
AS
BEGIN
  DECLARE @g varchar(10);
  IF @Score IS NULL
    SET @g = 'none';
  ELSE IF @Score >= 90
    SET @g = 'A';
  ELSE IF @Score >= 75
    SET @g = 'B';
  ELSE
    SET @g = 'C';
  RETURN @g;
END
GO
CREATE FUNCTION dbo.PadCode (@Code varchar(10), @Width int)
RETURNS varchar(20)
AS
BEGIN
  RETURN RIGHT(REPLICATE('0', @Width) + @Code, @Width);
END
GO
CREATE FUNCTION dbo.StockValue (@ItemID int)
RETURNS decimal(12,2)
AS
BEGIN
  DECLARE @v decimal(12,2);
  SELECT @v = Stock FROM dbo.Items WHERE ItemID = @ItemID;
  RETURN ISNULL(@v, 0);
END
GO
CREATE PROCEDURE dbo.AddItem
  @Code varchar(10),
  @Price decimal(10,2),
  @Qty int,
  @NewID int OUTPUT,
  @Message varchar(200) OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  BEGIN TRY
    IF @Qty < 0
      RAISERROR('negative quantity', 16, 1);
    INSERT INTO dbo.Items (Code, Price, Qty) VALUES (@Code, @Price, @Qty);
    SET @NewID = SCOPE_IDENTITY();
    SET @Message = 'added ' + dbo.PadCode(@Code, 6);
  END TRY
  BEGIN CATCH
    SET @NewID = -1;
    SET @Message = 'error: ' + ERROR_MESSAGE();
  END CATCH
END
GO
CREATE PROCEDURE dbo.Restock @Rounds int, @Added int OUTPUT
AS
BEGIN
  DECLARE @n int = 0;
  SET @Added = 0;
  WHILE @n < @Rounds
  BEGIN
    SET @n += 1;
    UPDATE dbo.Items SET Qty = Qty + @n WHERE Qty < 100;
    SET @Added = @Added + @@ROWCOUNT;
  END
  IF @Added = 0
    THROW 50010, 'nothing to restock', 1;
END
GO
