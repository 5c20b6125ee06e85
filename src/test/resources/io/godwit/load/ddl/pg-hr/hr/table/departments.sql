-- Converted from Oracle: HR.DEPARTMENTS
CREATE TABLE hr.departments (
  department_id integer NOT NULL,
  department_name varchar(30) NOT NULL,
  manager_id integer,
  location_id integer,
  CONSTRAINT dept_id_pk PRIMARY KEY (department_id)
);
COMMENT ON TABLE hr.departments IS 'Departments table that shows details of departments where employees work.';
