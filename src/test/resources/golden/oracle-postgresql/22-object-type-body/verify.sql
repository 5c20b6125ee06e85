SELECT origin_dist(3, -4) = 7;
