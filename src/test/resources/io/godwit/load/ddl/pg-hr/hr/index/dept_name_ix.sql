CREATE INDEX dept_name_ix ON hr.departments (department_name);
