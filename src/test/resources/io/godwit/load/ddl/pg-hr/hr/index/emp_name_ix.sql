CREATE INDEX emp_name_ix ON hr.employees (last_name, first_name);
