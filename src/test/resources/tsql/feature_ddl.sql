-- DDL: tables, constraints, indexes, other objects, CREATE OR ALTER, DROP ... IF EXISTS
CREATE TABLE dbo.Everything
(
    Id            bigint IDENTITY(1000, 10) NOT FOR REPLICATION CONSTRAINT PK_Everything PRIMARY KEY NONCLUSTERED,
    Code          varchar(10) COLLATE Latin1_General_100_CI_AS NOT NULL UNIQUE CLUSTERED,
    ParentId      bigint NULL CONSTRAINT FK_Everything_Parent FOREIGN KEY REFERENCES dbo.Everything (Id),
    OwnerId       int NULL REFERENCES dbo.Owners ON DELETE SET NULL ON UPDATE CASCADE,
    Amount        decimal(19, 4) NOT NULL CONSTRAINT DF_Everything_Amount DEFAULT 0.0 CHECK NOT FOR REPLICATION (Amount >= 0),
    Ratio         float(24) NULL,
    Label         national character varying(50) NULL,
    Notes         char varying(200) NULL,
    Big           double precision NULL,
    Doc           xml (CONTENT dbo.DocSchema) NULL,
    Photo         varbinary(max) FILESTREAM NULL,
    RowId         uniqueidentifier ROWGUIDCOL NOT NULL UNIQUE DEFAULT NEWSEQUENTIALID(),
    Email         varchar(254) MASKED WITH (FUNCTION = 'email()') NULL,
    Secret        varchar(20) NULL,
    Attr1         int SPARSE NULL,
    Attr2         nvarchar(100) SPARSE NULL,
    AllAttrs      xml COLUMN_SET FOR ALL_SPARSE_COLUMNS,
    Total AS (Amount * (1 + ISNULL(Ratio, 0))) PERSISTED NOT NULL,
    Upper AS UPPER(Code),
    CreatedAt     datetime2(3) NOT NULL DEFAULT (SYSUTCDATETIME()),
    Shape         geometry NULL,
    Node          hierarchyid NULL,
    Variant       sql_variant NULL,
    Stamp         rowversion NOT NULL,
    CONSTRAINT CK_Everything_Code CHECK (Code LIKE '[A-Z]%' AND LEN(Code) >= 2),
    CONSTRAINT UQ_Everything_Owner UNIQUE NONCLUSTERED (OwnerId, Code DESC) WITH (IGNORE_DUP_KEY = ON) ON [PRIMARY],
    INDEX IX_Everything_Created NONCLUSTERED (CreatedAt) INCLUDE (Amount) WHERE (CreatedAt > '20200101'),
    INDEX CCI_Everything CLUSTERED COLUMNSTORE
) ON [PRIMARY] FILESTREAM_ON [FileStreamGroup] TEXTIMAGE_ON [PRIMARY];
GO

CREATE TABLE #work (id int NOT NULL, val nvarchar(10) NULL, PRIMARY KEY CLUSTERED (id));
CREATE TABLE ##shared (id int);
CREATE TABLE dbo.SessionCache
(
    SessionId uniqueidentifier NOT NULL PRIMARY KEY NONCLUSTERED HASH WITH (BUCKET_COUNT = 131072),
    Payload   varbinary(8000) NULL,
    Expires   datetime2 NOT NULL INDEX IX_Expires NONCLUSTERED
) WITH (MEMORY_OPTIMIZED = ON, DURABILITY = SCHEMA_ONLY);
CREATE TABLE dbo.Person (Id int PRIMARY KEY, Name nvarchar(100)) AS NODE;
CREATE TABLE dbo.Knows (Since date) AS EDGE;
CREATE TABLE dbo.LegacyKeys (a int NOT NULL, b int NOT NULL, CONSTRAINT PK_LegacyKeys PRIMARY KEY (a, b) WITH FILLFACTOR = 80);
GO

ALTER TABLE dbo.Everything ADD Extra int NULL, Another nvarchar(20) NOT NULL CONSTRAINT DF_Another DEFAULT N'';
ALTER TABLE dbo.Everything ADD CONSTRAINT FK_Everything_Owner2 FOREIGN KEY (OwnerId) REFERENCES dbo.Owners (OwnerId);
ALTER TABLE dbo.Everything ADD DEFAULT (0) FOR Ratio;
ALTER TABLE dbo.Everything ALTER COLUMN Label nvarchar(100) COLLATE Latin1_General_CI_AS NOT NULL;
ALTER TABLE dbo.Everything ALTER COLUMN Code ADD ROWGUIDCOL;
ALTER TABLE dbo.Everything ALTER COLUMN Code DROP NOT FOR REPLICATION;
ALTER TABLE dbo.Everything DROP CONSTRAINT IF EXISTS DF_Another, CK_Everything_Code;
ALTER TABLE dbo.Everything DROP COLUMN IF EXISTS Extra, Another;
ALTER TABLE dbo.Everything DROP DF_Everything_Amount;
ALTER TABLE dbo.Everything NOCHECK CONSTRAINT ALL;
ALTER TABLE dbo.Everything WITH CHECK CHECK CONSTRAINT ALL;
ALTER TABLE dbo.Everything DISABLE TRIGGER ALL;
ALTER TABLE dbo.Everything ENABLE TRIGGER trg_one, trg_two;
ALTER TABLE dbo.Everything SET (LOCK_ESCALATION = AUTO);
ALTER TABLE dbo.Prices SET (SYSTEM_VERSIONING = OFF);
ALTER TABLE dbo.Prices ADD PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo);
ALTER TABLE dbo.Everything ENABLE CHANGE_TRACKING WITH (TRACK_COLUMNS_UPDATED = ON);
ALTER TABLE sales.Orders SWITCH PARTITION 1 TO archive.Orders PARTITION 1;
ALTER TABLE dbo.Everything REBUILD WITH (DATA_COMPRESSION = ROW);
GO

