-- schema app [converted]
CREATE DATABASE IF NOT EXISTS app CHARACTER SET utf8mb4;

-- table app.session_cart [actions]
CREATE TABLE app.session_cart (
  item_id BIGINT,
  qty INT
) DEFAULT CHARSET = utf8mb4;

-- table app.tx_scratch [actions]
CREATE TABLE app.tx_scratch (
  k VARCHAR(30),
  v VARCHAR(4000)
) DEFAULT CHARSET = utf8mb4;

-- table app.events [actions]
CREATE TABLE app.events (
  event_id BIGINT NOT NULL,
  happened DATETIME NOT NULL,
  payload VARCHAR(4000),
  PRIMARY KEY (event_id)
) DEFAULT CHARSET = utf8mb4;

-- table app.lookup [actions]
CREATE TABLE app.lookup (
  code VARCHAR(10) NOT NULL,
  label VARCHAR(100),
  PRIMARY KEY (code)
) DEFAULT CHARSET = utf8mb4;

-- table APP.EXT_FEED [failed]

-- table app.copy_of_lookup [converted]
CREATE TABLE app.copy_of_lookup AS
SELECT *
FROM app.lookup;

-- table app.measures [actions]
CREATE TABLE app.measures (
  id BIGINT NOT NULL,
  net DECIMAL(10,2),
  gross DECIMAL(10,2) GENERATED ALWAYS AS (net * 1.2) STORED,
  secret VARCHAR(20),
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

