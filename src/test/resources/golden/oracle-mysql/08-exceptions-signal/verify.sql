INSERT INTO hr.staff (id, name, salary) VALUES (1, 'Ann', 1000);
SELECT hr.salary_of(1) = 1000;
SELECT hr.salary_of(99) = -1;
CALL hr.raise_salary(1, 10);
SELECT salary = 1100 FROM hr.staff WHERE id = 1;
CALL hr.add_staff(1, 'Anna');
CALL hr.add_staff(2, 'Bob');
SELECT BINARY name = 'Anna' FROM hr.staff WHERE id = 1;
SELECT COUNT(*) = 2 FROM hr.staff;
