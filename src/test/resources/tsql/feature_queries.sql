-- Queries: TOP, CTEs, APPLY, PIVOT/UNPIVOT, set operators, windows, paging, FOR XML/JSON, hints
SELECT TOP 10 * FROM sales.Orders;
SELECT TOP (5) PERCENT OrderID FROM sales.Orders ORDER BY Freight DESC;
SELECT TOP (@n) WITH TIES OrderID, Freight FROM sales.Orders ORDER BY Freight DESC;
SELECT DISTINCT TOP 3 Country FROM dbo.Suppliers;
GO

WITH Managers (EmployeeID, ManagerID, Lvl, Path) AS
(
    SELECT EmployeeID, ManagerID, 0, CAST(LastName AS nvarchar(max))
    FROM dbo.Employees
    WHERE ManagerID IS NULL
    UNION ALL
    SELECT e.EmployeeID, e.ManagerID, m.Lvl + 1, m.Path + N' > ' + e.LastName
    FROM dbo.Employees AS e
    INNER JOIN Managers AS m ON e.ManagerID = m.EmployeeID
),
Counted AS (SELECT ManagerID, COUNT(*) AS Reports FROM Managers GROUP BY ManagerID)
SELECT m.*, c.Reports
FROM Managers m
LEFT JOIN Counted c ON c.ManagerID = m.EmployeeID
ORDER BY m.Path
OPTION (MAXRECURSION 100);
GO

SELECT c.CustomerID, x.OrderID, x.OrderDate
FROM dbo.Customers c
CROSS APPLY (SELECT TOP 3 o.OrderID, o.OrderDate FROM sales.Orders o
             WHERE o.CustomerID = c.CustomerID ORDER BY o.OrderDate DESC) x;

SELECT c.CustomerID, s.value AS Tag
FROM dbo.Customers c
OUTER APPLY STRING_SPLIT(c.Notes, ',') AS s;
GO

SELECT ProductID, [2022], [2023], [2024]
FROM (SELECT l.ProductID, YEAR(l.OrderDate) AS OrderYear, l.Quantity FROM sales.OrderLines l) AS src
PIVOT (SUM(Quantity) FOR OrderYear IN ([2022], [2023], [2024])) AS pvt;

SELECT ProductID, Quarter, Amount
FROM dbo.QuarterlySales
UNPIVOT (Amount FOR Quarter IN (Q1, Q2, Q3, Q4)) AS unpvt;
GO

SELECT CustomerID FROM dbo.Customers
EXCEPT
SELECT CustomerID FROM sales.Orders
UNION
(SELECT CustomerID FROM dbo.VipCustomers INTERSECT SELECT CustomerID FROM dbo.ActiveCustomers)
ORDER BY CustomerID;
GO

