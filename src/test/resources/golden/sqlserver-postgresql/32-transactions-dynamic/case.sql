CREATE TABLE dbo.Accounts (
  AccountID int IDENTITY(1,1) NOT NULL PRIMARY KEY,
  Owner varchar(20) NOT NULL,
  Balance decimal(12,2) NOT NULL DEFAULT 0 CHECK (Balance >= 0)
)
GO
CREATE TABLE dbo.Journal (
  EntryID int IDENTITY(100,1) NOT NULL PRIMARY KEY,
  Note varchar(100) NOT NULL
)
GO
-- SCOPE_IDENTITY and @@ROWCOUNT.
CREATE PROCEDURE dbo.OpenAccount @Owner varchar(20), @Id int OUTPUT, @Touched int OUTPUT
AS
BEGIN
  INSERT INTO dbo.Accounts (Owner, Balance) VALUES (@Owner, 0);
  SET @Id = SCOPE_IDENTITY();
  UPDATE dbo.Accounts SET Balance = Balance + 1 WHERE Owner = @Owner;
  SET @Touched = @@ROWCOUNT;
END
GO
-- The TRY block is the transaction; THROW keeps its number in the SQLSTATE.
CREATE PROCEDURE dbo.Transfer @From int, @To int, @Amount decimal(12,2)
AS
BEGIN
  SET XACT_ABORT ON;
  BEGIN TRY
    BEGIN TRANSACTION;
    UPDATE dbo.Accounts SET Balance = Balance + @Amount WHERE AccountID = @To;
    UPDATE dbo.Accounts SET Balance = Balance - @Amount WHERE AccountID = @From;
    IF @Amount > 1000
      THROW 50001, 'Transfers above 1000 need approval', 1;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0
      ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO
-- COMMIT/ROLLBACK at procedure level: converted, with an item about how to call it.
CREATE PROCEDURE dbo.Deposit @Id int, @Amount decimal(12,2)
AS
BEGIN
  BEGIN TRAN;
  UPDATE dbo.Accounts SET Balance = Balance + @Amount WHERE AccountID = @Id;
  IF @Amount < 0
  BEGIN
    ROLLBACK TRAN;
    RETURN;
  END
  COMMIT TRAN;
END
GO
-- Dynamic SQL and WAITFOR.
CREATE PROCEDURE dbo.Housekeeping @Owner varchar(20)
AS
BEGIN
  WAITFOR DELAY '00:00:00.2';
  EXEC ('DELETE FROM dbo.Journal');
  EXEC sp_executesql N'UPDATE dbo.Accounts SET Balance = 0 WHERE Owner = @o AND ''@o'' <> Owner',
    N'@o varchar(20)', @o = @Owner;
END
GO
-- What has no equivalent: items that name it.
CREATE PROCEDURE dbo.Admin
AS
BEGIN
  DECLARE @n int = 0, @sql nvarchar(200) = N'SELECT @cnt = COUNT(*) FROM dbo.Accounts', @c int;
  EXEC sp_executesql @sql, N'@cnt int OUTPUT', @cnt = @c OUTPUT;
  EXEC sp_executesql @sql, N'@cnt int', @c;
  SAVE TRANSACTION before_step;
  EXEC msdb.dbo.sp_start_job @job_name = N'Nightly';
  EXEC master.dbo.xp_cmdshell 'dir';
  EXEC sp_who;
  EXEC [remote].Sales.dbo.Refresh;
  WAITFOR TIME '22:00';
  again:
  SET @n = @n + 1;
  IF @n < 3 GOTO again;
END
GO
