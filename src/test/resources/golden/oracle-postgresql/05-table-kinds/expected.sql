-- schema app [converted]
CREATE SCHEMA IF NOT EXISTS app;

-- table app.session_cart [actions]
CREATE TABLE app.session_cart (
  item_id bigint,
  qty integer
);

-- table app.tx_scratch [actions]
CREATE TABLE app.tx_scratch (
  k varchar(30),
  v varchar(4000)
);

-- table app.events [actions]
CREATE TABLE app.events (
  event_id bigint NOT NULL,
  happened timestamp(0) NOT NULL,
  payload varchar(4000),
  PRIMARY KEY (event_id)
);

-- table app.lookup [actions]
CREATE TABLE app.lookup (
  code varchar(10) NOT NULL,
  label varchar(100),
  PRIMARY KEY (code)
);

-- table APP.EXT_FEED [failed]

-- table app.copy_of_lookup [converted]
CREATE TABLE app.copy_of_lookup AS
SELECT *
FROM app.lookup;

-- table app.measures [actions]
CREATE TABLE app.measures (
  id bigint NOT NULL,
  net numeric(10,2),
  gross numeric(10,2) GENERATED ALWAYS AS (net * 1.2) STORED,
  secret varchar(20),
  PRIMARY KEY (id)
);

