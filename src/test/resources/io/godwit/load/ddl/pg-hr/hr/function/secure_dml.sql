CREATE OR REPLACE FUNCTION hr.secure_dml() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF to_char(now(), 'HH24:MI') NOT BETWEEN '08:00' AND '18:00' THEN
    RAISE EXCEPTION 'You may only make changes during normal office hours';
  END IF;
END;
$$;
