SELECT nextval('app.order_seq') = 1001;
SELECT nextval('app.ring_seq') = 1 AND nextval('app.ring_seq') = 6;
SELECT nextval('app.down_seq') = -1;
INSERT INTO app.tickets (title) VALUES ('a') RETURNING ticket_id = 10 AND order_no = 1002;
