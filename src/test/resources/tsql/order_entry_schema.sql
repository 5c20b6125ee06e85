-- Shopfront order entry database: schema
-- Written for SQL Server 2019. Run in a fresh database.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
SET NOCOUNT ON;
GO

IF SCHEMA_ID(N'shop') IS NULL
    EXEC(N'CREATE SCHEMA shop AUTHORIZATION dbo');
GO

CREATE TABLE shop.Customer
(
    CustomerId      int IDENTITY(1, 1) NOT NULL CONSTRAINT PK_Customer PRIMARY KEY CLUSTERED,
    CustomerCode    char(8)            NOT NULL CONSTRAINT UQ_Customer_Code UNIQUE,
    Name            nvarchar(100)      NOT NULL,
    Email           varchar(254)       NULL,
    Segment         varchar(10)        NOT NULL CONSTRAINT DF_Customer_Segment DEFAULT ('retail')
                                                CONSTRAINT CK_Customer_Segment CHECK (Segment IN ('retail', 'trade', 'staff')),
    CreditLimit     money              NOT NULL DEFAULT $500.00,
    Balance         money              NOT NULL DEFAULT 0,
    CreatedAt       datetime           NOT NULL DEFAULT GETDATE(),
    ModifiedAt      datetime           NULL,
    RowVer          rowversion
);
GO

CREATE TABLE shop.Product
(
    ProductId       int IDENTITY(1, 1) PRIMARY KEY,
    Sku             varchar(20)    NOT NULL,
    Title           nvarchar(200)  NOT NULL,
    ListPrice       decimal(10, 2) NOT NULL CHECK (ListPrice >= 0),
    CostPrice       decimal(10, 2) NULL,
    Margin AS (ListPrice - ISNULL(CostPrice, 0)),
    IsActive        bit            NOT NULL DEFAULT 1,
    Tags            nvarchar(400)  NULL,
    INDEX IX_Product_Sku UNIQUE NONCLUSTERED (Sku)
);
GO

CREATE TABLE shop.Inventory
(
    ProductId   int      NOT NULL REFERENCES shop.Product (ProductId),
    Warehouse   char(3)  NOT NULL,
    OnHand      int      NOT NULL CONSTRAINT DF_Inventory_OnHand DEFAULT (0),
    Reserved    int      NOT NULL CONSTRAINT DF_Inventory_Reserved DEFAULT (0),
    CONSTRAINT PK_Inventory PRIMARY KEY (ProductId, Warehouse),
    CONSTRAINT CK_Inventory_Reserved CHECK (Reserved <= OnHand AND Reserved >= 0)
);
GO

CREATE SEQUENCE shop.OrderNumber AS int START WITH 1000 INCREMENT BY 1 NO CYCLE CACHE 20;
GO

CREATE TABLE shop.[Order]
(
    OrderId      int           NOT NULL CONSTRAINT DF_Order_Id DEFAULT (NEXT VALUE FOR shop.OrderNumber),
    CustomerId   int           NOT NULL,
    OrderDate    datetime2(0)  NOT NULL CONSTRAINT DF_Order_Date DEFAULT SYSDATETIME(),
    Status       varchar(12)   NOT NULL CONSTRAINT DF_Order_Status DEFAULT 'new',
    ShipTo       nvarchar(400) NULL,
    Total        money         NOT NULL CONSTRAINT DF_Order_Total DEFAULT 0,
    CONSTRAINT PK_Order PRIMARY KEY NONCLUSTERED (OrderId),
    CONSTRAINT FK_Order_Customer FOREIGN KEY (CustomerId) REFERENCES shop.Customer (CustomerId),
    CONSTRAINT CK_Order_Status CHECK (Status IN ('new', 'reserved', 'shipped', 'cancelled'))
);
GO

CREATE CLUSTERED INDEX CIX_Order_Date ON shop.[Order] (OrderDate, OrderId);
CREATE NONCLUSTERED INDEX IX_Order_Customer ON shop.[Order] (CustomerId) INCLUDE (Status, Total) WITH (FILLFACTOR = 90);
GO

CREATE TABLE shop.OrderItem
(
    OrderId     int            NOT NULL,
    LineNumber      smallint       NOT NULL,
    ProductId   int            NOT NULL,
    Quantity    int            NOT NULL,
    UnitPrice   decimal(10, 2) NOT NULL,
    LineTotal AS (Quantity * UnitPrice) PERSISTED,
    CONSTRAINT PK_OrderItem PRIMARY KEY (OrderId, LineNumber),
    CONSTRAINT FK_OrderItem_Order FOREIGN KEY (OrderId) REFERENCES shop.[Order] (OrderId) ON DELETE CASCADE,
    CONSTRAINT FK_OrderItem_Product FOREIGN KEY (ProductId) REFERENCES shop.Product (ProductId),
    CONSTRAINT CK_OrderItem_Quantity CHECK (Quantity > 0)
);
GO

CREATE TABLE shop.Payment
(
    PaymentId   uniqueidentifier NOT NULL CONSTRAINT DF_Payment_Id DEFAULT NEWID() ROWGUIDCOL,
    OrderId     int              NOT NULL,
    Amount      money            NOT NULL,
    Method      varchar(10)      NOT NULL,
    PaidAt      datetimeoffset(3) NOT NULL CONSTRAINT DF_Payment_PaidAt DEFAULT SYSDATETIMEOFFSET(),
    Reference   varbinary(32)    NULL,
    CONSTRAINT PK_Payment PRIMARY KEY NONCLUSTERED (PaymentId),
    CONSTRAINT FK_Payment_Order FOREIGN KEY (OrderId) REFERENCES shop.[Order] (OrderId)
);
GO

CREATE TABLE shop.AuditLog
(
    AuditId     bigint IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    TableName   sysname        NOT NULL,
    Action      char(1)        NOT NULL,
    KeyValue    nvarchar(100)  NOT NULL,
    OldValue    nvarchar(max)  NULL,
    NewValue    nvarchar(max)  NULL,
    ChangedBy   sysname        NOT NULL DEFAULT SUSER_SNAME(),
    ChangedAt   datetime       NOT NULL DEFAULT CURRENT_TIMESTAMP
);
GO

CREATE TYPE shop.ItemList AS TABLE
(
    ProductId int NOT NULL,
    Quantity  int NOT NULL CHECK (Quantity > 0),
    PRIMARY KEY (ProductId)
);
GO

CREATE VIEW shop.OrderSummary
AS
SELECT o.OrderId,
       o.OrderDate,
       c.Name AS CustomerName,
       o.Status,
       COUNT(i.LineNumber) AS Lines,
       SUM(i.LineTotal) AS ItemsTotal
FROM shop.[Order] AS o
JOIN shop.Customer AS c ON c.CustomerId = o.CustomerId
LEFT JOIN shop.OrderItem AS i ON i.OrderId = o.OrderId
GROUP BY o.OrderId, o.OrderDate, c.Name, o.Status;
GO

CREATE VIEW shop.OpenOrder
AS
SELECT OrderId, CustomerId, OrderDate, Status, ShipTo
FROM shop.[Order]
WHERE Status IN ('new', 'reserved');
GO

CREATE SYNONYM dbo.Orders FOR shop.[Order];
GO
