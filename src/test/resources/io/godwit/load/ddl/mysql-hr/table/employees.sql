-- Converted from Oracle: HR.EMPLOYEES
CREATE TABLE employees (
  employee_id int NOT NULL AUTO_INCREMENT,
  first_name varchar(20),
  last_name varchar(25) NOT NULL,
  email varchar(25) NOT NULL,
  phone_number varchar(20),
  hire_date datetime NOT NULL,
  job_id varchar(10) NOT NULL,
  salary decimal(8,2),
  commission_pct decimal(2,2),
  manager_id int,
  department_id int,
  created_by varchar(30),
  PRIMARY KEY (employee_id),
  UNIQUE KEY emp_email_uk (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
