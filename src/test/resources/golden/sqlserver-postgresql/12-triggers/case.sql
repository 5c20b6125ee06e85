-- AFTER triggers with inserted/deleted, UPDATE(col), INSTEAD OF on a view, other kinds.
CREATE TABLE dbo.Accounts (
  AccountID int NOT NULL PRIMARY KEY,
  Owner varchar(40) NOT NULL,
  Balance decimal(12,2) NOT NULL DEFAULT 0
);
GO
CREATE TABLE dbo.AccountLog (
  LogID int IDENTITY(1,1) PRIMARY KEY,
  AccountID int,
  Action varchar(10),
  OldBalance decimal(12,2),
  NewBalance decimal(12,2)
);
GO
CREATE TRIGGER dbo.trg_Accounts_Audit ON dbo.Accounts
AFTER INSERT, UPDATE, DELETE
AS
BEGIN
  SET NOCOUNT ON;
  INSERT INTO dbo.AccountLog (AccountID, Action, OldBalance, NewBalance)
  SELECT COALESCE(i.AccountID, d.AccountID),
         CASE WHEN d.AccountID IS NULL THEN 'insert' WHEN i.AccountID IS NULL THEN 'delete' ELSE 'update' END,
         d.Balance, i.Balance
  FROM inserted i FULL OUTER JOIN deleted d ON d.AccountID = i.AccountID;
END
GO
CREATE TRIGGER dbo.trg_Accounts_Owner ON dbo.Accounts
FOR UPDATE
AS
  IF UPDATE(Owner)
    INSERT INTO dbo.AccountLog (AccountID, Action) SELECT AccountID, 'rename' FROM inserted;
GO
CREATE VIEW dbo.RichAccounts AS SELECT AccountID, Owner, Balance FROM dbo.Accounts WHERE Balance >= 1000;
GO
CREATE TRIGGER dbo.trg_RichAccounts_Write ON dbo.RichAccounts
INSTEAD OF INSERT, DELETE
AS
BEGIN
  INSERT INTO dbo.Accounts (AccountID, Owner, Balance)
  SELECT AccountID, UPPER(Owner), Balance FROM inserted;
  DELETE FROM dbo.Accounts WHERE AccountID IN (SELECT AccountID FROM deleted);
END
GO
CREATE TRIGGER trg_NoDrops ON DATABASE FOR DROP_TABLE AS PRINT 'no';
GO
CREATE TRIGGER dbo.trg_Accounts_Instead ON dbo.Accounts INSTEAD OF DELETE AS PRINT 'kept';
GO
