CREATE TYPE dbo.Phone FROM varchar(20) NOT NULL
GO
CREATE TYPE dbo.Money4 FROM decimal(12,4) NULL
GO
CREATE TYPE dbo.OrderLines AS TABLE (
  ProductID int NOT NULL PRIMARY KEY,
  Qty int NOT NULL
)
GO
-- T-SQL defaults: bigint, starting at the minimum value.
CREATE SEQUENCE dbo.TicketNo AS int START WITH 100 INCREMENT BY 10
GO
CREATE SEQUENCE dbo.Countdown AS smallint INCREMENT BY -1 MINVALUE 1 MAXVALUE 3 CYCLE NO CACHE
GO
CREATE SEQUENCE dbo.Plain
GO
DROP TABLE IF EXISTS dbo.Customers
GO
CREATE TABLE dbo.Customers (
  CustomerID int NOT NULL PRIMARY KEY DEFAULT (NEXT VALUE FOR dbo.TicketNo),
  Phone dbo.Phone,
  Credit Money4 NULL
)
GO
CREATE SYNONYM dbo.Clients FOR dbo.Customers
GO
CREATE SYNONYM dbo.RemoteOrders FOR Sales.dbo.Orders
GO
DROP PROCEDURE IF EXISTS dbo.AddCustomer
GO
CREATE PROCEDURE dbo.AddCustomer @Phone varchar(20), @ID int OUTPUT
AS
BEGIN
  SET @ID = NEXT VALUE FOR dbo.TicketNo;
  INSERT INTO dbo.Customers (CustomerID, Phone, Credit) VALUES (@ID, @Phone, 1.5);
END
GO
ALTER PROCEDURE dbo.AddCustomer @Phone varchar(20), @ID int OUTPUT
AS
BEGIN
  SET @ID = NEXT VALUE FOR dbo.TicketNo;
  INSERT INTO dbo.Customers (CustomerID, Phone, Credit) VALUES (@ID, @Phone, 2.5);
END
GO
CREATE OR ALTER VIEW dbo.CustomerPhones AS
SELECT CustomerID, Phone FROM dbo.Customers
GO
CREATE OR ALTER FUNCTION dbo.NextCountdown() RETURNS int
AS
BEGIN
  RETURN 0;
END
GO
DROP VIEW IF EXISTS dbo.LegacyView
GO
