USE [OrderEntry]
GO
/****** Object:  Table [dbo].[Customers]    Script Date: 11/22/2026 9:14:02 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[Customers](
	[CustomerID] [int] IDENTITY(1,1) NOT NULL,
	[Name] [nvarchar](100) NOT NULL,
	[Email] [varchar](200) NULL,
	[CreditLimit] [money] NOT NULL,
	[IsActive] [bit] NOT NULL,
	[Created] [datetime] NOT NULL,
 CONSTRAINT [PK_Customers] PRIMARY KEY CLUSTERED
(
	[CustomerID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [dbo].[Products]    Script Date: 11/22/2026 9:14:02 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[Products](
	[ProductID] [int] IDENTITY(1,1) NOT NULL,
	[Sku] [varchar](20) NOT NULL,
	[Title] [nvarchar](200) NOT NULL,
	[Price] [decimal](10, 2) NOT NULL,
	[Stock] [int] NOT NULL,
 CONSTRAINT [PK_Products] PRIMARY KEY CLUSTERED
(
	[ProductID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY],
 CONSTRAINT [UQ_Products_Sku] UNIQUE NONCLUSTERED
(
	[Sku] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [dbo].[Orders]    Script Date: 11/22/2026 9:14:02 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[Orders](
	[OrderID] [int] IDENTITY(1000,1) NOT NULL,
	[CustomerID] [int] NOT NULL,
	[OrderDate] [datetime2](0) NOT NULL,
	[Status] [varchar](10) NOT NULL,
	[Total] [decimal](12, 2) NOT NULL,
 CONSTRAINT [PK_Orders] PRIMARY KEY CLUSTERED
(
	[OrderID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [dbo].[OrderLines]    Script Date: 11/22/2026 9:14:02 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[OrderLines](
	[OrderID] [int] NOT NULL,
	[LineNo] [smallint] NOT NULL,
	[ProductID] [int] NOT NULL,
	[Qty] [int] NOT NULL,
	[UnitPrice] [decimal](10, 2) NOT NULL,
	[LineTotal]  AS ([Qty]*[UnitPrice]) PERSISTED,
 CONSTRAINT [PK_OrderLines] PRIMARY KEY CLUSTERED
(
	[OrderID] ASC,
	[LineNo] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [dbo].[StockLog]    Script Date: 11/22/2026 9:14:02 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[StockLog](
	[LogID] [int] IDENTITY(1,1) NOT NULL,
	[ProductID] [int] NOT NULL,
	[Delta] [int] NOT NULL,
	[Reason] [nvarchar](50) NOT NULL,
 CONSTRAINT [PK_StockLog] PRIMARY KEY CLUSTERED
(
	[LogID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Index [IX_Orders_Customer]    Script Date: 11/22/2026 9:14:02 AM ******/
