SELECT string_agg(v::text, ',' ORDER BY v) = '2,4,6,8' FROM first_evens;
SELECT sum_evens(3) = 12;
SELECT count_big(25) = 3;
SELECT join_names() = 'ann,bob';
