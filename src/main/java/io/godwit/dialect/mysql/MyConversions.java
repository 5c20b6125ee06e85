package io.godwit.dialect.mysql;

import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.SqlType;
import io.godwit.ir.expr.Expr;
import java.util.List;
import java.util.Locale;

/**
 * TO_CHAR, TO_DATE, TO_TIMESTAMP and TO_NUMBER with Oracle format models: DATE_FORMAT and
 * STR_TO_DATE for dates, Godwit's number formatting function for number models.
 */
final class MyConversions {

  private final MyRender r;

  MyConversions(MyRender render) {
    this.r = render;
  }

  void write(Expr.Builtin e) {
    switch (e.fn()) {
      case TO_CHAR -> toChar(e);
      case TO_DATE -> toDate(e, false);
      case TO_TIMESTAMP -> toDate(e, true);
      default -> toNumber(e);
    }
  }

  private void toChar(Expr.Builtin e) {
    List<Expr> a = e.args();
    Expr value = a.get(0);
    if (a.size() == 1) {
      SqlType t = MyTypeOf.of(value);
      if (t != null && t.isNumeric() && !MyTypeOf.isInteger(t)) {
        // Oracle writes numbers in their shortest form: 3.5, .5, -.25.
        r.write(r.compatFunction("to_char") + "(");
        r.expr(value);
        r.write(")");
        return;
      }
      // CONCAT gives the string form with a coercible collation, where CAST(... AS CHAR) would
      // clash with variables of the database's collation.
      r.write("CONCAT(");
      r.expr(value);
      r.write(")");
      return;
    }
    String model = MyTypeOf.stringValue(a.get(1));
    if (model == null) {
      SqlWriter.Mark start = r.out.mark();
      r.write("DATE_FORMAT(");
      r.expr(value);
      r.write(", ");
      r.expr(a.get(1));
      r.write(")");
      r.itemSince(
          start,
          MyItems.FORMAT_MODEL,
          "a format model computed at run time is passed to DATE_FORMAT unchanged",
          e.span(),
          null);
      return;
    }
    SqlType t = MyTypeOf.of(value);
    boolean number = t != null ? t.isNumeric() : MyFormatModels.isNumberModel(model);
    if (number && MyFormatModels.isNumberModel(model)) {
      numberModel(value, model, e);
      return;
    }
    MyFormatModels.DateModel dm = MyFormatModels.date(model);
    SqlWriter.Mark start = r.out.mark();
    List<MyFormatModels.Piece> pieces = dm.pieces();
    if (pieces.size() != 1) {
      r.write("CONCAT(");
    }
    for (int i = 0; i < pieces.size(); i++) {
      if (i > 0) {
        r.write(", ");
      }
      piece(pieces.get(i), value);
    }
    if (pieces.isEmpty()) {
      r.write("''");
    }
    if (pieces.size() != 1) {
      r.write(")");
    }
    if (dm.unsupported() != null) {
      r.itemSince(
          start,
          MyItems.FORMAT_MODEL,
          "format element " + dm.unsupported() + " has no MySQL equivalent: it is left out",
          e.span(),
          model);
    }
  }

  private void piece(MyFormatModels.Piece p, Expr value) {
    if (p.fn() == null) {
      r.write("DATE_FORMAT(");
      r.expr(value);
      r.write(", " + MySqlNames.literal(p.format()) + ")");
      return;
    }
    String fn = p.fn();
    int start = 0;
    for (int i = 0; i < fn.length(); i++) {
      if (fn.charAt(i) == '?') {
        r.write(fn.substring(start, i));
        r.expr(value);
        start = i + 1;
      }
    }
    r.write(fn.substring(start));
  }

  private void numberModel(Expr value, String model, Expr.Builtin e) {
    MyFormatModels.NumberModel m = MyFormatModels.number(model);
    SqlWriter.Mark start = r.out.mark();
    r.write(r.compatFunction("to_char_number") + "(");
    r.expr(value);
    r.write(
        ", "
            + m.decimals()
            + ", "
            + m.minInteger()
            + ", "
            + m.maxInteger()
            + ", "
            + (m.grouping() ? "TRUE" : "FALSE")
            + ", "
            + (m.fm() ? "TRUE" : "FALSE")
            + ", "
            + m.width()
            + ", "
            + m.trailingNines()
            + ", "
            + (m.currency() ? "TRUE" : "FALSE")
            + ")");
    if (m.unsupported() != null) {
      r.itemSince(
          start,
          MyItems.FORMAT_MODEL,
          "number format element " + m.unsupported() + " is not kept",
          e.span(),
          model);
    }
  }

  /** TO_DATE gives a date-time; without a time in the model STR_TO_DATE gives a DATE. */
  private void toDate(Expr.Builtin e, boolean timestamp) {
    List<Expr> a = e.args();
    String type = timestamp ? "DATETIME(6)" : "DATETIME";
    if (a.size() == 1) {
      r.write("CAST(");
      r.expr(a.get(0));
      r.write(" AS " + type + ")");
      return;
    }
    String model = MyTypeOf.stringValue(a.get(1));
    SqlWriter.Mark start = r.out.mark();
    r.write("CAST(STR_TO_DATE(");
    r.expr(a.get(0));
    r.write(", ");
    if (model == null) {
      r.expr(a.get(1));
      r.write(") AS " + type + ")");
      r.itemSince(
          start,
          MyItems.FORMAT_MODEL,
          "a format model computed at run time is passed to STR_TO_DATE unchanged",
          e.span(),
          null);
      return;
    }
    MyFormatModels.ParseModel pm = MyFormatModels.parse(model);
    r.write(MySqlNames.literal(pm.format()) + ") AS " + type + ")");
    if (pm.unsupported() != null) {
      r.itemSince(
          start,
          MyItems.FORMAT_MODEL,
          "format element " + pm.unsupported() + " cannot be parsed by STR_TO_DATE",
          e.span(),
          model);
    }
  }

  /** TO_NUMBER: group separators and currency symbols of the model removed, then CAST. */
  private void toNumber(Expr.Builtin e) {
    List<Expr> a = e.args();
    r.write("CAST(");
    String model = a.size() > 1 ? MyTypeOf.stringValue(a.get(1)) : null;
    String upper = model == null ? "" : model.toUpperCase(Locale.ROOT);
    boolean groups = upper.indexOf(',') >= 0 || upper.indexOf('G') >= 0;
    boolean dollar = upper.indexOf('$') >= 0;
    if (groups) {
      r.write("REPLACE(");
    }
    if (dollar) {
      r.write("REPLACE(");
    }
    r.expr(a.get(0));
    if (dollar) {
      r.write(", '$', '')");
    }
    if (groups) {
      r.write(", ',', '')");
    }
    r.write(" AS " + MyTypes.WIDE_DECIMAL + ")");
    if (a.size() > 1 && model == null) {
      r.itemHere(
          MyItems.FORMAT_MODEL,
          "TO_NUMBER with a format computed at run time: the text is cast as it is",
          e.span(),
          null);
    }
  }
}
