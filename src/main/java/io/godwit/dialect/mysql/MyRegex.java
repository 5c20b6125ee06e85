package io.godwit.dialect.mysql;

import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.expr.Expr;
import java.math.BigDecimal;
import java.util.List;

/**
 * Oracle's regular-expression functions as MySQL's. MySQL 8.0 (ICU) has REGEXP_LIKE, _REPLACE,
 * _SUBSTR and _INSTR with position, occurrence and match-type arguments; the match type is always
 * given because MySQL's default follows the (case-insensitive) collation while Oracle's is
 * case-sensitive. MariaDB (PCRE) takes subject and pattern only: flags become inline options in
 * front of the pattern, and other arguments must be their defaults.
 */
final class MyRegex {

  private final MyRender r;

  MyRegex(MyRender render) {
    this.r = render;
  }

  void write(Expr.Builtin e) {
    List<Expr> a = e.args();
    switch (e.fn()) {
      case REGEXP_LIKE -> like(e, a);
      case REGEXP_REPLACE -> replace(e, a);
      case REGEXP_SUBSTR -> substr(e, a);
      case REGEXP_INSTR -> instr(e, a);
      default -> count(e, a);
    }
  }

  private static Expr arg(List<Expr> a, int i) {
    return i < a.size() ? a.get(i) : null;
  }

  private void like(Expr.Builtin e, List<Expr> a) {
    Expr flags = arg(a, 2);
    if (r.target.icuRegexp()) {
      r.write("REGEXP_LIKE(");
      r.expr(a.get(0));
      r.write(", ");
      pattern(a.get(1), flags, e, false);
      r.write(", ");
      matchType(flags, e);
      r.write(")");
      return;
    }
    r.write("(");
    r.operand(a.get(0), MyExpressions.COMPARE, false);
    r.write(" REGEXP ");
    pattern(a.get(1), flags, e, true);
    r.write(")");
  }

  private void replace(Expr.Builtin e, List<Expr> a) {
    Expr start = arg(a, 3);
    Expr occurrence = arg(a, 4);
    Expr flags = arg(a, 5);
    r.write("REGEXP_REPLACE(");
    r.expr(a.get(0));
    r.write(", ");
    pattern(a.get(1), flags, e, !r.target.icuRegexp());
    r.write(", ");
    replacement(arg(a, 2), e);
    if (r.target.icuRegexp()) {
      r.write(", ");
      numberOr(start, "1");
      r.write(", ");
      numberOr(occurrence, "0");
      r.write(", ");
      matchType(flags, e);
    } else {
      defaultsOnly(e, start, "1", occurrence, "0");
    }
    r.write(")");
  }

  private void substr(Expr.Builtin e, List<Expr> a) {
    Expr start = arg(a, 2);
    Expr occurrence = arg(a, 3);
    Expr flags = arg(a, 4);
    Expr group = arg(a, 5);
    SqlWriter.Mark mark = r.out.mark();
    r.write("REGEXP_SUBSTR(");
    r.expr(a.get(0));
    r.write(", ");
    pattern(a.get(1), flags, e, !r.target.icuRegexp());
    if (r.target.icuRegexp()) {
      r.write(", ");
      numberOr(start, "1");
      r.write(", ");
      numberOr(occurrence, "1");
      r.write(", ");
      matchType(flags, e);
    } else {
      defaultsOnly(e, start, "1", occurrence, "1");
    }
    r.write(")");
    if (group != null && !isNumber(group, "0")) {
      r.itemSince(
          mark,
          MyItems.REGEXP,
          "MySQL's REGEXP_SUBSTR has no subexpression argument: the whole match is returned",
          e.span(),
          null);
    }
  }

  private void instr(Expr.Builtin e, List<Expr> a) {
    Expr start = arg(a, 2);
    Expr occurrence = arg(a, 3);
    Expr returnOption = arg(a, 4);
    Expr flags = arg(a, 5);
    r.write("REGEXP_INSTR(");
    r.expr(a.get(0));
    r.write(", ");
    pattern(a.get(1), flags, e, !r.target.icuRegexp());
    if (r.target.icuRegexp()) {
      r.write(", ");
      numberOr(start, "1");
      r.write(", ");
      numberOr(occurrence, "1");
      r.write(", ");
      numberOr(returnOption, "0");
      r.write(", ");
      matchType(flags, e);
    } else {
      defaultsOnly(e, start, "1", occurrence, "1");
      if (returnOption != null && !isNumber(returnOption, "0")) {
        r.itemHere(
            MyItems.REGEXP,
            "MariaDB's REGEXP_INSTR returns the start of the match only",
            e.span(),
            null);
      }
    }
    r.write(")");
    if (arg(a, 6) != null) {
      r.itemHere(
          MyItems.REGEXP, "REGEXP_INSTR's subexpression argument is not kept", e.span(), null);
    }
  }

