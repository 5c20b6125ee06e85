-- Converted from Oracle trigger HR.EMP_AUDIT_TRG (BEFORE INSERT ... FOR EACH ROW)
CREATE OR REPLACE FUNCTION hr.emp_audit_trg_fn() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- :NEW.created_by := USER;
  NEW.created_by := 'trigger';
  RETURN NEW;
END;
$$;

CREATE TRIGGER emp_audit_trg
  BEFORE INSERT ON hr.employees
  FOR EACH ROW EXECUTE FUNCTION hr.emp_audit_trg_fn();
