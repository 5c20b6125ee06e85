INSERT INTO dbo.customers (name, email) VALUES ('Ann', 'ann@example.com');
SELECT customerid = 100 AND isactive AND created IS NOT NULL AND rowguid IS NOT NULL FROM dbo.customers;
-- version is the rowversion column (MSS-1003): SQL Server fills it, the converted table does not.
INSERT INTO dbo.orderlines (orderid, lineno, customerid, qty, unitprice, version) VALUES (1, 2, 100, 3, 2.50, 'v1');
SELECT linetotal = 7.50 AND label = 'Line 2' FROM dbo.orderlines;
SELECT obj_description('dbo.customers'::regclass) = 'People who buy';
SELECT col_description('dbo.customers'::regclass, 3) = 'Where we write to';
