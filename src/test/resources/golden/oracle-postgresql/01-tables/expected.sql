-- schema hr [converted]
CREATE SCHEMA IF NOT EXISTS hr;

-- table hr.types_demo [converted]
CREATE TABLE hr.types_demo (
  id bigint NOT NULL,
  small_n smallint,
  big_n numeric(19),
  huge_n numeric(38),
  price numeric(12,2) DEFAULT 0,
  ratio numeric,
  rate double precision,
  score double precision,
  weight real,
  code char(3),
  name varchar(100) NOT NULL,
  title varchar(50) DEFAULT 'n/a',
  local_name varchar(80),
  notes text,
  photo bytea,
  guid bytea DEFAULT uuid_send(gen_random_uuid()),
  born timestamp(0),
  created timestamp(0) DEFAULT CAST(date_trunc('second', statement_timestamp()::timestamp) AS timestamp(0)) NOT NULL,
  updated timestamp(6) DEFAULT statement_timestamp(),
  stamped timestamp(6) with time zone,
  local_ts timestamp(6) with time zone,
  duration interval day to second(6),
  term interval year to month,
  legacy text,
  flag char(1) DEFAULT 'N',
  CHECK (flag IN ('Y', 'N'))
);
COMMENT ON TABLE hr.types_demo IS 'Every kind of column';
COMMENT ON COLUMN hr.types_demo.name IS 'The name; it''s required';

-- table hr.MixedCase [converted]
CREATE TABLE hr."MixedCase" (
  "Id" integer NOT NULL,
  plain_col varchar(10),
  "select" varchar(5),
  PRIMARY KEY ("Id")
);

