SELECT count(*) = 2 FROM pg_constraint WHERE conname IN ('orders_customer_fk', 'order_lines_order_fk');
SELECT condeferrable AND condeferred FROM pg_constraint WHERE conname = 'order_lines_order_fk';
SELECT confdeltype = 'n' FROM pg_constraint WHERE conname = 'customers_self_fk';
SELECT column_default = '''none''::character varying' AND is_nullable = 'NO' FROM information_schema.columns WHERE table_schema = 'sales' AND table_name = 'orders' AND column_name = 'note';
