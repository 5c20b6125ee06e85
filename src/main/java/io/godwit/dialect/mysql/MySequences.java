package io.godwit.dialect.mysql;

import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.Expr;
import java.math.BigInteger;

/**
 * Sequences. On MariaDB (setting {@code sequences=native}) they are MariaDB sequences. Otherwise
 * (docs/adr/0011-mysql-sequence-emulation.md) a sequence is a table of the same name with an
 * AUTO_INCREMENT counter, and two functions: {@code <sequence>$nextval()} takes the next number of
 * the counter (never rolled back, never waiting for other transactions, like Oracle's) and maps it
 * to the sequence's values by its start, increment, bounds and cycling; {@code
 * <sequence>$currval()} returns the value this session got last, kept in a user variable.
 */
final class MySequences {

  private static final BigInteger BIGINT_MAX = BigInteger.valueOf(Long.MAX_VALUE - 1);
  private static final BigInteger BIGINT_MIN = BigInteger.valueOf(Long.MIN_VALUE + 1);

  private MySequences() {}

  static void create(MyRender r, Ddl.CreateSequence s) {
    if (r.target.nativeSequences()) {
      nativeSequence(r, s);
    } else {
      emulated(r, s);
    }
  }

  private static void nativeSequence(MyRender r, Ddl.CreateSequence s) {
    BigInteger inc = s.increment() == null ? BigInteger.ONE : s.increment();
    r.write("CREATE SEQUENCE ");
    r.table(s.name());
    if (s.start() != null) {
      r.write(" START WITH " + clamp(s.start()));
    }
    r.write(" INCREMENT BY " + clamp(inc));
    BigInteger min = s.min();
    BigInteger max = s.max();
    if (min != null && min.compareTo(BIGINT_MIN) > 0) {
      r.write(" MINVALUE " + min);
    } else if (inc.signum() < 0 || (s.start() != null && s.start().signum() <= 0)) {
      r.write(" MINVALUE " + BIGINT_MIN);
    }
    if (max != null && max.compareTo(BIGINT_MAX) < 0) {
      r.write(" MAXVALUE " + max);
    } else if (inc.signum() < 0) {
      r.write(" MAXVALUE " + (s.start() == null ? "-1" : s.start().max(BigInteger.valueOf(-1))));
    }
    r.write(s.cache() != null && s.cache() > 1 ? " CACHE " + s.cache() : " NOCACHE");
    r.write(s.cycle() ? " CYCLE" : " NOCYCLE");
    r.write(";\n");
  }

  private static BigInteger clamp(BigInteger v) {
    return v.max(BIGINT_MIN).min(BIGINT_MAX);
  }

  /** The name of a sequence function: {@code <sequence>$nextval} within the name limit. */
  static String function(MyRender r, QName sequence, String which) {
    String name = r.names.naming().fit(r.names.text(sequence.last()) + "$" + which);
    Ident db = r.database(sequence);
    return db == null ? MyNames.quote(name) : r.names.ident(db) + "." + MyNames.quote(name);
  }

  private static String variable(MyRender r, QName sequence) {
    Ident db = r.database(sequence);
    String text =
        (db == null ? "" : r.names.text(db) + ".") + r.names.text(sequence.last()) + "$currval";
    return MyNames.userVariable(text);
  }

