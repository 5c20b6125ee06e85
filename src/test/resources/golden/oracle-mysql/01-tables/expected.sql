-- schema hr [converted]
CREATE DATABASE IF NOT EXISTS hr CHARACTER SET utf8mb4;

-- table hr.types_demo [actions]
CREATE TABLE hr.types_demo (
  id BIGINT NOT NULL,
  small_n SMALLINT,
  big_n DECIMAL(19),
  huge_n DECIMAL(38),
  price DECIMAL(12,2) DEFAULT 0,
  ratio DECIMAL(65,30),
  rate DOUBLE,
  score DOUBLE,
  weight FLOAT,
  code CHAR(3),
  name VARCHAR(100) NOT NULL COMMENT 'The name; it''s required',
  title VARCHAR(50) DEFAULT 'n/a',
  local_name VARCHAR(80),
  notes LONGTEXT,
  photo LONGBLOB,
  guid VARBINARY(16) DEFAULT (UUID_TO_BIN(UUID())),
  born DATETIME,
  created DATETIME NOT NULL DEFAULT (CAST(DATE_FORMAT(NOW(6), '%Y-%m-%d %H:%i:%s') AS DATETIME)),
  updated DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  stamped DATETIME(6),
  local_ts DATETIME(6),
  duration DECIMAL(18,6),
  term INT,
  legacy LONGTEXT,
  flag CHAR(1) DEFAULT 'N',
  CHECK (flag IN ('Y', 'N'))
) DEFAULT CHARSET = utf8mb4 COMMENT = 'Every kind of column';

-- table hr.MixedCase [converted]
CREATE TABLE hr.`MixedCase` (
  `Id` INT NOT NULL,
  plain_col VARCHAR(10),
  `select` VARCHAR(5),
  PRIMARY KEY (`Id`)
) DEFAULT CHARSET = utf8mb4;

