ALTER TABLE hr.employees ADD CONSTRAINT emp_email_uk UNIQUE (email);
