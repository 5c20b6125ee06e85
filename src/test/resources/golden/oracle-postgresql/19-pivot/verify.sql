INSERT INTO sales VALUES ('N', 1, 10), ('N', 2, 5), ('S', 1, 7);
SELECT total = 15 FROM sales_by_region WHERE region = 'N';
