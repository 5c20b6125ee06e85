USE [Shop]
GO
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[Customers](
	[CustomerID] [int] IDENTITY(100,5) NOT NULL,
	[Name] [nvarchar](100) NOT NULL,
	[Email] [varchar](200) NULL,
	[IsActive] [bit] NOT NULL,
	[Balance] [money] NULL,
	[Created] [datetime] NOT NULL,
	[RowGuid] [uniqueidentifier] ROWGUIDCOL NOT NULL,
	[Notes] [nvarchar](max) NULL,
 CONSTRAINT [PK_Customers] PRIMARY KEY CLUSTERED
(
	[CustomerID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY],
 CONSTRAINT [UQ_Customers_Email] UNIQUE NONCLUSTERED ([Email] ASC)
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
GO
CREATE TABLE [dbo].[OrderLines](
	[OrderID] [int] NOT NULL,
	[LineNo] [smallint] NOT NULL,
	[CustomerID] [int] NOT NULL,
	[Qty] [int] NOT NULL,
	[UnitPrice] [decimal](10, 2) NOT NULL,
	[LineTotal] AS ([Qty]*[UnitPrice]) PERSISTED,
	[Label] AS (N'Line ' + CONVERT([varchar](10), [LineNo])),
	[Shipped] [datetime2](3) NULL,
	[Version] [rowversion] NOT NULL,
 CONSTRAINT [PK_OrderLines] PRIMARY KEY CLUSTERED ([OrderID] ASC, [LineNo] ASC) ON [PRIMARY]
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[Customers] ADD  CONSTRAINT [DF_Customers_IsActive]  DEFAULT ((1)) FOR [IsActive]
GO
ALTER TABLE [dbo].[Customers] ADD  CONSTRAINT [DF_Customers_Created]  DEFAULT (getdate()) FOR [Created]
GO
ALTER TABLE [dbo].[Customers] ADD  DEFAULT (newid()) FOR [RowGuid]
GO
ALTER TABLE [dbo].[OrderLines]  WITH CHECK ADD  CONSTRAINT [FK_OrderLines_Customers] FOREIGN KEY([CustomerID])
REFERENCES [dbo].[Customers] ([CustomerID])
ON DELETE CASCADE
GO
ALTER TABLE [dbo].[OrderLines] CHECK CONSTRAINT [FK_OrderLines_Customers]
GO
ALTER TABLE [dbo].[OrderLines]  WITH CHECK ADD  CONSTRAINT [CK_OrderLines_Qty] CHECK  (([Qty]>(0)))
GO
ALTER TABLE [dbo].[OrderLines] CHECK CONSTRAINT [CK_OrderLines_Qty]
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'People who buy' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Customers'
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Where we write to' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Customers', @level2type=N'COLUMN',@level2name=N'Email'
GO
