SELECT labelled_sum(10) = 6 AND labelled_sum(2) = 3;
