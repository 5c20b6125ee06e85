-- type shape [actions]
CREATE TYPE shape AS (
  w numeric,
  h numeric
);

-- type SHAPE [failed]

-- type point_t [converted]
CREATE TYPE point_t AS (
  x numeric,
  y numeric
);

-- function origin_dist [converted]
CREATE OR REPLACE FUNCTION origin_dist(px numeric, py numeric)
RETURNS numeric
LANGUAGE plpgsql
AS $body$
#variable_conflict use_column
DECLARE
  p point_t;
BEGIN
  p := CAST((px, py) AS point_t);
  RETURN abs(p.x) + abs(p.y);
END;
$body$;

