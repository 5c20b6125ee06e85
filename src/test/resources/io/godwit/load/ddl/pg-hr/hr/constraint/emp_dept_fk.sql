ALTER TABLE hr.employees
  ADD CONSTRAINT emp_dept_fk FOREIGN KEY (department_id)
  REFERENCES hr.departments (department_id);
