-- Converted from Oracle: HR.DEPARTMENTS
CREATE TABLE departments (
  department_id int NOT NULL,
  department_name varchar(30) NOT NULL,
  manager_id int,
  location_id int,
  PRIMARY KEY (department_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
