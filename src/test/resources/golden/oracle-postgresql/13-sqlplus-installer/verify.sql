INSERT INTO app_user (id, login) VALUES (1, 'x');
SELECT user_count() = 1;
