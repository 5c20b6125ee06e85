SELECT dbg_level() = 0;
