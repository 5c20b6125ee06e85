-- Object types with methods: the attributes become a composite type; methods and the type body
-- are action items.
CREATE OR REPLACE TYPE shape AS OBJECT (
  w NUMBER,
  h NUMBER,
  MEMBER FUNCTION area RETURN NUMBER,
  STATIC FUNCTION unit RETURN shape
);
/
CREATE OR REPLACE TYPE BODY shape AS
  MEMBER FUNCTION area RETURN NUMBER IS
  BEGIN
    RETURN w * h;
  END;
  STATIC FUNCTION unit RETURN shape IS
  BEGIN
    RETURN shape(1, 1);
  END;
END;
/
CREATE OR REPLACE TYPE point_t AS OBJECT (x NUMBER, y NUMBER);
/
CREATE OR REPLACE FUNCTION origin_dist(px NUMBER, py NUMBER) RETURN NUMBER IS
  p point_t;
BEGIN
  p := point_t(px, py);
  RETURN ABS(p.x) + ABS(p.y);
END;
/
