INSERT INTO sales.customers (customer_id, email) VALUES (1, 'a@example.com');
INSERT INTO sales.customers (customer_id, email, referred_by) VALUES (2, 'b@example.com', 1);
DELETE FROM sales.customers WHERE customer_id = 1;
SELECT referred_by IS NULL FROM sales.customers WHERE customer_id = 2;
SELECT status = 'ACTIVE' FROM sales.customers WHERE customer_id = 2;
SELECT delete_rule = 'CASCADE' FROM information_schema.referential_constraints WHERE constraint_schema = 'sales' AND constraint_name = 'order_lines_order_fk';
SELECT is_nullable = 'NO' FROM information_schema.columns WHERE table_schema = 'sales' AND table_name = 'orders' AND column_name = 'note';
