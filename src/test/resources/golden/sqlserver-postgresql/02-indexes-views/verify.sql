INSERT INTO dbo.products (name, category, price) VALUES ('Banana', NULL, 150), ('Apple', 'fruit', 2);
SELECT label = 'Banana (none)' AND namelength = 6 AND firsta = 2 AND priceband = 'expensive' AND months = 2 AND compact = '20240229' FROM dbo.vproductlabels WHERE productid = 1;
SELECT count(*) = 2 FROM dbo.vcategorypage;
