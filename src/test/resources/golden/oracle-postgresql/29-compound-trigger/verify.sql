INSERT INTO accounts VALUES (1, 10), (2, -5);
SELECT balance = 0 FROM accounts WHERE id = 2;
SELECT count(*) = 2 FROM acct_audit WHERE what = 'inserted';
SELECT count(*) = 1 FROM acct_audit WHERE what = 'statement start';
SELECT count(*) = 1 FROM acct_audit WHERE what = 'statement end';
UPDATE accounts SET balance = -1 WHERE id = 1;
SELECT balance = 0 FROM accounts WHERE id = 1;
SELECT count(*) = 1 FROM acct_audit WHERE what = 'updated' AND id = 1;
SELECT count(*) = 2 FROM acct_audit WHERE what = 'statement end';
