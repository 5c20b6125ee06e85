SELECT squares_sum(3) = 1403;
SELECT squares_sum(0) = 0;
SELECT countdown(3) = 'n3n2n1';
