-- Procedural statements and batch noise
sp_helpdb
GO
dbo.usp_Refresh @full = 1, @since = '20240101'
GO
PRINT N'Batch run ' + CONVERT(nvarchar(30), GETDATE(), 121)
GO 3
SET NOCOUNT ON;
SET XACT_ABORT, ANSI_WARNINGS ON;
SET TRANSACTION ISOLATION LEVEL SNAPSHOT;
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ;
SET DATEFORMAT ymd;
SET DATEFIRST 1;
SET LANGUAGE us_english;
SET DEADLOCK_PRIORITY LOW;
SET LOCK_TIMEOUT -1;
SET ROWCOUNT 0;
SET TEXTSIZE 2147483647;
SET STATISTICS IO, TIME ON;
SET CONTEXT_INFO 0x01020304;
SET ARITHABORT ON
SET QUOTED_IDENTIFIER OFF
SET SHOWPLAN_XML OFF
GO

DECLARE @i int = 0, @max int, @name sysname, @ok bit = 1, @when datetime = GETDATE();
DECLARE @list TABLE (id int IDENTITY PRIMARY KEY, name sysname NOT NULL, UNIQUE (name), INDEX ix_name NONCLUSTERED (name));
DECLARE @c CURSOR;
DECLARE @rows AS int;
SELECT @max = COUNT(*), @name = MIN(name) FROM sys.objects;
SELECT @i += 1, @ok = 0;

WHILE @i < @max
BEGIN
    SET @i = @i + 1;
    IF @i % 2 = 0 CONTINUE;
    IF @i > 100
    BEGIN
        BREAK;
    END
    ELSE IF @i > 50
        PRINT 'more than fifty';
    ELSE
    BEGIN
        INSERT @list (name) VALUES (CONCAT(N'item', @i));
    END
END

IF @ok = 1 GOTO done;
PRINT 'not ok';
done:
PRINT 'done';
WAITFOR DELAY '00:00:00.200';
WAITFOR TIME @when;
RETURN;
GO

BEGIN TRY
    BEGIN TRY
        SELECT 1 / 0;
    END TRY
    BEGIN CATCH
        PRINT 'inner: ' + ERROR_MESSAGE();
        THROW;
    END CATCH
END TRY
BEGIN CATCH
    DECLARE @err int = ERROR_NUMBER();
    IF @err = 8134
        RAISERROR (N'Division by zero in %s at %d', 10, 1, N'test', 42) WITH NOWAIT, LOG;
    ELSE
        THROW 51000, N'Unexpected error', 1;
END CATCH;
RAISERROR 50005 'legacy message text';
RAISERROR (50006, -1, -1) WITH SETERROR;
GO

BEGIN TRANSACTION OrderFix WITH MARK 'fixing orders';
SAVE TRANSACTION before_delete;
DELETE FROM dbo.AuditLog WHERE AuditId < 0;
IF @@ROWCOUNT > 10
    ROLLBACK TRANSACTION before_delete;
COMMIT TRANSACTION OrderFix;
BEGIN TRAN;
COMMIT WORK;
BEGIN DISTRIBUTED TRANSACTION;
ROLLBACK WORK;
BEGIN TRAN @tranName;
COMMIT TRAN @tranName WITH (DELAYED_DURABILITY = ON);
GO

DECLARE products_cursor INSENSITIVE SCROLL CURSOR FOR
    SELECT ProductID, ProductName FROM dbo.Products ORDER BY ProductName
    FOR READ ONLY;
DECLARE upd_cursor CURSOR GLOBAL FORWARD_ONLY KEYSET SCROLL_LOCKS TYPE_WARNING FOR
    SELECT ProductID, UnitPrice FROM dbo.Products
    FOR UPDATE OF UnitPrice;
DECLARE @id int, @title nvarchar(40), @cv CURSOR;
OPEN products_cursor;
FETCH FIRST FROM products_cursor INTO @id, @title;
FETCH LAST FROM products_cursor INTO @id, @title;
FETCH PRIOR FROM products_cursor INTO @id, @title;
FETCH ABSOLUTE 3 FROM products_cursor INTO @id, @title;
FETCH RELATIVE -1 FROM products_cursor INTO @id, @title;
FETCH products_cursor INTO @id, @title;
CLOSE products_cursor;
DEALLOCATE products_cursor;
OPEN GLOBAL upd_cursor;
FETCH NEXT FROM GLOBAL upd_cursor;
UPDATE dbo.Products SET UnitPrice = UnitPrice * 1.1 WHERE CURRENT OF GLOBAL upd_cursor;
CLOSE GLOBAL upd_cursor;
DEALLOCATE GLOBAL upd_cursor;
SET @cv = CURSOR LOCAL STATIC FOR SELECT name FROM sys.tables;
OPEN @cv;
FETCH NEXT FROM @cv INTO @title;
CLOSE @cv;
DEALLOCATE @cv;
GO

DECLARE @rc int, @out nvarchar(100), @sql nvarchar(max) = N'SELECT @cnt = COUNT(*) FROM sys.objects WHERE type = @type';
DECLARE @cnt int;
EXEC @rc = dbo.usp_Check;
EXEC dbo.usp_Check 1, N'two', @out OUTPUT;
EXEC dbo.usp_Check @a = 1, @b = DEFAULT, @c = @out OUT WITH RECOMPILE;
EXECUTE sp_executesql @sql, N'@type char(2), @cnt int OUTPUT', @type = 'U', @cnt = @cnt OUTPUT;
EXEC sp_executesql N'SELECT 1';
EXEC (@sql);
EXEC ('SELECT * FROM ' + @name + ' WHERE 1 = 0');
EXEC ('SELECT ? AS a', 42) AT [LINKED01];
EXEC ('SELECT USER_NAME()') AS USER = 'report_reader';
EXEC dbo.usp_Report WITH RESULT SETS ((Id int NOT NULL, Name nvarchar(40) NULL), (Total money));
EXEC dbo.usp_Report WITH RESULT SETS NONE;
EXEC [LINKED01].master.dbo.sp_who;
EXEC @name;
EXECUTE AS USER = 'report_reader';
SELECT USER_NAME();
REVERT;
EXECUTE AS CALLER;
REVERT;
GO
