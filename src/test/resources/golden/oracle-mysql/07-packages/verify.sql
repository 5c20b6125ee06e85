INSERT INTO bank.accounts (id, balance) VALUES (1, 100);
CALL bank.acct$deposit(1, 50);
CALL bank.acct$deposit(1, 25);
SELECT bank.acct$balance_of(1) = 175;
SELECT bank.acct$calls() = 2;
