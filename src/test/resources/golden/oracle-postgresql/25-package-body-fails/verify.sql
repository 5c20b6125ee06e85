SELECT clean_api.twice(4) = 8;
SELECT NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'ledger_api');
