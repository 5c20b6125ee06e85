INSERT INTO dbo.customers (name, email) VALUES ('Ann', 'ann@example.com');
SELECT customerid = 100 AND isactive AND created IS NOT NULL AND rowguid IS NOT NULL FROM dbo.customers;
INSERT INTO dbo.orderlines (orderid, lineno, customerid, qty, unitprice) VALUES (1, 2, 100, 3, 2.50);
SELECT linetotal = 7.50 AND label = 'Line 2' FROM dbo.orderlines;
SELECT obj_description('dbo.customers'::regclass) = 'People who buy';
