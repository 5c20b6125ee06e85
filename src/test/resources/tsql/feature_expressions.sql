-- Expressions: literals, operators, built-in functions and special syntax
DECLARE @s nvarchar(100) = N'O''Reilly', @n int = -42, @m money = $1234.5678, @f float = 1.5E-3,
        @d decimal(9, 3) = .125, @b varbinary(8) = 0x00FF, @e varbinary(1) = 0x, @neg money = -$45.56,
        @x xml = N'<r><i id="1">a</i><i id="2">b</i></r>', @g geography, @flags int = 6,
        @dt datetime2(7) = '2024-02-29T13:45:00.1234567', @dto datetimeoffset = SYSDATETIMEOFFSET();

SET @n += 1;
SET @n -= 2;
SET @n *= 3;
SET @n /= 4;
SET @n %= 5;
SET @flags &= 3;
SET @flags |= 8;
SET @flags ^= 1;
SET @s = @s + N' & ' + CAST(@n AS nvarchar(10)) + N'!';
SELECT ~@flags, @flags & 1, @flags | 16, @flags ^ 2, -@n, +@n, 7 / 2, 7 % 2, 2 * (3 + 4) - 1;
GO

SELECT CASE @n WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END AS simple_case,
       CASE WHEN @n < 0 THEN 'negative' WHEN @n = 0 THEN 'zero' END AS searched_case,
       CAST(@m AS int), CAST(N'2024-01-31' AS date), CONVERT(varchar(10), GETDATE(), 120),
       CONVERT(nvarchar(30), @dt, 126), CONVERT(money, '1,234.56', 1), CONVERT(varchar(max), @b, 2),
       TRY_CAST('abc' AS int), TRY_CONVERT(date, '31/02/2024', 103),
       PARSE('€345,98' AS money USING 'de-DE'), TRY_PARSE('Jan 1 2024' AS datetime2 USING 'en-US'),
       IIF(@n > 0, N'pos', N'non-pos'), CHOOSE(3, 'a', 'b', 'c'),
       COALESCE(NULL, @s, N'x'), NULLIF(@n, 0), ISNULL(@s, N'') COLLATE Latin1_General_CS_AS;
GO

