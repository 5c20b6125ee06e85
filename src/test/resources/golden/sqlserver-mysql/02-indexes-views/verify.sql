INSERT INTO dbo.products (name, category, price) VALUES ('Banana', NULL, 150), ('Apple', 'fruit', 2);
SELECT label = 'Banana (none)' AND namelength = 6 AND firsta = 2 AND priceband = 'expensive' AND months = 2 AND compact = '20240229' FROM dbo.vproductlabels WHERE productid = 1;
SELECT reviewdate > NOW() FROM dbo.vproductlabels WHERE productid = 1;
SELECT COUNT(*) = 2 FROM dbo.vcategorypage;
SELECT COUNT(*) = 3 FROM information_schema.statistics WHERE table_schema = 'dbo' AND table_name = 'products' AND index_name = 'ix_products_category';
SELECT non_unique = 0 FROM information_schema.statistics WHERE table_schema = 'dbo' AND table_name = 'products' AND index_name = 'ux_products_name';
