USE [master]
GO
/****** Object:  Database [Harbor]    Script Date: 3/14/2024 10:22:31 AM ******/
CREATE DATABASE [Harbor]
 CONTAINMENT = NONE
 ON  PRIMARY 
( NAME = N'Harbor', FILENAME = N'C:\Program Files\Microsoft SQL Server\MSSQL15.MSSQLSERVER\MSSQL\DATA\Harbor.mdf' , SIZE = 8192KB , MAXSIZE = UNLIMITED, FILEGROWTH = 65536KB ), 
 FILEGROUP [ARCHIVE] 
( NAME = N'Harbor_archive', FILENAME = N'C:\Program Files\Microsoft SQL Server\MSSQL15.MSSQLSERVER\MSSQL\DATA\Harbor_archive.ndf' , SIZE = 8192KB , MAXSIZE = UNLIMITED, FILEGROWTH = 10%)
 LOG ON 
( NAME = N'Harbor_log', FILENAME = N'C:\Program Files\Microsoft SQL Server\MSSQL15.MSSQLSERVER\MSSQL\DATA\Harbor_log.ldf' , SIZE = 8192KB , MAXSIZE = 2048GB , FILEGROWTH = 65536KB )
 WITH CATALOG_COLLATION = DATABASE_DEFAULT
GO
ALTER DATABASE [Harbor] SET COMPATIBILITY_LEVEL = 150
GO
IF (1 = FULLTEXTSERVICEPROPERTY('IsFullTextInstalled'))
begin
EXEC [Harbor].[dbo].[sp_fulltext_database] @action = 'enable'
end
GO
ALTER DATABASE [Harbor] SET ANSI_NULL_DEFAULT OFF 
GO
ALTER DATABASE [Harbor] SET ANSI_NULLS OFF 
GO
ALTER DATABASE [Harbor] SET ANSI_PADDING OFF 
GO
ALTER DATABASE [Harbor] SET ARITHABORT OFF 
GO
ALTER DATABASE [Harbor] SET AUTO_CLOSE OFF 
GO
ALTER DATABASE [Harbor] SET AUTO_SHRINK OFF 
GO
ALTER DATABASE [Harbor] SET AUTO_UPDATE_STATISTICS ON 
GO
ALTER DATABASE [Harbor] SET CURSOR_CLOSE_ON_COMMIT OFF 
GO
ALTER DATABASE [Harbor] SET CONCAT_NULL_YIELDS_NULL OFF 
GO
ALTER DATABASE [Harbor] SET RECURSIVE_TRIGGERS OFF 
GO
ALTER DATABASE [Harbor] SET  DISABLE_BROKER 
GO
ALTER DATABASE [Harbor] SET READ_COMMITTED_SNAPSHOT OFF 
GO
ALTER DATABASE [Harbor] SET RECOVERY FULL 
GO
ALTER DATABASE [Harbor] SET  MULTI_USER 
GO
ALTER DATABASE [Harbor] SET PAGE_VERIFY CHECKSUM  
GO
ALTER DATABASE [Harbor] SET DB_CHAINING OFF 
GO
ALTER DATABASE [Harbor] SET FILESTREAM( NON_TRANSACTED_ACCESS = OFF ) 
GO
ALTER DATABASE [Harbor] SET TARGET_RECOVERY_TIME = 60 SECONDS 
GO
ALTER DATABASE [Harbor] SET DELAYED_DURABILITY = DISABLED 
GO
EXEC sys.sp_db_vardecimal_storage_format N'Harbor', N'ON'
GO
ALTER DATABASE [Harbor] SET QUERY_STORE = OFF
GO
USE [Harbor]
GO
/****** Object:  User [harbor_app]    Script Date: 3/14/2024 10:22:31 AM ******/
CREATE USER [harbor_app] FOR LOGIN [harbor_app] WITH DEFAULT_SCHEMA=[dbo]
GO
ALTER ROLE [db_datareader] ADD MEMBER [harbor_app]
GO
ALTER ROLE [db_datawriter] ADD MEMBER [harbor_app]
GO
/****** Object:  Schema [sales]    Script Date: 3/14/2024 10:22:31 AM ******/
CREATE SCHEMA [sales]
GO
/****** Object:  Schema [archive]    Script Date: 3/14/2024 10:22:31 AM ******/
CREATE SCHEMA [archive] AUTHORIZATION [dbo]
GO
/****** Object:  PartitionFunction [pfOrderYear]    Script Date: 3/14/2024 10:22:31 AM ******/
CREATE PARTITION FUNCTION [pfOrderYear](date) AS RANGE RIGHT FOR VALUES (N'2022-01-01T00:00:00.000', N'2023-01-01T00:00:00.000', N'2024-01-01T00:00:00.000')
GO
/****** Object:  PartitionScheme [psOrderYear]    Script Date: 3/14/2024 10:22:31 AM ******/
CREATE PARTITION SCHEME [psOrderYear] AS PARTITION [pfOrderYear] TO ([ARCHIVE], [ARCHIVE], [PRIMARY], [PRIMARY])
GO
/****** Object:  UserDefinedDataType [dbo].[Phone]    Script Date: 3/14/2024 10:22:31 AM ******/
CREATE TYPE [dbo].[Phone] FROM [nvarchar](24) NULL
GO
/****** Object:  UserDefinedDataType [dbo].[Flag]    Script Date: 3/14/2024 10:22:31 AM ******/
CREATE TYPE [dbo].[Flag] FROM [bit] NOT NULL
GO
/****** Object:  UserDefinedTableType [sales].[OrderLineList]    Script Date: 3/14/2024 10:22:31 AM ******/
CREATE TYPE [sales].[OrderLineList] AS TABLE(
	[ProductID] [int] NOT NULL,
	[Quantity] [smallint] NOT NULL,
	[UnitPrice] [money] NULL,
	PRIMARY KEY CLUSTERED 
(
	[ProductID] ASC
)WITH (IGNORE_DUP_KEY = OFF)
)
GO
/****** Object:  Sequence [sales].[InvoiceNumbers]    Script Date: 3/14/2024 10:22:31 AM ******/
CREATE SEQUENCE [sales].[InvoiceNumbers] 
 AS [bigint]
 START WITH 100000
 INCREMENT BY 1
 MINVALUE -9223372036854775808
 MAXVALUE 9223372036854775807
 CACHE 
