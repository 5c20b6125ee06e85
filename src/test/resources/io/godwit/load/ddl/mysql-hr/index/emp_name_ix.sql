CREATE INDEX emp_name_ix ON employees (last_name, first_name);
