SELECT rate_walk() = 'CHF=3.25;EUR=1.5;USD=2;3:USD:CHF';
SELECT has_rate('EUR') = 1 AND has_rate('USD') = 0;
SELECT missing_rate() = 'no data';
SELECT cleared() = 0;
SELECT case_order() = 'B1a3aa4b2';
