-- table acct [converted]
CREATE TABLE acct (
  id bigint NOT NULL,
  owner varchar(40) NOT NULL,
  balance numeric(12,2) DEFAULT 0,
  PRIMARY KEY (id)
);

-- table acct_log [converted]
CREATE TABLE acct_log (
  id bigint,
  msg varchar(200)
);

-- procedure open_acct [converted]
CREATE OR REPLACE PROCEDURE open_acct(p_id numeric, p_owner varchar, p_balance numeric DEFAULT 10)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  INSERT INTO acct (id, owner, balance)
  VALUES (p_id, p_owner, p_balance);
END;
$body$;

-- procedure get_balance [converted]
CREATE OR REPLACE PROCEDURE get_balance(p_id bigint, OUT p_balance numeric(12,2))
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  SELECT balance INTO STRICT p_balance
  FROM acct
  WHERE id = p_id;
END;
$body$;

-- procedure double_it [converted]
CREATE OR REPLACE PROCEDURE double_it(INOUT p_value numeric)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  p_value := p_value * 2;
END;
$body$;

-- function owner_of [converted]
CREATE OR REPLACE FUNCTION owner_of(p_id numeric)
RETURNS varchar
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  r acct%ROWTYPE;
BEGIN
  SELECT * INTO STRICT r
  FROM acct
  WHERE id = p_id;
  RETURN r.owner;
EXCEPTION
  WHEN no_data_found THEN
    RETURN 'none';
END;
$body$;

-- function total_balance [converted]
CREATE OR REPLACE FUNCTION total_balance()
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  c CURSOR FOR
    SELECT balance
    FROM acct;
  v_total numeric := 0;
BEGIN
  FOR rec IN c LOOP
    v_total := v_total + rec.balance;
  END LOOP;
  RETURN v_total;
END;
$body$;

-- function count_rich [converted]
CREATE OR REPLACE FUNCTION count_rich(p_min numeric)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  c CURSOR (p_limit numeric) FOR
    SELECT id
    FROM acct
    WHERE balance >= p_limit;
  v_id bigint;
  n integer := 0;
BEGIN
  OPEN c(p_min);
  LOOP
    FETCH c INTO v_id;
    EXIT WHEN NOT FOUND;
    n := n + 1;
  END LOOP;
  CLOSE c;
  RETURN n;
END;
$body$;

-- function any_owner [converted]
CREATE OR REPLACE FUNCTION any_owner()
RETURNS varchar
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  v varchar(40);
BEGIN
  SELECT owner INTO STRICT v
  FROM acct;
  RETURN v;
EXCEPTION
  WHEN too_many_rows THEN
    RETURN 'many';
  WHEN no_data_found THEN
    RETURN 'none';
END;
$body$;

-- procedure withdraw [converted]
CREATE OR REPLACE PROCEDURE withdraw(p_id numeric, p_amount numeric)
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  -- exception insufficient is SQLSTATE 'GXZSB'
  v_bal numeric;
BEGIN
  SELECT balance INTO STRICT v_bal
  FROM acct
  WHERE id = p_id;
  IF v_bal < p_amount THEN
    RAISE EXCEPTION USING ERRCODE = 'GXZSB', MESSAGE = 'INSUFFICIENT';
  END IF;
  UPDATE acct
  SET balance = balance - p_amount
  WHERE id = p_id;
EXCEPTION
  WHEN SQLSTATE 'GXZSB' THEN
    RAISE EXCEPTION USING ERRCODE = 'U0FFL', MESSAGE = concat('ORA-20001: ', 'Insufficient funds in ', p_id);
END;
$body$;

-- function try_withdraw [converted]
CREATE OR REPLACE FUNCTION try_withdraw(p_id numeric, p_amount numeric)
RETURNS varchar
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  CALL withdraw(p_id, p_amount);
  RETURN 'ok';
EXCEPTION
  WHEN OTHERS THEN
    RETURN SQLERRM;
END;
$body$;

-- function dyn_count [actions]
CREATE OR REPLACE FUNCTION dyn_count(p_table varchar, p_min numeric)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  n numeric;
BEGIN
  EXECUTE concat('SELECT COUNT(*) FROM ', p_table, ' WHERE balance >= :1') INTO n USING p_min;
  RETURN n;
END;
$body$;

-- function add_acct [converted]
CREATE OR REPLACE FUNCTION add_acct(p_owner varchar)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  v_id bigint;
BEGIN
  INSERT INTO acct (id, owner)
  VALUES ((SELECT coalesce(max(id), 0) + 1
  FROM acct), p_owner)
  RETURNING id INTO v_id;
  RETURN v_id;
END;
$body$;

-- procedure log_all [converted]
CREATE OR REPLACE PROCEDURE log_all()
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  -- type t_ids is bigint[]
  ids bigint[];
BEGIN
  SELECT array_agg(godwit_row.c1) INTO ids FROM (SELECT id
  FROM acct
  ORDER BY id) godwit_row (c1);
  FOR i IN 1 .. coalesce(cardinality(ids), 0) LOOP
    INSERT INTO acct_log (id, msg)
    VALUES (ids[i], 'seen');
  END LOOP;
END;
$body$;

-- function dyn_literal [converted]
CREATE OR REPLACE FUNCTION dyn_literal(p_min numeric)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  n numeric;
BEGIN
  EXECUTE 'SELECT count(*)
  FROM acct
  WHERE balance >= $1' INTO n USING p_min;
  RETURN n;
END;
$body$;

