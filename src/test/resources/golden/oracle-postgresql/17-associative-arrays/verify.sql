SELECT squares_sum(3) = 1403;
SELECT squares_sum(0) = 0;
SELECT countdown(3) = 'n3n2n1';
SELECT rate_of('USD') = 0.9 AND rate_of('EUR') = 1;