CREATE NONCLUSTERED INDEX [IX_Orders_Customer] ON [dbo].[Orders]
(
	[CustomerID] ASC
)
INCLUDE([OrderDate],[Total]) WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
GO
ALTER TABLE [dbo].[Customers] ADD  CONSTRAINT [DF_Customers_IsActive]  DEFAULT ((1)) FOR [IsActive]
GO
ALTER TABLE [dbo].[Customers] ADD  CONSTRAINT [DF_Customers_Created]  DEFAULT (getdate()) FOR [Created]
GO
ALTER TABLE [dbo].[Orders] ADD  CONSTRAINT [DF_Orders_Status]  DEFAULT ('open') FOR [Status]
GO
ALTER TABLE [dbo].[Orders] ADD  CONSTRAINT [DF_Orders_Total]  DEFAULT ((0)) FOR [Total]
GO
ALTER TABLE [dbo].[Orders]  WITH CHECK ADD  CONSTRAINT [FK_Orders_Customers] FOREIGN KEY([CustomerID])
REFERENCES [dbo].[Customers] ([CustomerID])
GO
ALTER TABLE [dbo].[Orders] CHECK CONSTRAINT [FK_Orders_Customers]
GO
ALTER TABLE [dbo].[OrderLines]  WITH CHECK ADD  CONSTRAINT [FK_OrderLines_Orders] FOREIGN KEY([OrderID])
REFERENCES [dbo].[Orders] ([OrderID])
ON DELETE CASCADE
GO
ALTER TABLE [dbo].[OrderLines] CHECK CONSTRAINT [FK_OrderLines_Orders]
GO
ALTER TABLE [dbo].[OrderLines]  WITH CHECK ADD  CONSTRAINT [FK_OrderLines_Products] FOREIGN KEY([ProductID])
REFERENCES [dbo].[Products] ([ProductID])
GO
ALTER TABLE [dbo].[OrderLines] CHECK CONSTRAINT [FK_OrderLines_Products]
GO
ALTER TABLE [dbo].[OrderLines]  WITH CHECK ADD  CONSTRAINT [CK_OrderLines_Qty] CHECK  (([Qty]>(0)))
GO
ALTER TABLE [dbo].[OrderLines] CHECK CONSTRAINT [CK_OrderLines_Qty]
GO
/****** Object:  StoredProcedure [dbo].[AddCustomer]    Script Date: 11/22/2026 9:14:02 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [dbo].[AddCustomer]
	@Name nvarchar(100),
	@Email varchar(200) = NULL,
	@CreditLimit money = 500,
	@CustomerID int OUTPUT
AS
BEGIN
	SET NOCOUNT ON;
	IF EXISTS (SELECT 1 FROM dbo.Customers WHERE Email = @Email)
	BEGIN
		RAISERROR('Customer with e-mail %s exists', 16, 1, @Email);
		RETURN;
	END
	INSERT INTO dbo.Customers (Name, Email, CreditLimit) VALUES (@Name, @Email, @CreditLimit);
	SET @CustomerID = SCOPE_IDENTITY();
END
GO
/****** Object:  StoredProcedure [dbo].[PlaceOrder]    Script Date: 11/22/2026 9:14:02 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
-- Places an order from a comma-separated list of SKU:quantity pairs, all or nothing.
CREATE PROCEDURE [dbo].[PlaceOrder]
	@CustomerID int,
	@Items varchar(4000),
	@OrderID int OUTPUT,
	@Message nvarchar(400) OUTPUT
AS
BEGIN
	SET NOCOUNT ON;
	CREATE TABLE #Wanted (Sku varchar(20) NOT NULL, Qty int NOT NULL);
	DECLARE @pair varchar(100), @pos int, @rest varchar(4000) = @Items;
	WHILE LEN(@rest) > 0
	BEGIN
		SET @pos = CHARINDEX(',', @rest);
		IF @pos = 0
		BEGIN
			SET @pair = @rest;
			SET @rest = '';
		END
		ELSE
		BEGIN
			SET @pair = LEFT(@rest, @pos - 1);
			SET @rest = SUBSTRING(@rest, @pos + 1, 4000);
		END
		INSERT INTO #Wanted (Sku, Qty)
		VALUES (LEFT(@pair, CHARINDEX(':', @pair) - 1), CAST(SUBSTRING(@pair, CHARINDEX(':', @pair) + 1, 10) AS int));
	END
	BEGIN TRY
		IF EXISTS (SELECT 1 FROM #Wanted w LEFT JOIN dbo.Products p ON p.Sku = w.Sku WHERE p.ProductID IS NULL)
			THROW 50001, 'Unknown product', 1;
		IF EXISTS (SELECT 1 FROM #Wanted w JOIN dbo.Products p ON p.Sku = w.Sku WHERE p.Stock < w.Qty)
			THROW 50002, 'Not enough stock', 1;
		INSERT INTO dbo.Orders (CustomerID, OrderDate) VALUES (@CustomerID, SYSDATETIME());
		SET @OrderID = SCOPE_IDENTITY();
		DECLARE @line smallint = 0, @sku varchar(20), @qty int;
		DECLARE lines CURSOR LOCAL FAST_FORWARD FOR SELECT Sku, Qty FROM #Wanted ORDER BY Sku;
		OPEN lines;
		FETCH NEXT FROM lines INTO @sku, @qty;
		WHILE @@FETCH_STATUS = 0
		BEGIN
			SET @line = @line + 1;
			INSERT INTO dbo.OrderLines (OrderID, LineNo, ProductID, Qty, UnitPrice)
			SELECT @OrderID, @line, ProductID, @qty, Price FROM dbo.Products WHERE Sku = @sku;
			FETCH NEXT FROM lines INTO @sku, @qty;
		END
		CLOSE lines;
		DEALLOCATE lines;
		UPDATE o SET Total = (SELECT SUM(LineTotal) FROM dbo.OrderLines l WHERE l.OrderID = o.OrderID)
		FROM dbo.Orders o WHERE o.OrderID = @OrderID;
		SET @Message = N'Order ' + CAST(@OrderID AS nvarchar(10)) + N' placed';
	END TRY
	BEGIN CATCH
		SET @OrderID = NULL;
		SET @Message = N'Failed: ' + ERROR_MESSAGE();
	END CATCH
	DROP TABLE #Wanted;
END
GO
/****** Object:  StoredProcedure [dbo].[CustomerOrders]    Script Date: 11/22/2026 9:14:02 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [dbo].[CustomerOrders]
	@CustomerID int
AS
BEGIN
	SET NOCOUNT ON;
	SELECT o.OrderID, o.OrderDate, o.Status, o.Total, COUNT(l.LineNo) AS Lines
	FROM dbo.Orders o
	LEFT JOIN dbo.OrderLines l ON l.OrderID = o.OrderID
	WHERE o.CustomerID = @CustomerID
	GROUP BY o.OrderID, o.OrderDate, o.Status, o.Total
	ORDER BY o.OrderID;
END
GO
/****** Object:  StoredProcedure [dbo].[CancelOrder]    Script Date: 11/22/2026 9:14:02 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [dbo].[CancelOrder]
	@OrderID int
AS
BEGIN
	SET NOCOUNT ON;
	UPDATE dbo.Orders SET Status = 'cancelled' WHERE OrderID = @OrderID AND Status = 'open';
	IF @@ROWCOUNT = 0
		RETURN 1;
	DELETE FROM dbo.OrderLines WHERE OrderID = @OrderID;
	RETURN 0;
END
GO
/****** Object:  UserDefinedFunction [dbo].[OrderCount]    Script Date: 11/22/2026 9:14:02 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE FUNCTION [dbo].[OrderCount](@CustomerID int)
RETURNS int
AS
BEGIN
	DECLARE @n int;
	SELECT @n = COUNT(*) FROM dbo.Orders WHERE CustomerID = @CustomerID AND Status <> 'cancelled';
	RETURN ISNULL(@n, 0);
END
GO
/****** Object:  UserDefinedFunction [dbo].[TopProducts]    Script Date: 11/22/2026 9:14:02 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE FUNCTION [dbo].[TopProducts](@Limit int)
RETURNS TABLE
AS
RETURN
(
	SELECT TOP (@Limit) p.Sku, SUM(l.Qty) AS Sold
	FROM dbo.OrderLines l
	JOIN dbo.Products p ON p.ProductID = l.ProductID
	GROUP BY p.Sku
	ORDER BY SUM(l.Qty) DESC, p.Sku
)
GO
/****** Object:  Trigger [dbo].[trg_OrderLines_Stock]    Script Date: 11/22/2026 9:14:02 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TRIGGER [dbo].[trg_OrderLines_Stock] ON [dbo].[OrderLines]
AFTER INSERT, DELETE
AS
BEGIN
	SET NOCOUNT ON;
	UPDATE p SET Stock = p.Stock - i.Qty
	FROM dbo.Products p JOIN inserted i ON i.ProductID = p.ProductID;
	UPDATE p SET Stock = p.Stock + d.Qty
	FROM dbo.Products p JOIN deleted d ON d.ProductID = p.ProductID;
	INSERT INTO dbo.StockLog (ProductID, Delta, Reason)
	SELECT ProductID, -Qty, N'order' FROM inserted
	UNION ALL
	SELECT ProductID, Qty, N'cancel' FROM deleted;
END
GO
ALTER TABLE [dbo].[OrderLines] ENABLE TRIGGER [trg_OrderLines_Stock]
GO
