SELECT to_regclass('after_bad') IS NOT NULL AND to_regclass('before_bad') IS NOT NULL;
SELECT after_fn() = 42;
