CREATE TABLE dbo.Accounts (
  AccountID int NOT NULL PRIMARY KEY,
  Owner nvarchar(40) NOT NULL,
  Balance decimal(12,2) NOT NULL DEFAULT 0
)
GO
CREATE TABLE dbo.AuditLog (
  LogID int IDENTITY(1,1) PRIMARY KEY,
  AccountID int NULL,
  Note varchar(200) NOT NULL
)
GO
CREATE PROCEDURE dbo.OpenAccount
  @AccountID int,
  @Owner nvarchar(40),
  @Initial decimal(12,2) = 10
AS
BEGIN
  SET NOCOUNT ON;
  INSERT INTO dbo.Accounts (AccountID, Owner, Balance) VALUES (@AccountID, @Owner, @Initial);
  INSERT INTO dbo.AuditLog (AccountID, Note) VALUES (@AccountID, 'opened for ' + @Owner);
END
GO
CREATE PROCEDURE dbo.Deposit
  @AccountID int,
  @Amount decimal(12,2),
  @NewBalance decimal(12,2) OUTPUT,
  @Updated int OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  UPDATE dbo.Accounts SET Balance += @Amount WHERE AccountID = @AccountID;
  SET @Updated = @@ROWCOUNT;
  IF @Updated = 0
  BEGIN
    SET @NewBalance = NULL;
    RETURN;
  END
  ELSE
    SELECT @NewBalance = Balance FROM dbo.Accounts WHERE AccountID = @AccountID;
END
GO
CREATE PROCEDURE dbo.SumEvens @Limit int, @Total int OUTPUT
AS
BEGIN
  DECLARE @i int = 0, @Label varchar(20);
  SET @Total = 0;
  WHILE 1 = 1
  BEGIN
    SET @i = @i + 1;
    IF @i > @Limit BREAK;
    IF @i % 2 = 1 CONTINUE;
    SET @Total = @Total + @i;
  END
  SET @Label = 'total ' + CAST(@Total AS varchar(10));
  PRINT @Label;
END
GO
CREATE PROCEDURE dbo.Withdraw @AccountID int, @Amount decimal(12,2), @Result varchar(200) OUTPUT
AS
BEGIN
  BEGIN TRY
    DECLARE @Balance decimal(12,2);
    SELECT @Balance = Balance FROM dbo.Accounts WHERE AccountID = @AccountID;
    IF @Balance < @Amount
      THROW 50001, 'Insufficient funds', 1;
    UPDATE dbo.Accounts SET Balance = Balance - @Amount WHERE AccountID = @AccountID;
    SET @Result = 'ok';
  END TRY
  BEGIN CATCH
    SET @Result = 'failed: ' + ERROR_MESSAGE();
    INSERT INTO dbo.AuditLog (AccountID, Note) VALUES (@AccountID, @Result);
  END CATCH
END
GO
CREATE PROCEDURE dbo.CloseAccount @AccountID int
AS
BEGIN
  DELETE FROM dbo.Accounts WHERE AccountID = @AccountID;
  IF @@ROWCOUNT = 0
    RAISERROR('no such account', 16, 1);
  EXEC dbo.OpenAccount @Owner = N'closed', @AccountID = 0, @Initial = 0;
END
GO
CREATE FUNCTION dbo.OwnerOf (@AccountID int)
RETURNS nvarchar(40)
AS
BEGIN
  DECLARE @Owner nvarchar(40);
  SELECT @Owner = Owner FROM dbo.Accounts WHERE AccountID = @AccountID;
  IF @Owner IS NULL
    SET @Owner = N'none';
  RETURN @Owner;
END
GO
CREATE FUNCTION dbo.Factorial (@n int)
RETURNS bigint
AS
BEGIN
  DECLARE @r bigint = 1;
  WHILE @n > 1
  BEGIN
    SET @r *= @n;
    SET @n -= 1;
  END
  RETURN @r;
END
GO
CREATE PROCEDURE dbo.WithStatus @AccountID int
AS
BEGIN
  BEGIN TRANSACTION;
  UPDATE dbo.Accounts SET Balance = 0 WHERE AccountID = @AccountID;
  COMMIT;
  RETURN 1;
END
GO
