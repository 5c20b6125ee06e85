SELECT string_agg(t::text, ',' ORDER BY t) = '10,20,30' FROM tens(3) t;
SELECT count(*) = 0 FROM tens(0);
SELECT string_agg(k || ':' || v, ',' ORDER BY k) = '1:v1,2:v2,3:v3' FROM pair_view;
