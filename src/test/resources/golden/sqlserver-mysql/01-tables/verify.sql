INSERT INTO dbo.customers (name, email) VALUES ('Ann', 'ann@example.com');
SELECT customerid = 100 AND isactive AND created IS NOT NULL AND CHAR_LENGTH(rowguid) = 36 FROM dbo.customers;
-- AUTO_INCREMENT counts by one (MY-2017): the second customer is 101, not 105.
INSERT INTO dbo.customers (name, email) VALUES ('Bob', 'bob@example.com');
SELECT MAX(customerid) = 101 FROM dbo.customers;
-- version is the rowversion column (MSS-1003): SQL Server fills it, the converted table does not.
INSERT INTO dbo.orderlines (orderid, lineno, customerid, qty, unitprice, version) VALUES (1, 2, 100, 3, 2.50, 'v1');
SELECT linetotal = 7.50 AND label = 'Line 2' FROM dbo.orderlines;
SELECT COUNT(*) = 1 FROM information_schema.check_constraints WHERE constraint_schema = 'dbo' AND constraint_name = 'ck_orderlines_qty';
SELECT table_comment = 'People who buy' FROM information_schema.tables WHERE table_schema = 'dbo' AND table_name = 'customers';
SELECT column_comment = 'Where we write to' FROM information_schema.columns WHERE table_schema = 'dbo' AND table_name = 'customers' AND column_name = 'email';
DELETE FROM dbo.customers WHERE customerid = 100;
SELECT COUNT(*) = 0 FROM dbo.orderlines;