  private static void emulated(MyRender r, Ddl.CreateSequence s) {
    SqlWriter.Mark start = r.out.mark();
    BigInteger inc = s.increment() == null ? BigInteger.ONE : s.increment();
    boolean up = inc.signum() >= 0;
    BigInteger min = s.min() != null ? s.min() : up ? BigInteger.ONE : BIGINT_MIN;
    BigInteger max = s.max() != null ? s.max() : up ? BIGINT_MAX : BigInteger.valueOf(-1);
    min = min.max(BIGINT_MIN);
    max = max.min(BIGINT_MAX);
    BigInteger first = s.start() != null ? s.start() : up ? min : max;
    String next = function(r, s.name(), "nextval");
    String curr = function(r, s.name(), "currval");
    String var = variable(r, s.name());
    r.write("CREATE TABLE ");
    r.table(s.name());
    r.write(" (\n  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY\n)");
    r.write(
        " COMMENT = 'Godwit sequence: START WITH "
            + first
            + " INCREMENT BY "
            + inc
            + " MINVALUE "
            + min
            + " MAXVALUE "
            + max
            + (s.cycle() ? " CYCLE" : "")
            + "';\n");
    r.write("DROP FUNCTION IF EXISTS " + next + ";\n");
    r.write("DELIMITER $$\n");
    r.write("CREATE FUNCTION " + next + "() RETURNS BIGINT\n");
    r.write("  NOT DETERMINISTIC MODIFIES SQL DATA\n");
    r.write("BEGIN\n");
    r.write("  DECLARE n DECIMAL(65,0);\n");
    r.write("  DECLARE v DECIMAL(65,0);\n");
    r.write("  INSERT INTO " + r.tableText(s.name()) + " () VALUES ();\n");
    r.write("  SET n = LAST_INSERT_ID();\n");
    r.write("  DELETE FROM " + r.tableText(s.name()) + " WHERE id = n;\n");
    r.write("  SET n = n - 1;\n");
    if (!s.cycle()) {
      r.write("  SET v = " + first + " + n * " + inc + ";\n");
      r.write(
          "  IF v "
              + (up ? "> " + max : "< " + min)
              + " THEN\n"
              + "    SIGNAL SQLSTATE '72000' SET MESSAGE_TEXT = '"
              + MyRender.commentSafe(r.tableText(s.name())).replace("'", "''")
              + ".NEXTVAL exceeds "
              + (up ? "MAXVALUE" : "MINVALUE")
              + "';\n  END IF;\n");
    } else {
      BigInteger step = inc.abs().max(BigInteger.ONE);
      BigInteger firstRun =
          (up ? max.subtract(first) : first.subtract(min)).divide(step).add(BigInteger.ONE);
      BigInteger cycleLength = max.subtract(min).divide(step).add(BigInteger.ONE);
      r.write("  IF n < " + firstRun + " THEN\n");
      r.write("    SET v = " + first + " + n * " + inc + ";\n");
      r.write("  ELSE\n");
      r.write(
          "    SET v = "
              + (up ? min : max)
              + " + MOD(n - "
              + firstRun
              + ", "
              + cycleLength
              + ") * "
              + inc
              + ";\n");
      r.write("  END IF;\n");
    }
    r.write("  SET " + var + " = v;\n");
    r.write("  RETURN v;\n");
    r.write("END$$\n");
    r.write("DELIMITER ;\n");
    r.write("DROP FUNCTION IF EXISTS " + curr + ";\n");
    r.write("DELIMITER $$\n");
    r.write("CREATE FUNCTION " + curr + "() RETURNS BIGINT\n");
    r.write("  NOT DETERMINISTIC NO SQL\n");
    r.write("BEGIN\n");
    r.write("  IF " + var + " IS NULL THEN\n");
    r.write(
        "    SIGNAL SQLSTATE '72000' SET MESSAGE_TEXT = 'CURRVAL is not yet defined in this"
            + " session';\n");
    r.write("  END IF;\n");
    r.write("  RETURN " + var + ";\n");
    r.write("END$$\n");
    r.write("DELIMITER ;\n");
    r.itemSince(
        start,
        MyItems.SEQUENCE_EMULATION,
        "sequence "
            + s.name()
            + " is a table with an AUTO_INCREMENT counter and the functions "
            + next
            + "() and "
            + curr
            + "()",
        s.span(),
        null);
  }

  static void drop(MyRender r, Ddl.Drop d) {
    String ifExists = " IF EXISTS ";
    r.write("DROP TABLE" + ifExists);
    r.table(d.name());
    r.write(";\nDROP FUNCTION" + ifExists + function(r, d.name(), "nextval") + ";\n");
    r.write("DROP FUNCTION" + ifExists + function(r, d.name(), "currval") + ";\n");
  }

  /** {@code seq.NEXTVAL} and {@code seq.CURRVAL}. */
  static void value(MyRender r, Expr.SequenceValue e) {
    if (r.target.nativeSequences()) {
      r.write(e.next() ? "NEXTVAL(" : "LASTVAL(");
      r.table(e.sequence());
      r.write(")");
      return;
    }
    r.write(function(r, e.sequence(), e.next() ? "nextval" : "currval") + "()");
  }
}