SELECT LEN(@s), DATALENGTH(@s), CHARINDEX(N'R', @s), PATINDEX(N'%[0-9]%', @s), LEFT(@s, 3), RIGHT(@s, 2),
       SUBSTRING(@s, 2, 3), REPLACE(@s, N'''', N''), REPLICATE(N'-', 10), SPACE(3), STUFF(@s, 1, 1, N'o'),
       UPPER(@s), LOWER(@s), LTRIM(RTRIM(@s)), TRIM(@s), TRIM(N'x' FROM @s), TRIM(BOTH N' ' FROM @s),
       CONCAT(@s, 1, NULL), CONCAT_WS(N',', 'a', 'b'), FORMAT(@m, 'C', 'en-us'), QUOTENAME(@s, N']'),
       STRING_ESCAPE(@s, 'json'), TRANSLATE(@s, N'abc', N'xyz'), REVERSE(@s), UNICODE(@s), NCHAR(65), ASCII('A');
GO

SELECT GETDATE(), GETUTCDATE(), SYSDATETIME(), SYSUTCDATETIME(), CURRENT_TIMESTAMP,
       DATEADD(DAY, 1, @dt), DATEADD(mm, -1, GETDATE()), DATEDIFF(second, '20240101', @dt),
       DATEDIFF_BIG(ms, @dt, SYSDATETIME()), DATEPART(weekday, @dt), DATENAME(month, @dt),
       EOMONTH(@dt), EOMONTH(@dt, 1), DATEFROMPARTS(2024, 2, 29), YEAR(@dt), MONTH(@dt), DAY(@dt),
       @dt AT TIME ZONE 'UTC' AT TIME ZONE 'Central European Standard Time', SWITCHOFFSET(@dto, '+01:00'),
       ISDATE('2024-13-01'), ISNUMERIC('1e5'), NEWID(), NEWSEQUENTIALID(), CHECKSUM(*), BINARY_CHECKSUM(@s),
       HASHBYTES('SHA2_256', @s), COMPRESS(@s), ABS(@n), CEILING(@d), FLOOR(@d), ROUND(@m, 2), ROUND(@m, 0, 1),
       POWER(2, 10), SQRT(16.0), RAND(42), PI(), SIGN(@n), LOG(10, 2), EXP(1), SQUARE(3);
GO

SELECT @@ROWCOUNT, @@ERROR, @@IDENTITY, @@TRANCOUNT, @@SPID, @@SERVERNAME, @@VERSION, @@FETCH_STATUS,
       SCOPE_IDENTITY(), IDENT_CURRENT('sales.Orders'), OBJECT_ID(N'sales.Orders', N'U'), OBJECT_NAME(@@PROCID),
       DB_NAME(), SCHEMA_NAME(), USER_NAME(), SUSER_SNAME(), HOST_NAME(), APP_NAME(), CURRENT_USER, SESSION_USER,
       SYSTEM_USER, USER, ERROR_NUMBER(), ERROR_MESSAGE(), ERROR_SEVERITY(), ERROR_STATE(), ERROR_LINE(),
       ERROR_PROCEDURE(), XACT_STATE(), COLUMNPROPERTY(OBJECT_ID('dbo.t'), 'id', 'IsIdentity');
GO

SELECT @x.value('(/r/i/@id)[1]', 'int') AS first_id,
       @x.query('/r/i[@id="2"]') AS second,
       @x.exist('/r/i[text()="b"]') AS has_b,
       T.c.value('.', 'nvarchar(10)') AS item,
       T.c.value('@id', 'int') AS item_id
FROM @x.nodes('/r/i') AS T(c);

SET @x.modify('insert <i id="3">c</i> as last into (/r)[1]');
UPDATE dbo.Products SET Specs.modify('delete /specs/size') WHERE ProductID = 1;
SELECT CAST(N'<a>1</a>' AS xml).value('(/a)[1]', 'int');
SELECT JSON_VALUE(N'{"a":{"b":2}}', '$.a.b'), JSON_QUERY(N'{"a":[1,2]}', '$.a'), ISJSON(N'[]'),
       JSON_MODIFY(N'{"a":1}', '$.a', 2);
GO

SET @g = geography::Point(47.65100, -122.34900, 4326);
SELECT @g.STDistance(geography::STGeomFromText('POINT(-122.35 47.65)', 4326)), @g.Lat, @g.ToString();
SELECT $IDENTITY, $ROWGUID FROM dbo.Customers;
SELECT {fn UCASE(CompanyName)}, {fn CONCAT(CompanyName, N'!')}, {d '2024-01-31'}, {ts '2024-01-31 10:00:00'}, {t '10:00:00'}
FROM dbo.Customers;
SELECT NEXT VALUE FOR sales.InvoiceNumbers AS next_invoice;
SELECT NEXT VALUE FOR sales.InvoiceNumbers OVER (ORDER BY CustomerID) AS numbered, CustomerID FROM dbo.Customers;
SELECT $PARTITION.pfOrderYear(OrderDate) AS partition_number, COUNT(*) FROM sales.Orders GROUP BY $PARTITION.pfOrderYear(OrderDate);
GO

SELECT 'x' + CHAR(13) + CHAR(10) + 'y' AS two_lines, N'unicode ✓' AS u, 'tab	in string' AS t,
       1 AS "quoted alias", 2 [bracket alias], 3 'string alias', four = 4, N'five' = 5
WHERE @s LIKE N'O[''_]%' ESCAPE N'\'
  AND @n IS NOT NULL
  AND @s IS DISTINCT FROM N'x'
  AND (@n BETWEEN -100 AND 100 OR @n IN (1, 2, 3))
  AND EXISTS (SELECT 1 WHERE 1 = 1)
  AND @d != 0 AND @d !< 0 AND @n !> 1000 AND @m <> $0;
GO
