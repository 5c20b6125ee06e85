-- VARCHAR2 sizes in utf8mb4 against MySQL's 65,535-byte row limit: the widest columns become TEXT.
CREATE TABLE docs.pages (
  id NUMBER(10) PRIMARY KEY,
  title VARCHAR2(200 CHAR),
  body1 VARCHAR2(4000 CHAR),
  body2 VARCHAR2(4000 CHAR),
  body3 VARCHAR2(4000 CHAR),
  body4 VARCHAR2(4000 CHAR),
  body5 VARCHAR2(4000 CHAR),
  body6 VARCHAR2(4000 CHAR),
  small VARCHAR2(10)
);
CREATE INDEX docs.pages_title_ix ON docs.pages (title);