SELECT OrderID, CustomerID, Freight,
       ROW_NUMBER() OVER (PARTITION BY CustomerID ORDER BY OrderDate) AS rn,
       RANK() OVER (ORDER BY Freight DESC) AS rnk,
       SUM(Freight) OVER (PARTITION BY CustomerID ORDER BY OrderDate ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running,
       AVG(Freight) OVER (ORDER BY OrderDate ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS moving,
       LAG(Freight, 1, 0) OVER (PARTITION BY CustomerID ORDER BY OrderDate) AS prev,
       FIRST_VALUE(OrderID) OVER (PARTITION BY CustomerID ORDER BY OrderDate RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS first_order,
       COUNT(*) OVER () AS total,
       PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY Freight) OVER (PARTITION BY CustomerID) AS median
FROM sales.Orders
ORDER BY CustomerID, OrderDate
OFFSET 20 ROWS FETCH NEXT 10 ROWS ONLY;

SELECT OrderID FROM sales.Orders ORDER BY OrderID OFFSET @skip ROWS;
GO

SELECT Country, City, COUNT(*) AS n, GROUPING(City) AS g
FROM dbo.Suppliers
GROUP BY ROLLUP (Country, City);

SELECT Country, City, COUNT(*) FROM dbo.Suppliers GROUP BY CUBE (Country, City);
SELECT Country, City, COUNT(*) FROM dbo.Suppliers GROUP BY GROUPING SETS ((Country, City), (Country), ());
SELECT Country, COUNT(*) FROM dbo.Suppliers GROUP BY Country WITH ROLLUP HAVING COUNT(*) > 1;
GO

SELECT o.OrderID, o.OrderDate,
       (SELECT l.ProductID AS "@id", l.Quantity AS "qty"
        FROM sales.OrderLines l WHERE l.OrderID = o.OrderID
        FOR XML PATH('line'), TYPE) AS Lines
FROM sales.Orders o
FOR XML PATH('order'), ROOT('orders'), ELEMENTS XSINIL;

SELECT CustomerID, CompanyName FROM dbo.Customers FOR XML RAW('customer'), ROOT, BINARY BASE64;
SELECT CustomerID, CompanyName FROM dbo.Customers FOR XML AUTO, TYPE, XMLSCHEMA;
SELECT 1 AS Tag, NULL AS Parent, CustomerID AS [Customer!1!id] FROM dbo.Customers FOR XML EXPLICIT;
SELECT CustomerID AS id, CompanyName AS [name.company] FROM dbo.Customers FOR JSON PATH, ROOT('customers'), INCLUDE_NULL_VALUES;
SELECT * FROM dbo.Customers FOR JSON AUTO;
GO

WITH XMLNAMESPACES ('urn:harbor:specs' AS s, DEFAULT 'urn:harbor')
SELECT p.ProductID, p.Specs.value('(/s:specs/s:size)[1]', 'int') AS Size
FROM dbo.Products p;
GO

SELECT o.OrderID
FROM sales.Orders o WITH (NOLOCK, INDEX(IX_Orders_Customer))
INNER LOOP JOIN dbo.Customers c WITH (FORCESEEK) ON c.CustomerID = o.CustomerID
LEFT HASH JOIN dbo.Shippers s (NOLOCK) ON s.ShipperID = o.ShipVia
WHERE o.Status = 1
OPTION (HASH JOIN, MAXDOP 1, OPTIMIZE FOR (@status = 1, @from UNKNOWN), USE HINT ('DISABLE_OPTIMIZER_ROWGOAL'), LABEL = 'orders by customer');

SELECT * FROM dbo.Customers c WITH (READPAST, UPDLOCK) WHERE c.CustomerID = 1 OPTION (RECOMPILE, FORCE ORDER, KEEPFIXED PLAN, QUERYTRACEON 9481);
SELECT * FROM dbo.Products TABLESAMPLE (10 PERCENT) REPEATABLE (42);
SELECT * FROM dbo.Prices FOR SYSTEM_TIME AS OF '2024-01-01T00:00:00' AS p WHERE p.ProductID = 7;
SELECT * FROM dbo.Prices FOR SYSTEM_TIME BETWEEN @a AND @b;
SELECT * FROM dbo.Prices FOR SYSTEM_TIME ALL;
GO

SELECT v.Code, v.Label
FROM (VALUES (1, N'one'), (2, N'two'), (3, N'three')) AS v (Code, Label);

SELECT j.*
FROM OPENJSON(@json, '$.orders') WITH (OrderID int '$.id', Total money '$.total', Lines nvarchar(max) '$.lines' AS JSON) AS j
CROSS APPLY OPENJSON(j.Lines) WITH (ProductID int, Quantity int) AS l;

SELECT * FROM OPENJSON(N'{"a":1}');

SELECT * FROM OPENXML(@handle, '/root/customer', 2) WITH (CustomerID int '@id', Name nvarchar(40));

SELECT * FROM OPENQUERY(LINKED01, 'SELECT id, name FROM remote_db.dbo.items') AS r;
SELECT * FROM OPENROWSET(BULK N'C:\data\orders.json', SINGLE_CLOB) AS j;
SELECT * FROM OPENROWSET('SQLNCLI', 'Server=(local);Trusted_Connection=yes;', 'SELECT GETDATE() AS now') AS a;
SELECT * FROM LINKED01.Sales.dbo.Orders AS remote_orders;
GO

SELECT p.ProductID FROM dbo.Products p WHERE CONTAINS(p.ProductName, N'"chai*" OR "chang"');
SELECT p.ProductID FROM dbo.Products p WHERE FREETEXT((ProductName, Sku), N'spicy tea', LANGUAGE 1033);
SELECT k.[KEY], k.[RANK] FROM CONTAINSTABLE(dbo.Products, ProductName, N'tea') AS k;
GO

SELECT o.OrderID FROM sales.Orders o
WHERE o.Freight > ALL (SELECT Freight FROM sales.Orders WHERE CustomerID = 1)
  AND o.CustomerID = ANY (SELECT CustomerID FROM dbo.Customers WHERE IsActive = 1)
  AND o.ShipVia <> SOME (SELECT ShipperID FROM dbo.Shippers)
  AND NOT (o.Status = 3 OR o.Status IS NULL)
  AND o.OrderID NOT IN (SELECT OrderID FROM sales.Returns)
  AND o.OrderDate NOT BETWEEN '20200101' AND '20201231';
GO
