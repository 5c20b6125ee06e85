SELECT NEXTVAL(app.order_seq) = 1001;
SELECT NEXTVAL(app.ring_seq) = 1;
SELECT NEXTVAL(app.ring_seq) = 6;
SELECT NEXTVAL(app.down_seq) = -1;
INSERT INTO app.tickets (code, title) VALUES (1, 'a');
SELECT ticket_id = 10 FROM app.tickets WHERE title = 'a';
