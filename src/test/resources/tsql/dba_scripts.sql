/*
   DBA script collection, maintained by the operations team.
   Each section can be run on its own.
*/

-------------------------------------------------------------------------------
-- 1. Who is running what
-------------------------------------------------------------------------------
sp_who2 'active'
GO

SELECT r.session_id,
       s.login_name,
       DB_NAME(r.database_id) AS database_name,
       r.status,
       r.wait_type,
       r.wait_time / 1000.0 AS wait_seconds,
       r.blocking_session_id,
       SUBSTRING(t.text, (r.statement_start_offset / 2) + 1,
                 ((CASE r.statement_end_offset WHEN -1 THEN DATALENGTH(t.text)
                   ELSE r.statement_end_offset END - r.statement_start_offset) / 2) + 1) AS running_statement,
       p.query_plan
FROM sys.dm_exec_requests AS r
INNER JOIN sys.dm_exec_sessions AS s ON s.session_id = r.session_id
CROSS APPLY sys.dm_exec_sql_text(r.sql_handle) AS t
OUTER APPLY sys.dm_exec_query_plan(r.plan_handle) AS p
WHERE r.session_id <> @@SPID
  AND s.is_user_process = 1
ORDER BY r.total_elapsed_time DESC
OPTION (RECOMPILE);
GO

-------------------------------------------------------------------------------
-- 2. Index fragmentation and maintenance
-------------------------------------------------------------------------------
SET NOCOUNT ON;
DECLARE @schema sysname, @table sysname, @index sysname, @frag float, @cmd nvarchar(max);

IF OBJECT_ID('tempdb..#frag') IS NOT NULL
    DROP TABLE #frag;

SELECT OBJECT_SCHEMA_NAME(ips.object_id) AS schema_name,
       OBJECT_NAME(ips.object_id) AS table_name,
       i.name AS index_name,
       ips.avg_fragmentation_in_percent AS frag,
       ips.page_count
INTO #frag
FROM sys.dm_db_index_physical_stats(DB_ID(), NULL, NULL, NULL, 'LIMITED') AS ips
JOIN sys.indexes AS i ON i.object_id = ips.object_id AND i.index_id = ips.index_id
WHERE ips.page_count > 1000 AND i.index_id > 0;

DECLARE frag_cursor CURSOR STATIC READ_ONLY FOR
    SELECT schema_name, table_name, index_name, frag FROM #frag WHERE frag > 5.0;

OPEN frag_cursor;
FETCH NEXT FROM frag_cursor INTO @schema, @table, @index, @frag;
WHILE @@FETCH_STATUS = 0
BEGIN
    SET @cmd = N'ALTER INDEX ' + QUOTENAME(@index) + N' ON ' + QUOTENAME(@schema) + N'.' + QUOTENAME(@table)
             + CASE WHEN @frag > 30.0 THEN N' REBUILD WITH (ONLINE = ON, SORT_IN_TEMPDB = ON)'
                    ELSE N' REORGANIZE' END;
    PRINT @cmd;
    BEGIN TRY
        EXEC sp_executesql @cmd;
    END TRY
    BEGIN CATCH
        PRINT N'Failed: ' + ERROR_MESSAGE();
    END CATCH;
    FETCH NEXT FROM frag_cursor INTO @schema, @table, @index, @frag;
END;
CLOSE frag_cursor;
DEALLOCATE frag_cursor;
DROP TABLE #frag;
GO

ALTER INDEX ALL ON dbo.Customers REBUILD WITH (FILLFACTOR = 90, ONLINE = OFF);
ALTER INDEX IX_Orders_Customer ON sales.Orders REORGANIZE WITH (LOB_COMPACTION = ON);
ALTER INDEX IX_Orders_Open ON sales.Orders DISABLE;
ALTER INDEX [PK_Orders] ON [sales].[Orders] REBUILD PARTITION = 3 WITH (DATA_COMPRESSION = PAGE);
GO

UPDATE STATISTICS sales.Orders WITH FULLSCAN;
UPDATE STATISTICS dbo.Customers IX_Customers_Email WITH SAMPLE 50 PERCENT, NORECOMPUTE;
CREATE STATISTICS st_Orders_Freight ON sales.Orders (Freight) WHERE Freight > 100 WITH FULLSCAN;
EXEC sp_updatestats;
GO

-------------------------------------------------------------------------------
-- 3. Backups
-------------------------------------------------------------------------------
DECLARE @file nvarchar(260) = N'\\backupsrv\sql\Harbor_' + CONVERT(char(8), GETDATE(), 112) + N'.bak';
BACKUP DATABASE [Harbor] TO DISK = @file
WITH COMPRESSION, CHECKSUM, INIT, NAME = N'Harbor full backup', STATS = 10;

BACKUP LOG [Harbor] TO DISK = N'\\backupsrv\sql\Harbor.trn' WITH NOINIT, COMPRESSION;
GO

RESTORE DATABASE [Harbor_Copy] FROM DISK = N'\\backupsrv\sql\Harbor_20240301.bak'
WITH MOVE N'Harbor' TO N'D:\Data\Harbor_Copy.mdf',
     MOVE N'Harbor_log' TO N'L:\Logs\Harbor_Copy_log.ldf',
     REPLACE, RECOVERY, STATS = 5;
GO

-------------------------------------------------------------------------------
-- 4. Consistency and housekeeping
-------------------------------------------------------------------------------
DBCC CHECKDB (N'Harbor') WITH NO_INFOMSGS, ALL_ERRORMSGS;
DBCC SHRINKFILE (N'Harbor_log', 1024);
DBCC FREEPROCCACHE;
DBCC SQLPERF(LOGSPACE);
DBCC CHECKIDENT ('sales.Orders', RESEED, 10248);
CHECKPOINT;
GO

