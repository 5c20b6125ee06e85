SELECT COUNT(*) = 0 FROM information_schema.triggers WHERE trigger_schema = 'ops';