GO
/****** Object:  UserDefinedFunction [dbo].[ufnFullName]    Script Date: 3/14/2024 10:22:31 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE FUNCTION [dbo].[ufnFullName](@First nvarchar(50), @Last nvarchar(50))
RETURNS nvarchar(101)
WITH SCHEMABINDING
AS
BEGIN
	RETURN LTRIM(RTRIM(ISNULL(@First, N'') + N' ' + ISNULL(@Last, N'')))
END
GO
/****** Object:  Table [dbo].[Customers]    Script Date: 3/14/2024 10:22:31 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[Customers](
	[CustomerID] [int] IDENTITY(1,1) NOT NULL,
	[CompanyName] [nvarchar](40) NOT NULL,
	[ContactFirst] [nvarchar](50) NULL,
	[ContactLast] [nvarchar](50) NULL,
	[ContactName]  AS ([dbo].[ufnFullName]([ContactFirst],[ContactLast])),
	[Phone] [dbo].[Phone] NULL,
	[Email] [varchar](254) NULL,
	[IsActive] [dbo].[Flag] NOT NULL,
	[CreditLimit] [decimal](12, 2) NULL,
	[RowGuid] [uniqueidentifier] ROWGUIDCOL  NOT NULL,
	[Notes] [nvarchar](max) NULL,
	[CreatedAt] [datetime2](3) NOT NULL,
 CONSTRAINT [PK_Customers] PRIMARY KEY CLUSTERED 
(
	[CustomerID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY],
 CONSTRAINT [UQ_Customers_Email] UNIQUE NONCLUSTERED 
(
	[Email] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
GO
/****** Object:  Table [dbo].[Products]    Script Date: 3/14/2024 10:22:31 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[Products](
	[ProductID] [int] IDENTITY(1,1) NOT NULL,
	[Sku] [varchar](20) COLLATE Latin1_General_BIN2 NOT NULL,
	[ProductName] [nvarchar](40) NOT NULL,
	[CategoryID] [int] NULL,
	[UnitPrice] [money] NULL,
	[UnitsInStock] [smallint] NULL,
	[Discontinued] [bit] NOT NULL,
	[Weight] [float] NULL,
	[Photo] [varbinary](max) NULL,
	[Specs] [xml] NULL,
	[Version] [timestamp] NOT NULL,
 CONSTRAINT [PK_Products] PRIMARY KEY CLUSTERED 
(
	[ProductID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF, DATA_COMPRESSION = PAGE) ON [PRIMARY]
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
GO
/****** Object:  Table [sales].[Orders]    Script Date: 3/14/2024 10:22:31 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [sales].[Orders](
	[OrderID] [int] IDENTITY(10248,1) NOT NULL,
	[CustomerID] [int] NOT NULL,
	[OrderDate] [date] NOT NULL,
	[RequiredDate] [date] NULL,
	[ShippedDate] [datetime] NULL,
	[Freight] [money] NULL,
	[Status] [tinyint] NOT NULL,
	[InvoiceNo] [bigint] NULL,
	[ShipVia] [int] NULL,
	[Comment] [nvarchar](400) SPARSE  NULL,
 CONSTRAINT [PK_Orders] PRIMARY KEY CLUSTERED 
(
	[OrderID] ASC,
	[OrderDate] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [psOrderYear]([OrderDate])
) ON [psOrderYear]([OrderDate])
GO
/****** Object:  Table [sales].[OrderLines]    Script Date: 3/14/2024 10:22:31 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [sales].[OrderLines](
	[OrderID] [int] NOT NULL,
	[OrderDate] [date] NOT NULL,
	[LineNo] [smallint] NOT NULL,
	[ProductID] [int] NOT NULL,
	[UnitPrice] [money] NOT NULL,
	[Quantity] [smallint] NOT NULL,
	[Discount] [real] NOT NULL,
	[LineTotal]  AS (CONVERT([money],([UnitPrice]*[Quantity])*((1.0)-[Discount]),(0))) PERSISTED NOT NULL,
 CONSTRAINT [PK_OrderLines] PRIMARY KEY CLUSTERED 
(
	[OrderID] ASC,
	[OrderDate] ASC,
	[LineNo] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, FILLFACTOR = 90, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [archive].[OrdersHistory]    Script Date: 3/14/2024 10:22:31 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [archive].[PriceHistory](
	[ProductID] [int] NOT NULL,
	[UnitPrice] [money] NULL,
	[ValidFrom] [datetime2](7) NOT NULL,
	[ValidTo] [datetime2](7) NOT NULL
) ON [ARCHIVE]
WITH
(
DATA_COMPRESSION = PAGE
)
GO
/****** Object:  Table [dbo].[Prices]    Script Date: 3/14/2024 10:22:31 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[Prices](
	[ProductID] [int] NOT NULL,
	[UnitPrice] [money] NULL,
	[ValidFrom] [datetime2](7) GENERATED ALWAYS AS ROW START NOT NULL,
	[ValidTo] [datetime2](7) GENERATED ALWAYS AS ROW END NOT NULL,
 CONSTRAINT [PK_Prices] PRIMARY KEY CLUSTERED 
(
	[ProductID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY],
	PERIOD FOR SYSTEM_TIME ([ValidFrom], [ValidTo])
) ON [PRIMARY]
WITH
(
SYSTEM_VERSIONING = ON ( HISTORY_TABLE = [archive].[PriceHistory] )
)
GO
/****** Object:  View [sales].[vOrderTotals]    Script Date: 3/14/2024 10:22:31 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE VIEW [sales].[vOrderTotals]
WITH SCHEMABINDING
AS
SELECT        l.OrderID, l.OrderDate, COUNT_BIG(*) AS LineCount, SUM(l.LineTotal) AS OrderTotal
FROM            sales.OrderLines AS l
GROUP BY l.OrderID, l.OrderDate
GO
SET ARITHABORT ON
SET CONCAT_NULL_YIELDS_NULL ON
SET QUOTED_IDENTIFIER ON
SET ANSI_NULLS ON
SET ANSI_PADDING ON
SET ANSI_WARNINGS ON
SET NUMERIC_ROUNDABORT OFF
GO
/****** Object:  Index [IXC_vOrderTotals]    Script Date: 3/14/2024 10:22:31 AM ******/
CREATE UNIQUE CLUSTERED INDEX [IXC_vOrderTotals] ON [sales].[vOrderTotals]
(
	[OrderID] ASC,
	[OrderDate] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, IGNORE_DUP_KEY = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
GO
/****** Object:  View [dbo].[vActiveCustomers]    Script Date: 3/14/2024 10:22:31 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE VIEW [dbo].[vActiveCustomers]
AS
SELECT c.CustomerID, c.CompanyName, c.ContactName, c.Phone, c.Email,
       ISNULL(o.LastOrder, '19000101') AS LastOrder
FROM   dbo.Customers AS c
OUTER APPLY (SELECT MAX(OrderDate) AS LastOrder FROM sales.Orders AS x WHERE x.CustomerID = c.CustomerID) AS o
WHERE  c.IsActive = 1
WITH CHECK OPTION
GO
/****** Object:  Index [IX_Orders_Customer]    Script Date: 3/14/2024 10:22:31 AM ******/
CREATE NONCLUSTERED INDEX [IX_Orders_Customer] ON [sales].[Orders]
(
	[CustomerID] ASC
)
INCLUDE([Status],[Freight]) WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [psOrderYear]([OrderDate])
GO
/****** Object:  Index [IX_Orders_Open]    Script Date: 3/14/2024 10:22:31 AM ******/
CREATE NONCLUSTERED INDEX [IX_Orders_Open] ON [sales].[Orders]
(
	[RequiredDate] ASC
)
WHERE ([ShippedDate] IS NULL AND [Status]<(3))
WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
GO
/****** Object:  Index [NCCI_OrderLines]    Script Date: 3/14/2024 10:22:31 AM ******/
CREATE NONCLUSTERED COLUMNSTORE INDEX [NCCI_OrderLines] ON [sales].[OrderLines]
(
	[ProductID],
	[Quantity],
	[LineTotal]
)WITH (DROP_EXISTING = OFF, COMPRESSION_DELAY = 0) ON [PRIMARY]
GO
/****** Object:  Index [IX_Products_Name]    Script Date: 3/14/2024 10:22:31 AM ******/
CREATE UNIQUE NONCLUSTERED INDEX [IX_Products_Sku] ON [dbo].[Products]
(
	[Sku] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, IGNORE_DUP_KEY = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, FILLFACTOR = 80, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
GO
ALTER TABLE [dbo].[Customers] ADD  CONSTRAINT [DF_Customers_IsActive]  DEFAULT ((1)) FOR [IsActive]
GO
ALTER TABLE [dbo].[Customers] ADD  CONSTRAINT [DF_Customers_RowGuid]  DEFAULT (newsequentialid()) FOR [RowGuid]
GO
ALTER TABLE [dbo].[Customers] ADD  CONSTRAINT [DF_Customers_CreatedAt]  DEFAULT (sysutcdatetime()) FOR [CreatedAt]
GO
ALTER TABLE [dbo].[Products] ADD  CONSTRAINT [DF_Products_Discontinued]  DEFAULT ((0)) FOR [Discontinued]
GO
ALTER TABLE [sales].[Orders] ADD  CONSTRAINT [DF_Orders_OrderDate]  DEFAULT (CONVERT([date],getdate())) FOR [OrderDate]
GO
ALTER TABLE [sales].[Orders] ADD  CONSTRAINT [DF_Orders_Status]  DEFAULT ((0)) FOR [Status]
GO
ALTER TABLE [sales].[Orders] ADD  CONSTRAINT [DF_Orders_InvoiceNo]  DEFAULT (NEXT VALUE FOR [sales].[InvoiceNumbers]) FOR [InvoiceNo]
GO
ALTER TABLE [sales].[OrderLines] ADD  CONSTRAINT [DF_OrderLines_Discount]  DEFAULT ((0)) FOR [Discount]
GO
ALTER TABLE [sales].[Orders]  WITH CHECK ADD  CONSTRAINT [FK_Orders_Customers] FOREIGN KEY([CustomerID])
REFERENCES [dbo].[Customers] ([CustomerID])
GO
ALTER TABLE [sales].[Orders] CHECK CONSTRAINT [FK_Orders_Customers]
GO
ALTER TABLE [sales].[OrderLines]  WITH CHECK ADD  CONSTRAINT [FK_OrderLines_Orders] FOREIGN KEY([OrderID], [OrderDate])
REFERENCES [sales].[Orders] ([OrderID], [OrderDate])
ON DELETE CASCADE
GO
ALTER TABLE [sales].[OrderLines] CHECK CONSTRAINT [FK_OrderLines_Orders]
GO
ALTER TABLE [sales].[OrderLines]  WITH NOCHECK ADD  CONSTRAINT [FK_OrderLines_Products] FOREIGN KEY([ProductID])
REFERENCES [dbo].[Products] ([ProductID])
NOT FOR REPLICATION 
GO
ALTER TABLE [sales].[OrderLines] NOCHECK CONSTRAINT [FK_OrderLines_Products]
GO
ALTER TABLE [dbo].[Products]  WITH CHECK ADD  CONSTRAINT [CK_Products_UnitPrice] CHECK  (([UnitPrice]>=(0)))
GO
ALTER TABLE [dbo].[Products] CHECK CONSTRAINT [CK_Products_UnitPrice]
GO
ALTER TABLE [sales].[OrderLines]  WITH CHECK ADD  CONSTRAINT [CK_OrderLines_Discount] CHECK  (([Discount]>=(0) AND [Discount]<=(1)))
GO
ALTER TABLE [sales].[OrderLines] CHECK CONSTRAINT [CK_OrderLines_Discount]
GO
ALTER TABLE [dbo].[Customers]  WITH CHECK ADD  CONSTRAINT [CK_Customers_Email] CHECK  (([Email] like '%_@_%._%' OR [Email] IS NULL))
GO
ALTER TABLE [dbo].[Customers] CHECK CONSTRAINT [CK_Customers_Email]
GO
/****** Object:  StoredProcedure [sales].[usp_GetOrder]    Script Date: 3/14/2024 10:22:31 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
-- =============================================
-- Author:		j.doe
-- Create date: 2021-06-01
-- Description:	Returns one order and its lines
-- =============================================
CREATE PROCEDURE [sales].[usp_GetOrder]
	@OrderID int,
	@IncludeLines bit = 1
AS
BEGIN
	SET NOCOUNT ON;

	SELECT o.OrderID, o.OrderDate, c.CompanyName, o.Freight, o.Status
	FROM sales.Orders o
	JOIN dbo.Customers c ON c.CustomerID = o.CustomerID
	WHERE o.OrderID = @OrderID;

	IF @IncludeLines = 1
		SELECT l.[LineNo], p.ProductName, l.Quantity, l.UnitPrice, l.LineTotal
		FROM sales.OrderLines l
		INNER JOIN dbo.Products p ON p.ProductID = l.ProductID
		WHERE l.OrderID = @OrderID
		ORDER BY l.[LineNo];
END
GO
/****** Object:  Trigger [dbo].[trg_Products_Price]    Script Date: 3/14/2024 10:22:31 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TRIGGER [dbo].[trg_Products_Price] ON [dbo].[Products]
AFTER UPDATE
AS
BEGIN
	SET NOCOUNT ON;
	IF UPDATE(UnitPrice)
	BEGIN
		UPDATE p SET UnitPrice = i.UnitPrice
		FROM dbo.Prices p
		JOIN inserted i ON i.ProductID = p.ProductID
		JOIN deleted d ON d.ProductID = i.ProductID
		WHERE ISNULL(i.UnitPrice, -1) <> ISNULL(d.UnitPrice, -1);
	END
END
GO
ALTER TABLE [dbo].[Products] ENABLE TRIGGER [trg_Products_Price]
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Customers who buy from Harbor; one row per company.' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Customers'
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Computed from first and last name of the contact.' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Customers', @level2type=N'COLUMN',@level2name=N'ContactName'
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'0 = new, 1 = packed, 2 = shipped, 3 = closed' , @level0type=N'SCHEMA',@level0name=N'sales', @level1type=N'TABLE',@level1name=N'Orders', @level2type=N'COLUMN',@level2name=N'Status'
GO
EXEC sys.sp_addextendedproperty N'MS_Description', N'Order lines; the total is computed and stored.', N'SCHEMA', N'sales', N'TABLE', N'OrderLines'
GO
GRANT EXECUTE ON [sales].[usp_GetOrder] TO [harbor_app] AS [dbo]
GO
GRANT SELECT ON [dbo].[vActiveCustomers] TO [harbor_app] AS [dbo]
GO
DENY DELETE ON SCHEMA::[sales] TO [harbor_app] AS [dbo]
GO
USE [master]
GO
ALTER DATABASE [Harbor] SET  READ_WRITE 
GO
