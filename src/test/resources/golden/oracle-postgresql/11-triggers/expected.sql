-- table item [converted]
CREATE TABLE item (
  id bigint NOT NULL,
  name varchar(40),
  price numeric(10,2),
  updated timestamp(0),
  PRIMARY KEY (id)
);

-- table item_audit [converted]
CREATE TABLE item_audit (
  item_id bigint,
  action varchar(10),
  old_price numeric(10,2),
  new_price numeric(10,2)
);

-- table stmt_log [converted]
CREATE TABLE stmt_log (
  note varchar(40)
);

-- view item_v [converted]
CREATE OR REPLACE VIEW item_v AS
SELECT id, name, price
FROM item;

-- trigger item_bi [converted]
CREATE OR REPLACE FUNCTION item_bi()
RETURNS trigger
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  NEW.name := upper(NEW.name);
  IF TG_OP = 'INSERT' THEN
    NEW.updated := CAST(date_trunc('second', statement_timestamp()::timestamp) AS timestamp(0));
  END IF;
  RETURN NEW;
END;
$body$;
CREATE OR REPLACE TRIGGER item_bi BEFORE INSERT OR UPDATE ON item
FOR EACH ROW
EXECUTE FUNCTION item_bi();

-- trigger item_au [converted]
CREATE OR REPLACE FUNCTION item_au()
RETURNS trigger
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  INSERT INTO item_audit (item_id, action, old_price, new_price)
  VALUES (OLD.id, CASE WHEN TG_OP = 'UPDATE' THEN 'UPDATE' ELSE 'OTHER' END, OLD.price, NEW.price);
  RETURN NULL;
END;
$body$;
CREATE OR REPLACE TRIGGER item_au AFTER UPDATE OF price ON item
FOR EACH ROW
WHEN (NEW.price > OLD.price)
EXECUTE FUNCTION item_au();

-- trigger item_stmt [converted]
CREATE OR REPLACE FUNCTION item_stmt()
RETURNS trigger
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  INSERT INTO stmt_log (note)
  VALUES ('deleted');
  RETURN NULL;
END;
$body$;
CREATE OR REPLACE TRIGGER item_stmt AFTER DELETE ON item
FOR EACH STATEMENT
EXECUTE FUNCTION item_stmt();

-- trigger item_v_ioi [converted]
CREATE OR REPLACE FUNCTION item_v_ioi()
RETURNS trigger
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  INSERT INTO item (id, name, price)
  VALUES (NEW.id, NEW.name, NEW.price);
  RETURN NEW;
END;
$body$;
CREATE OR REPLACE TRIGGER item_v_ioi INSTEAD OF INSERT ON item_v
FOR EACH ROW
EXECUTE FUNCTION item_v_ioi();

-- trigger item_compound_after_stmt [converted]
CREATE OR REPLACE FUNCTION item_compound_after_stmt()
RETURNS trigger
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
BEGIN
  NULL;
  RETURN NULL;
END;
$body$;
CREATE OR REPLACE TRIGGER item_compound_after_stmt AFTER UPDATE ON item
FOR EACH STATEMENT
EXECUTE FUNCTION item_compound_after_stmt();

