-- schema docs [converted]
CREATE DATABASE IF NOT EXISTS docs CHARACTER SET utf8mb4;

-- table docs.pages [converted]
CREATE TABLE docs.pages (
  id BIGINT NOT NULL,
  title VARCHAR(200),
  body1 TEXT,
  body2 TEXT,
  body3 VARCHAR(4000),
  body4 VARCHAR(4000),
  body5 VARCHAR(4000),
  body6 VARCHAR(4000),
  small VARCHAR(10),
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

-- index docs.pages_title_ix [converted]
CREATE INDEX pages_title_ix ON docs.pages (title);

