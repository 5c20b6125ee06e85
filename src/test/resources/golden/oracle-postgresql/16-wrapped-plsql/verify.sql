INSERT INTO vault (id, secret) VALUES (1, 'a'), (2, 'b');
SELECT vault_size() = 2;
