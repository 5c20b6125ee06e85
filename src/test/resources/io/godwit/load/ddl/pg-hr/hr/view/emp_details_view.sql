CREATE VIEW hr.emp_details_view AS
SELECT e.employee_id, e.last_name, d.department_name
  FROM hr.employees e JOIN hr.departments d ON d.department_id = e.department_id;
