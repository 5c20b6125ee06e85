CALL counter_pkg.bump('a');
CALL counter_pkg.bump('a');
CALL counter_pkg.bump('b');
SELECT counter_pkg.label('a') = 'ID-2' AND counter_pkg.label('b') = 'ID-1';
SELECT current_setting('counter_pkg.g_calls') = '3';
SELECT current_setting('counter_pkg.g_started') <> '';
SELECT counter_pkg.describe(1) = 'number' AND counter_pkg.describe('x') = 'text';
SELECT util.tag(7) = 'ID-7';