CREATE INDEX IX_Simple ON dbo.Everything (Code);
CREATE UNIQUE INDEX UX_Code ON dbo.Everything (Code) WITH IGNORE_DUP_KEY, FILLFACTOR = 70;
CREATE CLUSTERED COLUMNSTORE INDEX CCI_Archive ON archive.Orders WITH (DROP_EXISTING = ON, MAXDOP = 2) ON [ARCHIVE];
CREATE PRIMARY XML INDEX PXML_Doc ON dbo.Everything (Doc);
CREATE XML INDEX SXML_Doc_Path ON dbo.Everything (Doc) USING XML INDEX PXML_Doc FOR PATH;
CREATE NONCLUSTERED INDEX IX_Online ON dbo.Everything (OwnerId) WITH (ONLINE = ON (WAIT_AT_LOW_PRIORITY (MAX_DURATION = 5 MINUTES, ABORT_AFTER_WAIT = SELF)), RESUMABLE = ON);
DROP INDEX IX_Simple ON dbo.Everything;
DROP INDEX IF EXISTS UX_Code ON dbo.Everything, IX_Online ON dbo.Everything WITH (ONLINE = ON);
DROP INDEX dbo.Everything.IX_Legacy;
GO

CREATE OR ALTER VIEW dbo.vEverything (Id, Code, Total)
WITH SCHEMABINDING, VIEW_METADATA
AS
WITH recent AS (SELECT Id, Code, Total FROM dbo.Everything WHERE CreatedAt > DATEADD(DAY, -30, SYSUTCDATETIME()))
SELECT Id, Code, Total FROM recent;
GO
ALTER VIEW dbo.vEverything AS SELECT Id, Code, Total FROM dbo.Everything;
GO

CREATE SEQUENCE dbo.Tickets START WITH 1 INCREMENT BY -1 MINVALUE -1000 MAXVALUE 0 CYCLE NO CACHE;
ALTER SEQUENCE dbo.Tickets RESTART WITH 0 INCREMENT BY -2 NO CYCLE;
CREATE SYNONYM dbo.RemoteOrders FOR LINKED01.Sales.dbo.Orders;
CREATE TYPE dbo.Money4 FROM decimal(19, 4);
CREATE TYPE dbo.KeyValue AS TABLE (K nvarchar(50) NOT NULL PRIMARY KEY NONCLUSTERED, V nvarchar(max) NULL) WITH (MEMORY_OPTIMIZED = ON);
CREATE SCHEMA AUTHORIZATION reporting_owner;
ALTER SCHEMA archive TRANSFER dbo.Everything;
ALTER SCHEMA archive TRANSFER OBJECT::dbo.vEverything;
ALTER SCHEMA archive TRANSFER TYPE::dbo.Money4;
GO

CREATE OR ALTER PROCEDURE dbo.usp_Native @id int NOT NULL, @name nvarchar(50) = N'x'
WITH NATIVE_COMPILATION, SCHEMABINDING, EXECUTE AS OWNER
AS BEGIN ATOMIC WITH (TRANSACTION ISOLATION LEVEL = SNAPSHOT, LANGUAGE = N'us_english')
    SELECT SessionId FROM dbo.SessionCache WHERE Expires > SYSUTCDATETIME();
END
GO

ALTER FUNCTION dbo.ufnClr (@s nvarchar(4000)) RETURNS nvarchar(4000) WITH EXECUTE AS CALLER
AS EXTERNAL NAME ClrUtils.[ClrUtils.Text].Normalize;
GO

CREATE PROCEDURE dbo.usp_Versioned;2 @x int AS SELECT @x;
GO

CREATE PROC dbo.usp_Cursor (@c CURSOR VARYING OUTPUT) WITH RECOMPILE, ENCRYPTION AS
    SET @c = CURSOR FORWARD_ONLY STATIC FOR SELECT 1;
    OPEN @c;
GO

DROP TABLE dbo.LegacyKeys;
DROP TABLE IF EXISTS dbo.Person, dbo.Knows;
DROP VIEW IF EXISTS dbo.vEverything;
DROP PROCEDURE IF EXISTS dbo.usp_Native, dbo.usp_Cursor;
DROP PROC dbo.usp_Versioned;
DROP FUNCTION IF EXISTS dbo.ufnClr;
DROP TRIGGER IF EXISTS trgNoDropTable ON DATABASE;
DROP SEQUENCE dbo.Tickets;
DROP SYNONYM IF EXISTS dbo.RemoteOrders;
DROP TYPE dbo.Money4;
DROP SCHEMA IF EXISTS reporting;
DROP USER IF EXISTS report_reader;
DROP ROLE reporting_role;
DROP LOGIN report_reader;
DROP STATISTICS sales.Orders.st_Orders_Freight;
DROP PARTITION SCHEME psOrderYear;
DROP PARTITION FUNCTION pfOrderYear;
DROP DATABASE IF EXISTS Harbor_Copy;
GO
