USE [Harbor]
GO
/****** Object:  Schema [reporting]    Script Date: 3/14/2024 11:05:12 AM ******/
IF NOT EXISTS (SELECT * FROM sys.schemas WHERE name = N'reporting')
EXEC sys.sp_executesql N'CREATE SCHEMA [reporting]'
GO
/****** Object:  Table [dbo].[Suppliers]    Script Date: 3/14/2024 11:05:12 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
IF NOT EXISTS (SELECT * FROM sys.objects WHERE object_id = OBJECT_ID(N'[dbo].[Suppliers]') AND type in (N'U'))
BEGIN
CREATE TABLE [dbo].[Suppliers](
	[SupplierID] [int] IDENTITY(1,1) NOT NULL,
	[CompanyName] [nvarchar](40) NOT NULL,
	[Country] [nvarchar](15) NULL,
	[HomePage] [ntext] NULL,
 CONSTRAINT [PK_Suppliers] PRIMARY KEY CLUSTERED 
(
	[SupplierID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
END
GO
/****** Object:  Table [dbo].[Shippers]    Script Date: 3/14/2024 11:05:12 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
IF NOT EXISTS (SELECT * FROM sys.objects WHERE object_id = OBJECT_ID(N'[dbo].[Shippers]') AND type in (N'U'))
BEGIN
CREATE TABLE [dbo].[Shippers](
	[ShipperID] [int] IDENTITY(1,1) NOT NULL,
	[CompanyName] [nvarchar](40) NOT NULL,
	[Phone] [nvarchar](24) NULL,
 CONSTRAINT [PK_Shippers] PRIMARY KEY CLUSTERED 
(
	[ShipperID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
END
GO
/****** Object:  View [reporting].[vSupplierCountries]    Script Date: 3/14/2024 11:05:12 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
IF NOT EXISTS (SELECT * FROM sys.views WHERE object_id = OBJECT_ID(N'[reporting].[vSupplierCountries]'))
EXEC dbo.sp_executesql @statement = N'CREATE VIEW [reporting].[vSupplierCountries]
AS
SELECT ISNULL(Country, N''(unknown)'') AS Country,
       COUNT(*) AS Suppliers,
       STUFF((SELECT N'', '' + s2.CompanyName
              FROM dbo.Suppliers s2
              WHERE ISNULL(s2.Country, N'''') = ISNULL(s.Country, N'''')
              FOR XML PATH(''''), TYPE).value(''.'', ''nvarchar(max)''), 1, 2, N'''') AS Names
FROM dbo.Suppliers s
GROUP BY Country
' 
GO
/****** Object:  UserDefinedFunction [reporting].[ufnShipperName]    Script Date: 3/14/2024 11:05:12 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
IF NOT EXISTS (SELECT * FROM sys.objects WHERE object_id = OBJECT_ID(N'[reporting].[ufnShipperName]') AND type in (N'FN', N'IF', N'TF', N'FS', N'FT'))
BEGIN
execute dbo.sp_executesql @statement = N'CREATE FUNCTION [reporting].[ufnShipperName] (@ShipperID int)
RETURNS nvarchar(40)
AS
BEGIN
    DECLARE @name nvarchar(40);
    SELECT @name = CompanyName FROM dbo.Shippers WHERE ShipperID = @ShipperID;
    RETURN ISNULL(@name, N''n/a'');
END
' 
END
GO
/****** Object:  UserDefinedFunction [reporting].[ufnOrdersBetween]    Script Date: 3/14/2024 11:05:12 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
IF NOT EXISTS (SELECT * FROM sys.objects WHERE object_id = OBJECT_ID(N'[reporting].[ufnOrdersBetween]') AND type in (N'FN', N'IF', N'TF', N'FS', N'FT'))
BEGIN
execute dbo.sp_executesql @statement = N'CREATE FUNCTION [reporting].[ufnOrdersBetween] (@From date, @To date)
RETURNS TABLE
AS
RETURN
(
    SELECT o.OrderID, o.OrderDate, o.CustomerID
    FROM sales.Orders o
    WHERE o.OrderDate >= @From AND o.OrderDate < DATEADD(day, 1, @To)
)
' 
END
GO
/****** Object:  StoredProcedure [reporting].[usp_SupplierReport]    Script Date: 3/14/2024 11:05:12 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
IF NOT EXISTS (SELECT * FROM sys.objects WHERE object_id = OBJECT_ID(N'[reporting].[usp_SupplierReport]') AND type in (N'P', N'PC'))
BEGIN
EXEC dbo.sp_executesql @statement = N'CREATE PROCEDURE [reporting].[usp_SupplierReport] AS' 
END
GO
ALTER PROCEDURE [reporting].[usp_SupplierReport]
	@Country nvarchar(15) = NULL
AS
BEGIN
	SET NOCOUNT ON;
	SELECT SupplierID, CompanyName, Country
	FROM dbo.Suppliers
	WHERE (@Country IS NULL OR Country = @Country)
	ORDER BY CompanyName;
END
GO
/****** Object:  StoredProcedure [reporting].[usp_Ping]    Script Date: 3/14/2024 11:05:12 AM ******/
IF NOT EXISTS (SELECT * FROM sys.objects WHERE object_id = OBJECT_ID(N'[reporting].[usp_Ping]') AND type in (N'P', N'PC'))
EXEC('CREATE PROCEDURE reporting.usp_Ping AS
BEGIN
    PRINT ''pong'';
    SELECT GETDATE() AS [Now], @@SERVERNAME AS [Server];
END')
GO
/****** Object:  Index [IX_Suppliers_Country]    Script Date: 3/14/2024 11:05:12 AM ******/
IF NOT EXISTS (SELECT * FROM sys.indexes WHERE object_id = OBJECT_ID(N'[dbo].[Suppliers]') AND name = N'IX_Suppliers_Country')
CREATE NONCLUSTERED INDEX [IX_Suppliers_Country] ON [dbo].[Suppliers]
(
	[Country] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
GO
IF NOT EXISTS (SELECT * FROM dbo.sysobjects WHERE id = OBJECT_ID(N'[dbo].[DF_Suppliers_Country]') AND type = 'D')
BEGIN
ALTER TABLE [dbo].[Suppliers] ADD  CONSTRAINT [DF_Suppliers_Country]  DEFAULT (N'USA') FOR [Country]
END
GO
IF NOT EXISTS (SELECT * FROM sys.foreign_keys WHERE object_id = OBJECT_ID(N'[sales].[FK_Orders_Shippers]') AND parent_object_id = OBJECT_ID(N'[sales].[Orders]'))
ALTER TABLE [sales].[Orders]  WITH CHECK ADD  CONSTRAINT [FK_Orders_Shippers] FOREIGN KEY([ShipVia])
REFERENCES [dbo].[Shippers] ([ShipperID])
GO
IF  EXISTS (SELECT * FROM sys.foreign_keys WHERE object_id = OBJECT_ID(N'[sales].[FK_Orders_Shippers]') AND parent_object_id = OBJECT_ID(N'[sales].[Orders]'))
ALTER TABLE [sales].[Orders] CHECK CONSTRAINT [FK_Orders_Shippers]
GO
IF NOT EXISTS (SELECT * FROM sys.fn_listextendedproperty(N'MS_Description' , N'SCHEMA',N'dbo', N'TABLE',N'Suppliers', NULL,NULL))
	EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Who we buy from.' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Suppliers'
GO
/****** Object:  Trigger [dbo].[trg_Suppliers_Audit]    Script Date: 3/14/2024 11:05:12 AM ******/
IF NOT EXISTS (SELECT * FROM sys.triggers WHERE object_id = OBJECT_ID(N'[dbo].[trg_Suppliers_Audit]'))
EXEC dbo.sp_executesql @statement = N'CREATE TRIGGER [dbo].[trg_Suppliers_Audit] ON [dbo].[Suppliers]
FOR INSERT, DELETE
AS
    SET NOCOUNT ON
    INSERT INTO dbo.AuditLog (TableName, Action, KeyValue, ChangedAt)
    SELECT ''Suppliers'', ''I'', CAST(SupplierID AS varchar(20)), GETDATE() FROM inserted
    UNION ALL
    SELECT ''Suppliers'', ''D'', CAST(SupplierID AS varchar(20)), GETDATE() FROM deleted
' 
GO
SET IDENTITY_INSERT [dbo].[Shippers] ON 

INSERT [dbo].[Shippers] ([ShipperID], [CompanyName], [Phone]) VALUES (1, N'Speedy Express', N'(503) 555-9831')
INSERT [dbo].[Shippers] ([ShipperID], [CompanyName], [Phone]) VALUES (2, N'United Package', N'(503) 555-3199')
INSERT [dbo].[Shippers] ([ShipperID], [CompanyName], [Phone]) VALUES (3, N'Federal Shipping', NULL)
SET IDENTITY_INSERT [dbo].[Shippers] OFF
GO
SET IDENTITY_INSERT [dbo].[Suppliers] ON 
GO
INSERT [dbo].[Suppliers] ([SupplierID], [CompanyName], [Country], [HomePage]) VALUES (1, N'Exotic Liquids', N'UK', NULL)
GO
INSERT [dbo].[Suppliers] ([SupplierID], [CompanyName], [Country], [HomePage]) VALUES (2, N'New Orleans Cajun Delights', N'USA', N'#CAJUN.HTM#')
GO
INSERT [dbo].[Suppliers] ([SupplierID], [CompanyName], [Country], [HomePage]) VALUES (3, N'Grandma Kelly''s Homestead', N'USA', NULL)
GO
INSERT [dbo].[Suppliers] ([SupplierID], [CompanyName], [Country], [HomePage]) VALUES (4, N'Tokyo Traders', N'Japan', NULL)
GO
INSERT [dbo].[Suppliers] ([SupplierID], [CompanyName], [Country], [HomePage]) VALUES (5, N'Cooperativa de Quesos ''Las Cabras''', N'Spain', NULL)
GO
SET IDENTITY_INSERT [dbo].[Suppliers] OFF
GO
INSERT [dbo].[Products] ([Sku], [ProductName], [CategoryID], [UnitPrice], [UnitsInStock], [Discontinued], [Weight], [Photo], [Specs]) VALUES ('CHAI-01', N'Chai', 1, 18.0000, 39, 0, 1.5E-1, 0x89504E470D0A1A0A, N'<specs><size unit="g">500</size></specs>')
GO
INSERT [dbo].[Products] ([Sku], [ProductName], [CategoryID], [UnitPrice], [UnitsInStock], [Discontinued], [Weight], [Photo], [Specs]) VALUES ('CHNG-02', N'Chang', 1, 19.0000, 17, 0, NULL, NULL, NULL)
GO
INSERT [sales].[Orders] ([CustomerID], [OrderDate], [RequiredDate], [ShippedDate], [Freight], [Status]) VALUES (1, CAST(N'2023-07-04' AS Date), CAST(N'2023-08-01' AS Date), CAST(N'2023-07-16T00:00:00.000' AS DateTime), 32.3800, 2)
GO
