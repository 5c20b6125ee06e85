-- schema dbo [converted]
CREATE DATABASE IF NOT EXISTS dbo CHARACTER SET utf8mb4;

-- table dbo.products [converted]
CREATE TABLE dbo.products (
  productid INT NOT NULL AUTO_INCREMENT,
  name VARCHAR(50) NOT NULL,
  category VARCHAR(20),
  price DECIMAL(9,2) NOT NULL DEFAULT 0,
  discontinued TINYINT(1) NOT NULL DEFAULT FALSE,
  PRIMARY KEY (productid)
) DEFAULT CHARSET = utf8mb4;

-- view dbo.vproductlabels [converted]
CREATE OR REPLACE VIEW dbo.vproductlabels AS
SELECT p.productid, CONCAT(p.name, ' (', COALESCE(p.category, 'none'), ')') AS label, CHAR_LENGTH(RTRIM(p.name)) AS namelength, LOCATE('a', p.name) AS firsta, CASE WHEN p.price > 100 THEN 'expensive' ELSE 'cheap' END AS priceband, DATE_ADD(NOW(6), INTERVAL 30 DAY) AS reviewdate, ((YEAR(CAST('2024-03-01' AS DATETIME(6))) * 12 + MONTH(CAST('2024-03-01' AS DATETIME(6)))) - (YEAR(CAST('2024-01-15' AS DATETIME(6))) * 12 + MONTH(CAST('2024-01-15' AS DATETIME(6))))) AS months, CAST(DATE_FORMAT(CAST('2024-02-29' AS DATE), '%Y%m%d') AS CHAR(10)) AS compact
FROM dbo.products p
WHERE p.discontinued = FALSE
ORDER BY p.price DESC
LIMIT 10;

-- view dbo.vcategorypage [converted]
CREATE OR REPLACE VIEW dbo.vcategorypage AS
SELECT category, COUNT(*) AS products
FROM dbo.products
GROUP BY category
ORDER BY category
LIMIT 5 OFFSET 0;

-- index dbo.ix_products_category [converted]
CREATE INDEX ix_products_category ON dbo.products (category, price DESC, name);

-- index dbo.ux_products_name [actions]
CREATE UNIQUE INDEX ux_products_name ON dbo.products (name);

