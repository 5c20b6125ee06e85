CALL dbo.additem('ab', 2.50, 4, @id, @m);
SELECT @id = 1 AND BINARY @m = 'added 0000ab';
SELECT added = CURRENT_DATE AND stock = 10 FROM dbo.items WHERE itemid = 1;
-- RAISERROR inside TRY goes to the CATCH block
CALL dbo.additem('neg', 1, -1, @id, @m);
SELECT @id = -1 AND BINARY @m = 'error: negative quantity';
-- so does the server's own error (the message is MySQL's)
CALL dbo.additem('ab', 1, 1, @id, @m);
SELECT @id = -1 AND BINARY @m LIKE 'error: Duplicate entry%';
SELECT COUNT(*) = 1 FROM dbo.items;
SELECT dbo.stockvalue(1) = 10 AND dbo.stockvalue(99) = 0;
SELECT BINARY dbo.grade(95) = 'A' AND BINARY dbo.grade(80) = 'B' AND BINARY dbo.grade(10) = 'C' AND BINARY dbo.grade(NULL) = 'none';
SELECT BINARY dbo.padcode('7', 3) = '007';
CALL dbo.restock(2, @a);
SELECT @a = 2;
SELECT qty = 7 FROM dbo.items WHERE itemid = 1;
UPDATE dbo.items SET qty = 100;
-- THROW leaves the procedure with the message
DELIMITER $$
BEGIN NOT ATOMIC DECLARE CONTINUE HANDLER FOR SQLEXCEPTION GET DIAGNOSTICS CONDITION 1 @err = MESSAGE_TEXT; CALL dbo.restock(1, @a); END$$
DELIMITER ;
-- MySQL does not copy OUT values back when the procedure ends with an error
SELECT BINARY @err = 'nothing to restock' AND @a = 2;
