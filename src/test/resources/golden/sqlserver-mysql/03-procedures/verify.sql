-- MySQL parameters have no defaults (MY-2021): callers pass every argument.
CALL dbo.openaccount(1, 'ann', 100);
CALL dbo.openaccount(2, 'bob', 10);
SELECT balance = 10 FROM dbo.accounts WHERE accountid = 2;
SELECT COUNT(*) = 2 AND MIN(note) = 'opened for ann' FROM dbo.auditlog;
CALL dbo.deposit(1, 25, @b, @n);
SELECT @b = 125.00 AND @n = 1;
SET @b = 5;
CALL dbo.deposit(99, 25, @b, @n);
SELECT @b IS NULL AND @n = 0;
CALL dbo.sumevens(10, @t);
SELECT @t = 30;
CALL dbo.withdraw(2, 50, @r);
SELECT BINARY @r = 'failed: Insufficient funds';
CALL dbo.withdraw(1, 30, @r);
SELECT BINARY @r = 'ok';
SELECT balance = 95 FROM dbo.accounts WHERE accountid = 1;
SELECT COUNT(*) = 1 FROM dbo.auditlog WHERE note = 'failed: Insufficient funds';
-- the named arguments of EXEC dbo.OpenAccount @Owner = ..., @AccountID = ... are put in order
CALL dbo.closeaccount(2);
SELECT COUNT(*) = 0 FROM dbo.accounts WHERE accountid = 2;
SELECT owner = 'closed' AND balance = 0 FROM dbo.accounts WHERE accountid = 0;
SELECT BINARY dbo.ownerof(1) = 'ann' AND BINARY dbo.ownerof(42) = 'none';
SELECT dbo.factorial(5) = 120 AND dbo.factorial(0) = 1;
