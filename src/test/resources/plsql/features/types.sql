-- Object types, collection types and type bodies.
CREATE OR REPLACE TYPE hr.number_tab AS TABLE OF NUMBER;
/
CREATE OR REPLACE TYPE hr.name_list IS VARRAY(100) OF VARCHAR2(50) NOT NULL;
/
CREATE TYPE hr.phone_varray AS VARYING ARRAY (5) OF VARCHAR2(20);
/
CREATE OR REPLACE TYPE hr.address_t FORCE AS OBJECT (
  street   VARCHAR2(100),
  city     VARCHAR2(50),
  zip      VARCHAR2(10),
  CONSTRUCTOR FUNCTION address_t (street VARCHAR2, city VARCHAR2) RETURN SELF AS RESULT,
  MEMBER FUNCTION full_address RETURN VARCHAR2,
  MEMBER PROCEDURE normalize (SELF IN OUT NOCOPY address_t),
  STATIC FUNCTION parse (p_text VARCHAR2) RETURN address_t,
  MAP MEMBER FUNCTION sort_key RETURN VARCHAR2,
  PRAGMA RESTRICT_REFERENCES (full_address, WNDS)
) NOT FINAL INSTANTIABLE;
/
CREATE OR REPLACE TYPE hr.person_t AUTHID DEFINER AS OBJECT (
  id        NUMBER,
  name      VARCHAR2(100),
  address   hr.address_t,
  phones    hr.phone_varray,
  ORDER MEMBER FUNCTION compare (other person_t) RETURN INTEGER,
  NOT FINAL MEMBER FUNCTION describe RETURN VARCHAR2
) NOT FINAL NOT INSTANTIABLE;
/
CREATE OR REPLACE TYPE hr.manager_t UNDER hr.person_t (
  reports_count NUMBER,
  OVERRIDING MEMBER FUNCTION describe RETURN VARCHAR2
) FINAL;
/
CREATE OR REPLACE TYPE hr.emp_t AS OBJECT (id NUMBER, name VARCHAR2(100));
/
CREATE OR REPLACE TYPE hr.emp_tab AS TABLE OF hr.emp_t;
/
CREATE TYPE hr.forward_t;
/
CREATE OR REPLACE TYPE BODY hr.address_t AS
  CONSTRUCTOR FUNCTION address_t (street VARCHAR2, city VARCHAR2) RETURN SELF AS RESULT IS
  BEGIN
    SELF.street := street;
    SELF.city := city;
    SELF.zip := NULL;
    RETURN;
  END;

  MEMBER FUNCTION full_address RETURN VARCHAR2 IS
  BEGIN
    RETURN street || ', ' || city || CASE WHEN zip IS NOT NULL THEN ' ' || zip END;
  END full_address;

  MEMBER PROCEDURE normalize (SELF IN OUT NOCOPY address_t) IS
  BEGIN
    street := INITCAP(TRIM(street));
    city := UPPER(city);
  END normalize;

  STATIC FUNCTION parse (p_text VARCHAR2) RETURN address_t IS
    v_pos PLS_INTEGER := INSTR(p_text, ',');
  BEGIN
    RETURN address_t(SUBSTR(p_text, 1, v_pos - 1), TRIM(SUBSTR(p_text, v_pos + 1)));
  END;

  MAP MEMBER FUNCTION sort_key RETURN VARCHAR2 IS
  BEGIN
    RETURN city || street;
  END;
END;
/
CREATE OR REPLACE TYPE BODY hr.person_t IS
  ORDER MEMBER FUNCTION compare (other person_t) RETURN INTEGER IS
  BEGIN
    RETURN SIGN(id - other.id);
  END compare;
  MEMBER FUNCTION describe RETURN VARCHAR2 IS
  BEGIN
    RETURN name || ' (' || address.full_address() || ')';
  END describe;
END;
/
ALTER TYPE hr.person_t ADD ATTRIBUTE (email VARCHAR2(100)) CASCADE;
