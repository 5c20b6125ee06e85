package io.godwit.dialect.mysql;

import io.godwit.ir.SourceSpan;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.LiteralKind;
import java.util.List;

/**
 * EXECUTE IMMEDIATE and sp_executesql as PREPARE and EXECUTE. The statement text goes through the
 * user variable {@code @godwit_sql}, bind arguments through {@code @godwit_p1...}; Oracle's {@code
 * :name} placeholders in literal parts of the text become {@code ?}. INTO reads the row into
 * {@code @godwit_o1...} and copies it to the targets, raising NO_DATA_FOUND when there is none.
 */
final class MyDynamicSql {

  private MyDynamicSql() {}

  /**
   * Writes the statements; {@code rowCount} also keeps ROW_COUNT() of the EXECUTE in the row-count
   * variable (DEALLOCATE would reset it).
   */
  static void execute(
      MyRender r, Expr sql, List<Expr> using, List<Expr> into, SourceSpan span, boolean rowCount) {
    boolean[] rewritten = {false};
    Expr text = placeholders(sql, rewritten);
    if (!using.isEmpty() && !rewritten[0]) {
      r.itemHere(
          MyItems.DYNAMIC_SQL,
          "the bind placeholders of this dynamic statement could not be rewritten to ?",
          span,
          null);
    }
    List<String> targets = into.isEmpty() ? List.of() : MyVariables.intoTargets(r, into);
    if (!targets.isEmpty()) {
      r.write("BEGIN\n");
      r.out.indent();
      r.write(
          "DECLARE EXIT HANDLER FOR NOT FOUND SIGNAL SQLSTATE '"
              + MyConditions.NO_DATA
              + "' SET MESSAGE_TEXT = 'no data found';\n");
    }
    r.write("SET @godwit_sql = ");
    if (targets.isEmpty()) {
      r.expr(text);
    } else {
      r.write("CONCAT('SELECT * FROM (', ");
      r.expr(text);
      r.write(", ') AS godwit_q INTO ");
      for (int i = 0; i < targets.size(); i++) {
        r.write((i > 0 ? ", " : "") + "@godwit_o" + (i + 1));
      }
      r.write("')");
    }
    r.write(";\n");
    for (int i = 0; i < using.size(); i++) {
      r.write("SET @godwit_p" + (i + 1) + " = ");
      r.expr(using.get(i));
      r.write(";\n");
    }
    r.write("PREPARE godwit_stmt FROM @godwit_sql;\n");
    r.write("EXECUTE godwit_stmt");
    for (int i = 0; i < using.size(); i++) {
      r.write((i == 0 ? " USING " : ", ") + "@godwit_p" + (i + 1));
    }
    r.write(";\n");
    if (rowCount) {
      r.write("SET " + MyRoutineState.ROW_COUNT + " = ROW_COUNT();\n");
    }
    r.write("DEALLOCATE PREPARE godwit_stmt;\n");
    for (int i = 0; i < targets.size(); i++) {
      r.write("SET " + targets.get(i) + " = @godwit_o" + (i + 1) + ";\n");
    }
    if (!targets.isEmpty()) {
      r.out.dedent();
      r.write("END;\n");
    }
  }

  /** The statement text with :name and :1 placeholders in its literal parts replaced by ?. */
  private static Expr placeholders(Expr sql, boolean[] rewritten) {
    if (sql instanceof Expr.EmbeddedSql) {
      rewritten[0] = true;
      return sql;
    }
    if (sql instanceof Expr.Literal l
        && (l.kind() == LiteralKind.STRING || l.kind() == LiteralKind.NATIONAL_STRING)) {
      String out = rewrite(l.value());
      if (!out.equals(l.value())) {
        rewritten[0] = true;
      }
      return Expr.Literal.string(out);
    }
    if (sql instanceof Expr.Binary b
        && (b.op() == BinaryOp.CONCAT || b.op() == BinaryOp.CONCAT_NULL_AS_EMPTY)) {
      return new Expr.Binary(
          b.op(), placeholders(b.left(), rewritten), placeholders(b.right(), rewritten));
    }
    return sql;
  }

  /** Scans SQL text: outside quotes, {@code :word} becomes {@code ?}. */
  static String rewrite(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        int end = i + 1;
        while (end < n) {
          if (text.charAt(end) == c) {
            if (end + 1 < n && text.charAt(end + 1) == c) {
              end += 2;
              continue;
            }
            break;
          }
          end++;
        }
        end = Math.min(n, end + 1);
        out.append(text, i, end);
        i = end;
        continue;
      }
      if (c == ':'
          && i + 1 < n
          && isWordStart(text.charAt(i + 1))
          && (i == 0 || text.charAt(i - 1) != ':')) {
        int end = i + 1;
        while (end < n && isWordChar(text.charAt(end))) {
          end++;
        }
        out.append('?');
        i = end;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static boolean isWordStart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '#';
  }
}
