USE [Outfitters]
GO
/****** Object:  Schema [hr]    Script Date: 11/22/2026 9:00:00 AM ******/
CREATE SCHEMA [hr]
GO
/****** Object:  Schema [sales]    Script Date: 11/22/2026 9:00:00 AM ******/
CREATE SCHEMA [sales]
GO
/****** Object:  Schema [stock]    Script Date: 11/22/2026 9:00:00 AM ******/
CREATE SCHEMA [stock]
GO
/****** Object:  Table [hr].[Departments]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [hr].[Departments](
	[DepartmentID] [int] IDENTITY(1,1) NOT NULL,
	[Name] [nvarchar](60) NOT NULL,
	[ManagerID] [int] NULL,
	[CostCenter] [varchar](12) NULL,
	[CreatedAt] [datetime2](3) NOT NULL,
 CONSTRAINT [PK_Departments] PRIMARY KEY CLUSTERED 
(
	[DepartmentID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [hr].[Employees]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [hr].[Employees](
	[EmployeeID] [int] IDENTITY(1000,1) NOT NULL,
	[FirstName] [nvarchar](40) NOT NULL,
	[LastName] [nvarchar](60) NOT NULL,
	[Email] [varchar](120) NOT NULL,
	[HireDate] [date] NOT NULL,
	[LeftOn] [date] NULL,
	[DepartmentID] [int] NOT NULL,
	[ManagerID] [int] NULL,
	[Salary] [money] NOT NULL,
	[CommissionRate] [decimal](4, 3) NOT NULL,
	[IsActive] [bit] NOT NULL,
	[FullName]  AS (([FirstName]+N' ')+[LastName]),
	[RowVersion] [timestamp] NOT NULL,
 CONSTRAINT [PK_Employees] PRIMARY KEY CLUSTERED 
(
	[EmployeeID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY],
 CONSTRAINT [UQ_Employees_Email] UNIQUE NONCLUSTERED 
(
	[Email] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [hr].[TimeSheets]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [hr].[TimeSheets](
	[TimeSheetID] [bigint] IDENTITY(1,1) NOT NULL,
	[EmployeeID] [int] NOT NULL,
	[WorkDate] [date] NOT NULL,
	[Hours] [decimal](4, 2) NOT NULL,
	[Overtime] [decimal](4, 2) NOT NULL,
	[ApprovedBy] [int] NULL,
 CONSTRAINT [PK_TimeSheets] PRIMARY KEY CLUSTERED 
(
	[TimeSheetID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [sales].[Customers]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [sales].[Customers](
	[CustomerID] [int] IDENTITY(1,1) NOT NULL,
	[Name] [nvarchar](120) NOT NULL,
	[Email] [varchar](120) NULL,
	[CountryCode] [char](2) NOT NULL,
	[CreditLimit] [money] NOT NULL,
	[PaymentTermsDays] [smallint] NOT NULL,
	[AccountManagerID] [int] NULL,
	[IsBlocked] [bit] NOT NULL,
	[CustomerGuid] [uniqueidentifier] ROWGUIDCOL  NOT NULL,
	[CreatedAt] [datetime] NOT NULL,
 CONSTRAINT [PK_Customers] PRIMARY KEY CLUSTERED 
(
	[CustomerID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [sales].[Orders]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [sales].[Orders](
	[OrderID] [int] IDENTITY(100000,1) NOT NULL,
	[CustomerID] [int] NOT NULL,
	[OrderDate] [datetime2](0) NOT NULL,
	[Status] [varchar](12) NOT NULL,
	[WarehouseID] [smallint] NOT NULL,
	[SalesRepID] [int] NULL,
	[ShipBy] [date] NULL,
	[ShippedAt] [datetime2](0) NULL,
	[TotalNet] [decimal](14, 2) NOT NULL,
	[TotalVat] [decimal](14, 2) NOT NULL,
	[Note] [nvarchar](max) NULL,
 CONSTRAINT [PK_Orders] PRIMARY KEY CLUSTERED 
(
	[OrderID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
GO
/****** Object:  Table [sales].[OrderLines]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [sales].[OrderLines](
	[OrderID] [int] NOT NULL,
	[LineNo] [smallint] NOT NULL,
	[ProductID] [int] NOT NULL,
	[Quantity] [int] NOT NULL,
	[UnitPrice] [decimal](10, 2) NOT NULL,
	[DiscountPct] [decimal](5, 2) NOT NULL,
	[VatRate] [decimal](4, 3) NOT NULL,
	[LineNet]  AS (round(([Quantity]*[UnitPrice])*((1)-[DiscountPct]/(100)),(2))) PERSISTED,
 CONSTRAINT [PK_OrderLines] PRIMARY KEY CLUSTERED 
(
	[OrderID] ASC,
	[LineNo] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [sales].[Invoices]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [sales].[Invoices](
	[InvoiceID] [int] IDENTITY(700000,1) NOT NULL,
	[OrderID] [int] NOT NULL,
	[CustomerID] [int] NOT NULL,
	[InvoiceDate] [date] NOT NULL,
	[DueDate] [date] NOT NULL,
	[AmountNet] [decimal](14, 2) NOT NULL,
	[AmountVat] [decimal](14, 2) NOT NULL,
	[AmountPaid] [decimal](14, 2) NOT NULL,
	[Status] [varchar](10) NOT NULL,
	[RemindersSent] [tinyint] NOT NULL,
 CONSTRAINT [PK_Invoices] PRIMARY KEY CLUSTERED 
(
	[InvoiceID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [sales].[Payments]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [sales].[Payments](
	[PaymentID] [int] IDENTITY(1,1) NOT NULL,
	[InvoiceID] [int] NOT NULL,
	[PaidAt] [datetime] NOT NULL,
	[Amount] [decimal](14, 2) NOT NULL,
	[Method] [varchar](10) NOT NULL,
	[Reference] [nvarchar](40) NULL,
 CONSTRAINT [PK_Payments] PRIMARY KEY CLUSTERED 
(
	[PaymentID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [stock].[Products]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [stock].[Products](
	[ProductID] [int] IDENTITY(1,1) NOT NULL,
	[Sku] [varchar](20) NOT NULL,
	[Name] [nvarchar](120) NOT NULL,
	[Category] [varchar](30) NULL,
	[UnitPrice] [decimal](10, 2) NOT NULL,
	[UnitCost] [decimal](10, 2) NOT NULL,
	[VatRate] [decimal](4, 3) NOT NULL,
	[ReorderLevel] [int] NOT NULL,
	[ReorderQty] [int] NOT NULL,
	[Discontinued] [bit] NOT NULL,
	[Picture] [varbinary](max) NULL,
 CONSTRAINT [PK_Products] PRIMARY KEY CLUSTERED 
(
	[ProductID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
GO
/****** Object:  Table [stock].[Warehouses]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [stock].[Warehouses](
	[WarehouseID] [smallint] NOT NULL,
	[Code] [varchar](8) NOT NULL,
	[City] [nvarchar](60) NOT NULL,
	[CountryCode] [char](2) NOT NULL,
 CONSTRAINT [PK_Warehouses] PRIMARY KEY CLUSTERED 
(
	[WarehouseID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [stock].[StockLevels]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [stock].[StockLevels](
	[WarehouseID] [smallint] NOT NULL,
	[ProductID] [int] NOT NULL,
	[OnHand] [int] NOT NULL,
	[Reserved] [int] NOT NULL,
	[BinLocation] [varchar](12) NULL,
	[LastCounted] [date] NULL,
 CONSTRAINT [PK_StockLevels] PRIMARY KEY CLUSTERED 
(
	[WarehouseID] ASC,
	[ProductID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [stock].[Movements]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [stock].[Movements](
	[MovementID] [bigint] IDENTITY(1,1) NOT NULL,
	[WarehouseID] [smallint] NOT NULL,
	[ProductID] [int] NOT NULL,
	[Quantity] [int] NOT NULL,
	[Reason] [varchar](12) NOT NULL,
	[OrderID] [int] NULL,
	[MovedAt] [datetime2](3) NOT NULL,
	[MovedBy] [sysname] NOT NULL,
 CONSTRAINT [PK_Movements] PRIMARY KEY CLUSTERED 
(
	[MovementID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [dbo].[AuditLog]    Script Date: 11/22/2026 9:00:00 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[AuditLog](
	[AuditID] [bigint] IDENTITY(1,1) NOT NULL,
	[LoggedAt] [datetime2](3) NOT NULL,
	[UserName] [sysname] NOT NULL,
	[Action] [varchar](30) NOT NULL,
	[TableName] [sysname] NOT NULL,
	[RowKey] [nvarchar](60) NULL,
	[Details] [nvarchar](4000) NULL,
 CONSTRAINT [PK_AuditLog] PRIMARY KEY CLUSTERED 
(
	[AuditID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
SET ANSI_PADDING ON
GO
/****** Object:  Index [IX_Orders_Customer]    Script Date: 11/22/2026 9:00:00 AM ******/
CREATE NONCLUSTERED INDEX [IX_Orders_Customer] ON [sales].[Orders]
(
	[CustomerID] ASC,
	[OrderDate] DESC
)
INCLUDE([Status],[TotalNet]) WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
GO
/****** Object:  Index [IX_Invoices_Open]    Script Date: 11/22/2026 9:00:00 AM ******/
CREATE NONCLUSTERED INDEX [IX_Invoices_Open] ON [sales].[Invoices]
(
	[DueDate] ASC
)
WHERE ([Status] IN ('OPEN','PARTIAL'))
WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
GO
/****** Object:  Index [UX_Products_Sku]    Script Date: 11/22/2026 9:00:00 AM ******/
CREATE UNIQUE NONCLUSTERED INDEX [UX_Products_Sku] ON [stock].[Products]
(
	[Sku] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, IGNORE_DUP_KEY = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
GO
ALTER TABLE [hr].[Departments] ADD  CONSTRAINT [DF_Departments_CreatedAt]  DEFAULT (sysdatetime()) FOR [CreatedAt]
GO
ALTER TABLE [hr].[Employees] ADD  CONSTRAINT [DF_Employees_CommissionRate]  DEFAULT ((0)) FOR [CommissionRate]
GO
ALTER TABLE [hr].[Employees] ADD  CONSTRAINT [DF_Employees_IsActive]  DEFAULT ((1)) FOR [IsActive]
GO
ALTER TABLE [hr].[TimeSheets] ADD  CONSTRAINT [DF_TimeSheets_Overtime]  DEFAULT ((0)) FOR [Overtime]
GO
ALTER TABLE [sales].[Customers] ADD  CONSTRAINT [DF_Customers_CreditLimit]  DEFAULT ((5000)) FOR [CreditLimit]
GO
ALTER TABLE [sales].[Customers] ADD  CONSTRAINT [DF_Customers_Terms]  DEFAULT ((30)) FOR [PaymentTermsDays]
GO
ALTER TABLE [sales].[Customers] ADD  CONSTRAINT [DF_Customers_IsBlocked]  DEFAULT ((0)) FOR [IsBlocked]
GO
ALTER TABLE [sales].[Customers] ADD  CONSTRAINT [DF_Customers_Guid]  DEFAULT (newid()) FOR [CustomerGuid]
GO
ALTER TABLE [sales].[Customers] ADD  CONSTRAINT [DF_Customers_CreatedAt]  DEFAULT (getdate()) FOR [CreatedAt]
GO
ALTER TABLE [sales].[Orders] ADD  CONSTRAINT [DF_Orders_OrderDate]  DEFAULT (sysdatetime()) FOR [OrderDate]
GO
ALTER TABLE [sales].[Orders] ADD  CONSTRAINT [DF_Orders_Status]  DEFAULT ('NEW') FOR [Status]
GO
ALTER TABLE [sales].[Orders] ADD  CONSTRAINT [DF_Orders_TotalNet]  DEFAULT ((0)) FOR [TotalNet]
GO
ALTER TABLE [sales].[Orders] ADD  CONSTRAINT [DF_Orders_TotalVat]  DEFAULT ((0)) FOR [TotalVat]
GO
ALTER TABLE [sales].[OrderLines] ADD  CONSTRAINT [DF_OrderLines_Discount]  DEFAULT ((0)) FOR [DiscountPct]
GO
ALTER TABLE [sales].[Invoices] ADD  CONSTRAINT [DF_Invoices_Paid]  DEFAULT ((0)) FOR [AmountPaid]
GO
ALTER TABLE [sales].[Invoices] ADD  CONSTRAINT [DF_Invoices_Status]  DEFAULT ('OPEN') FOR [Status]
GO
ALTER TABLE [sales].[Invoices] ADD  CONSTRAINT [DF_Invoices_Reminders]  DEFAULT ((0)) FOR [RemindersSent]
GO
ALTER TABLE [sales].[Payments] ADD  CONSTRAINT [DF_Payments_PaidAt]  DEFAULT (getdate()) FOR [PaidAt]
GO
ALTER TABLE [stock].[Products] ADD  CONSTRAINT [DF_Products_Vat]  DEFAULT ((0.2)) FOR [VatRate]
GO
ALTER TABLE [stock].[Products] ADD  CONSTRAINT [DF_Products_ReorderLevel]  DEFAULT ((10)) FOR [ReorderLevel]
GO
ALTER TABLE [stock].[Products] ADD  CONSTRAINT [DF_Products_ReorderQty]  DEFAULT ((50)) FOR [ReorderQty]
GO
ALTER TABLE [stock].[Products] ADD  CONSTRAINT [DF_Products_Discontinued]  DEFAULT ((0)) FOR [Discontinued]
GO
ALTER TABLE [stock].[StockLevels] ADD  CONSTRAINT [DF_StockLevels_OnHand]  DEFAULT ((0)) FOR [OnHand]
GO
ALTER TABLE [stock].[StockLevels] ADD  CONSTRAINT [DF_StockLevels_Reserved]  DEFAULT ((0)) FOR [Reserved]
GO
ALTER TABLE [stock].[Movements] ADD  CONSTRAINT [DF_Movements_MovedAt]  DEFAULT (sysdatetime()) FOR [MovedAt]
GO
ALTER TABLE [stock].[Movements] ADD  CONSTRAINT [DF_Movements_MovedBy]  DEFAULT (suser_sname()) FOR [MovedBy]
GO
ALTER TABLE [dbo].[AuditLog] ADD  CONSTRAINT [DF_AuditLog_LoggedAt]  DEFAULT (sysdatetime()) FOR [LoggedAt]
GO
ALTER TABLE [dbo].[AuditLog] ADD  CONSTRAINT [DF_AuditLog_UserName]  DEFAULT (suser_sname()) FOR [UserName]
GO
ALTER TABLE [hr].[Employees]  WITH CHECK ADD  CONSTRAINT [FK_Employees_Departments] FOREIGN KEY([DepartmentID])
REFERENCES [hr].[Departments] ([DepartmentID])
GO
ALTER TABLE [hr].[Employees] CHECK CONSTRAINT [FK_Employees_Departments]
GO
ALTER TABLE [hr].[Employees]  WITH CHECK ADD  CONSTRAINT [FK_Employees_Manager] FOREIGN KEY([ManagerID])
REFERENCES [hr].[Employees] ([EmployeeID])
GO
ALTER TABLE [hr].[Employees] CHECK CONSTRAINT [FK_Employees_Manager]
GO
ALTER TABLE [hr].[TimeSheets]  WITH CHECK ADD  CONSTRAINT [FK_TimeSheets_Employees] FOREIGN KEY([EmployeeID])
REFERENCES [hr].[Employees] ([EmployeeID])
ON DELETE CASCADE
GO
ALTER TABLE [hr].[TimeSheets] CHECK CONSTRAINT [FK_TimeSheets_Employees]
GO
ALTER TABLE [sales].[Orders]  WITH CHECK ADD  CONSTRAINT [FK_Orders_Customers] FOREIGN KEY([CustomerID])
REFERENCES [sales].[Customers] ([CustomerID])
GO
ALTER TABLE [sales].[Orders] CHECK CONSTRAINT [FK_Orders_Customers]
GO
ALTER TABLE [sales].[Orders]  WITH CHECK ADD  CONSTRAINT [FK_Orders_Warehouses] FOREIGN KEY([WarehouseID])
REFERENCES [stock].[Warehouses] ([WarehouseID])
GO
ALTER TABLE [sales].[Orders] CHECK CONSTRAINT [FK_Orders_Warehouses]
GO
ALTER TABLE [sales].[OrderLines]  WITH CHECK ADD  CONSTRAINT [FK_OrderLines_Orders] FOREIGN KEY([OrderID])
REFERENCES [sales].[Orders] ([OrderID])
ON DELETE CASCADE
GO
ALTER TABLE [sales].[OrderLines] CHECK CONSTRAINT [FK_OrderLines_Orders]
GO
ALTER TABLE [sales].[OrderLines]  WITH CHECK ADD  CONSTRAINT [FK_OrderLines_Products] FOREIGN KEY([ProductID])
REFERENCES [stock].[Products] ([ProductID])
GO
ALTER TABLE [sales].[OrderLines] CHECK CONSTRAINT [FK_OrderLines_Products]
GO
ALTER TABLE [sales].[Invoices]  WITH CHECK ADD  CONSTRAINT [FK_Invoices_Orders] FOREIGN KEY([OrderID])
REFERENCES [sales].[Orders] ([OrderID])
GO
ALTER TABLE [sales].[Invoices] CHECK CONSTRAINT [FK_Invoices_Orders]
GO
ALTER TABLE [sales].[Payments]  WITH CHECK ADD  CONSTRAINT [FK_Payments_Invoices] FOREIGN KEY([InvoiceID])
REFERENCES [sales].[Invoices] ([InvoiceID])
GO
ALTER TABLE [sales].[Payments] CHECK CONSTRAINT [FK_Payments_Invoices]
GO
ALTER TABLE [stock].[StockLevels]  WITH CHECK ADD  CONSTRAINT [FK_StockLevels_Products] FOREIGN KEY([ProductID])
REFERENCES [stock].[Products] ([ProductID])
GO
ALTER TABLE [stock].[StockLevels] CHECK CONSTRAINT [FK_StockLevels_Products]
GO
ALTER TABLE [stock].[StockLevels]  WITH CHECK ADD  CONSTRAINT [FK_StockLevels_Warehouses] FOREIGN KEY([WarehouseID])
REFERENCES [stock].[Warehouses] ([WarehouseID])
GO
ALTER TABLE [stock].[StockLevels] CHECK CONSTRAINT [FK_StockLevels_Warehouses]
GO
ALTER TABLE [sales].[Orders]  WITH CHECK ADD  CONSTRAINT [CK_Orders_Status] CHECK  (([Status]='CANCELLED' OR [Status]='INVOICED' OR [Status]='SHIPPED' OR [Status]='RESERVED' OR [Status]='NEW'))
GO
ALTER TABLE [sales].[Orders] CHECK CONSTRAINT [CK_Orders_Status]
GO
ALTER TABLE [sales].[OrderLines]  WITH CHECK ADD  CONSTRAINT [CK_OrderLines_Quantity] CHECK  (([Quantity]>(0)))
GO
ALTER TABLE [sales].[OrderLines] CHECK CONSTRAINT [CK_OrderLines_Quantity]
GO
ALTER TABLE [stock].[StockLevels]  WITH CHECK ADD  CONSTRAINT [CK_StockLevels_Quantities] CHECK  (([OnHand]>=(0) AND [Reserved]>=(0) AND [Reserved]<=[OnHand]))
GO
ALTER TABLE [stock].[StockLevels] CHECK CONSTRAINT [CK_StockLevels_Quantities]
GO