  private void count(Expr.Builtin e, List<Expr> a) {
    Expr flags = arg(a, 3);
    String fn = r.target.icuRegexp() ? "regexp_count_icu" : "regexp_count_pcre";
    r.write(r.compatFunction(fn) + "(");
    r.expr(a.get(0));
    r.write(", ");
    pattern(a.get(1), flags, e, !r.target.icuRegexp());
    r.write(", ");
    numberOr(arg(a, 2), "1");
    r.write(", ");
    if (r.target.icuRegexp()) {
      matchType(flags, e);
    } else {
      r.write("''");
    }
    r.write(")");
  }

  private void numberOr(Expr e, String fallback) {
    if (e == null) {
      r.write(fallback);
    } else {
      r.expr(e);
    }
  }

  private static boolean isNumber(Expr e, String value) {
    BigDecimal v = MyTypeOf.numberValue(e);
    return v != null && v.compareTo(new BigDecimal(value)) == 0;
  }

  /** MariaDB: position and occurrence arguments must be their defaults. */
  private void defaultsOnly(Expr.Builtin e, Expr start, String s, Expr occurrence, String o) {
    boolean ok =
        (start == null || isNumber(start, s)) && (occurrence == null || isNumber(occurrence, o));
    if (!ok) {
      r.itemHere(
          MyItems.REGEXP,
          "MariaDB's " + e.fn() + " has no position or occurrence argument: they are left out",
          e.span(),
          null);
    }
  }

  /**
   * The pattern; on MariaDB with the Oracle flags as inline options in front ({@code (?-i)} for
   * Oracle's case-sensitive default).
   */
  private void pattern(Expr p, Expr flags, Expr.Builtin e, boolean inline) {
    if (!inline) {
      r.expr(p);
      return;
    }
    String options = inlineOptions(flags, e);
    String literal = MyTypeOf.stringValue(p);
    if (literal != null) {
      r.write(MySqlNames.literal(options + literal));
      return;
    }
    r.write("CONCAT(" + MySqlNames.literal(options) + ", ");
    r.expr(p);
    r.write(")");
  }

  private String inlineOptions(Expr flags, Expr.Builtin e) {
    String text = flags == null ? "" : MyTypeOf.stringValue(flags);
    if (text == null) {
      r.itemHere(
          MyItems.REGEXP,
          "regular-expression flags computed at run time cannot be written into the pattern:"
              + " the match is case-sensitive",
          e.span(),
          null);
      text = "";
    }
    StringBuilder on = new StringBuilder();
    boolean insensitive = text.lastIndexOf('i') > text.lastIndexOf('c');
    on.append(insensitive ? "i" : "");
    if (text.indexOf('n') >= 0) {
      on.append('s');
    }
    if (text.indexOf('m') >= 0) {
      on.append('m');
    }
    if (text.indexOf('x') >= 0) {
      on.append('x');
    }
    return "(?" + on + (insensitive ? "" : "-i") + ")";
  }

  /** The MySQL match type for Oracle flags: c unless i wins, plus n and m; x as an item. */
  private void matchType(Expr flags, Expr.Builtin e) {
    if (flags == null) {
      r.write("'c'");
      return;
    }
    String text = MyTypeOf.stringValue(flags);
    if (text == null) {
      SqlWriter.Mark start = r.out.mark();
      r.expr(flags);
      r.itemSince(
          start,
          MyItems.REGEXP,
          "regular-expression flags computed at run time are passed unchanged",
          e.span(),
          null);
      return;
    }
    boolean insensitive = text.lastIndexOf('i') > text.lastIndexOf('c');
    StringBuilder m = new StringBuilder(insensitive ? "i" : "c");
    if (text.indexOf('n') >= 0) {
      m.append('n');
    }
    if (text.indexOf('m') >= 0) {
      m.append('m');
    }
    r.write("'" + m + "'");
    if (text.indexOf('x') >= 0) {
      r.itemHere(
          MyItems.REGEXP,
          "Oracle's x flag (ignore whitespace) has no MySQL match type: write (?x) into the"
              + " pattern",
          e.span(),
          text);
    }
  }

  /**
   * The replacement: Oracle writes back-references as \1, MySQL's ICU as $1 (and a literal $ as
   * \$); MariaDB's PCRE takes \1 like Oracle.
   */
  private void replacement(Expr repl, Expr.Builtin e) {
    if (repl == null) {
      r.write("''");
      return;
    }
    if (!r.target.icuRegexp()) {
      r.expr(repl);
      return;
    }
    String text = MyTypeOf.stringValue(repl);
    if (text == null) {
      SqlWriter.Mark start = r.out.mark();
      r.expr(repl);
      r.itemSince(
          start,
          MyItems.REGEXP,
          "a replacement computed at run time: back-references must be written $1, not \\1",
          e.span(),
          null);
      return;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
        out.append('$').append(text.charAt(i + 1));
        i++;
      } else if (c == '$') {
        out.append("\\$");
      } else {
        out.append(c);
      }
    }
    r.write(MySqlNames.literal(out.toString()));
  }
}