ALTER DATABASE [Harbor] SET SINGLE_USER WITH ROLLBACK IMMEDIATE;
ALTER DATABASE [Harbor] SET RECOVERY SIMPLE WITH NO_WAIT;
ALTER DATABASE [Harbor] MODIFY FILE (NAME = N'Harbor_log', SIZE = 2048MB, FILEGROWTH = 512MB);
ALTER DATABASE [Harbor] SET MULTI_USER;
ALTER DATABASE CURRENT SET QUERY_STORE = ON (OPERATION_MODE = READ_WRITE, MAX_STORAGE_SIZE_MB = 1024);
GO

EXEC sp_configure 'show advanced options', 1;
RECONFIGURE;
EXEC sp_configure 'max degree of parallelism', 4;
RECONFIGURE WITH OVERRIDE;
GO

-------------------------------------------------------------------------------
-- 5. Security review
-------------------------------------------------------------------------------
IF NOT EXISTS (SELECT * FROM sys.server_principals WHERE name = N'report_reader')
    CREATE LOGIN [report_reader] WITH PASSWORD = N'Ch@ngeMe!2024' MUST_CHANGE, CHECK_EXPIRATION = ON, CHECK_POLICY = ON, DEFAULT_DATABASE = [Harbor];
GO
USE [Harbor];
GO
IF USER_ID(N'report_reader') IS NULL
    CREATE USER [report_reader] FOR LOGIN [report_reader] WITH DEFAULT_SCHEMA = [reporting];
CREATE ROLE [reporting_role] AUTHORIZATION [dbo];
ALTER ROLE [reporting_role] ADD MEMBER [report_reader];
GRANT SELECT ON SCHEMA::[reporting] TO [reporting_role];
GRANT EXECUTE ON OBJECT::reporting.usp_SupplierReport TO [reporting_role] WITH GRANT OPTION;
GRANT VIEW DEFINITION TO [reporting_role];
DENY SELECT ON dbo.Customers (Email, Phone) TO [reporting_role];
REVOKE INSERT, UPDATE, DELETE ON SCHEMA::[sales] FROM [reporting_role] CASCADE;
ALTER AUTHORIZATION ON SCHEMA::[reporting] TO [dbo];
GO

SELECT dp.name AS principal_name, dp.type_desc, o.name AS object_name, p.permission_name, p.state_desc
FROM sys.database_permissions p
LEFT JOIN sys.objects o ON o.object_id = p.major_id
JOIN sys.database_principals dp ON dp.principal_id = p.grantee_principal_id
WHERE dp.name NOT IN ('public', 'guest')
ORDER BY dp.name, o.name;
GO

-------------------------------------------------------------------------------
-- 6. Kill idle sessions of one login
-------------------------------------------------------------------------------
DECLARE @kill nvarchar(max) = N'';
SELECT @kill += N'KILL ' + CONVERT(nvarchar(10), session_id) + N';'
FROM sys.dm_exec_sessions
WHERE login_name = N'legacy_app' AND status = N'sleeping' AND last_request_end_time < DATEADD(HOUR, -8, GETDATE());
IF LEN(@kill) > 0 EXEC (@kill);
KILL 53;
GO

-------------------------------------------------------------------------------
-- 7. Space per table, and a loop over all databases
-------------------------------------------------------------------------------
SELECT t.name AS TableName, s.name AS SchemaName, p.rows AS RowCounts,
       CAST(ROUND(SUM(a.total_pages) * 8 / 1024.00, 2) AS numeric(36, 2)) AS TotalSpaceMB
FROM sys.tables t
INNER JOIN sys.indexes i ON t.object_id = i.object_id
INNER JOIN sys.partitions p ON i.object_id = p.object_id AND i.index_id = p.index_id
INNER JOIN sys.allocation_units a ON p.partition_id = a.container_id
LEFT OUTER JOIN sys.schemas s ON t.schema_id = s.schema_id
WHERE t.name NOT LIKE 'dt%' AND t.is_ms_shipped = 0 AND i.object_id > 255
GROUP BY t.name, s.name, p.rows
ORDER BY TotalSpaceMB DESC;

EXEC sp_MSforeachdb N'USE [?]; SELECT DB_NAME() AS db, COUNT(*) AS tables FROM sys.tables;';
EXEC master.dbo.xp_fixeddrives;
EXEC msdb.dbo.sp_send_dbmail @profile_name = 'ops', @recipients = 'ops@example.com', @subject = 'Space report', @body = 'See attachment', @query = 'EXEC master.dbo.xp_fixeddrives', @attach_query_result_as_file = 1;
GO

-------------------------------------------------------------------------------
-- 8. Agent job
-------------------------------------------------------------------------------
USE [msdb]
GO
DECLARE @jobId binary(16);
EXEC msdb.dbo.sp_add_job @job_name = N'Harbor nightly maintenance', @enabled = 1, @job_id = @jobId OUTPUT;
EXEC msdb.dbo.sp_add_jobstep @job_id = @jobId, @step_name = N'statistics', @subsystem = N'TSQL',
     @command = N'EXEC Harbor.dbo.sp_updatestats', @database_name = N'Harbor';
EXEC msdb.dbo.sp_add_jobschedule @job_id = @jobId, @name = N'nightly', @freq_type = 4, @freq_interval = 1, @active_start_time = 20000;
EXEC msdb.dbo.sp_add_jobserver @job_id = @jobId, @server_name = N'(local)';
GO 
