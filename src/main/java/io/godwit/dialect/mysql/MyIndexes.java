package io.godwit.dialect.mysql;

import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.Ident;
import io.godwit.ir.NullsOrder;
import io.godwit.ir.SortOrder;
import io.godwit.ir.SqlType;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CREATE INDEX as MySQL. A key on LEFT(col, n) or SUBSTR(col, 1, n) is a prefix key {@code col(n)}
 * (the same uniqueness); other expressions are functional key parts on MySQL and, on MariaDB, an
 * invisible virtual column indexed instead. Text columns wider than a key allows get a prefix.
 * MySQL has no partial indexes and no INCLUDE: included columns of a non-unique index are added to
 * the key.
 */
final class MyIndexes {

  private final MyRender r;

  MyIndexes(MyRender render) {
    this.r = render;
  }

  void index(Ddl.CreateIndex i) {
    SqlWriter.Mark start = r.out.mark();
    // MariaDB: expression keys become invisible virtual columns, added before the index.
    List<String> hidden = new ArrayList<>();
    int k = 0;
    for (Ddl.IndexKeyDef key : i.keys()) {
      k++;
      hidden.add(needsHiddenColumn(key.expr()) ? hiddenColumn(i, key.expr(), k) : null);
    }
    boolean keys = false;
    for (int n = 0; n < i.keys().size(); n++) {
      keys |= !(hidden.get(n) != null && hidden.get(n).isEmpty());
    }
    if (!keys && i.include().isEmpty()) {
      r.write("-- index " + r.names.ident(i.name().last()) + " not created\n");
      return;
    }
    int prefix = prefixBudget(i, hidden);
    r.write(i.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
    r.ident(i.name().last());
    r.write(" ON ");
    r.table(i.table());
    r.write(" (");
    boolean first = true;
    boolean nullsOrder = false;
    for (int n = 0; n < i.keys().size(); n++) {
      Ddl.IndexKeyDef key = i.keys().get(n);
      String h = hidden.get(n);
      if (h != null && h.isEmpty()) {
        continue;
      }
      if (!first) {
        r.write(", ");
      }
      first = false;
      if (h != null) {
        r.write(MyNames.quote(h));
      } else {
        keyPart(key.expr(), i.unique(), prefix);
      }
      if (key.order() == SortOrder.DESC) {
        r.write(" DESC");
      }
      nullsOrder |= key.nulls() != NullsOrder.DEFAULT;
    }
    if (!i.unique()) {
      for (Ident c : i.include()) {
        r.write(first ? "" : ", ");
        first = false;
        r.ident(c);
      }
    }
    r.write(");\n");
    String method = i.method() == null ? null : i.method().toLowerCase(Locale.ROOT);
    if (method != null && !method.equals("btree")) {
      r.itemSince(
          start,
          MyItems.INDEX_METHOD,
          "a " + method + " index is created as a B-tree index",
          i.span(),
          method);
    }
    if (nullsOrder) {
      r.itemSince(
          start,
          MyItems.INDEX_METHOD,
          "NULLS FIRST/LAST has no meaning in a MySQL index",
          i.span(),
          null);
    }
    if (i.where() != null) {
      r.itemSince(
          start,
          MyItems.PARTIAL_INDEX,
          i.unique()
              ? "MySQL has no partial indexes: the unique index covers every row, so it is"
                  + " stricter than the source's"
              : "MySQL has no partial indexes: the index covers every row",
          i.span(),
          null);
    }
    if (!i.include().isEmpty() && i.unique()) {
      r.itemSince(
          start,
          MyItems.PARTIAL_INDEX,
          "MySQL has no INCLUDE columns: they are not in this unique index",
          i.span(),
          null);
    }
  }

  /** Whether a key needs MariaDB's invisible column: an expression that is not a prefix. */
  private boolean needsHiddenColumn(Expr e) {
    return !(e instanceof Expr.ColumnRef)
        && prefixColumn(e) == null
        && !r.target.functionalIndexes();
  }

  /**
   * Writes the ALTER TABLE adding an invisible virtual column for an expression key and returns the
   * column's name, or "" (after an item) when the expression's type is not known.
   */
  private String hiddenColumn(Ddl.CreateIndex i, Expr e, int position) {
    SqlType type = MyTypeOf.of(e);
    String typeText = type == null ? null : r.types.column(type).text();
    if (typeText == null || typeText.endsWith("TEXT") || typeText.endsWith("BLOB")) {
      r.unsupported(
          MyItems.EXPRESSION_INDEX,
          "the type of index expression "
              + position
              + " of "
              + i.name().last().text()
              + " is not known: add a VIRTUAL column with it and index that",
          i.span(),
          "expression key " + position,
          "--");
      r.write("\n");
      return "";
    }
    String column = r.names.naming().fit(r.names.text(i.name().last()) + "$" + position);
    SqlWriter.Mark start = r.out.mark();
    r.write("ALTER TABLE ");
    r.table(i.table());
    r.write(" ADD COLUMN IF NOT EXISTS " + MyNames.quote(column) + " " + typeText + " AS (");
    r.expr(e);
    r.write(") VIRTUAL INVISIBLE;\n");
    if (hasStringLiteral(e)) {
      r.itemSince(
          start,
          MyItems.EXPRESSION_INDEX,
          "MariaDB rejects a generated column whose string literals need a character-set"
              + " conversion: check that index expression "
              + position
              + " of "
              + i.name().last().text()
              + " is created, else index a stored column filled by the application",
          i.span(),
          null);
    }
    return column;
  }

  /** Whether a string literal occurs in {@code e} (through calls and operators). */
  private static boolean hasStringLiteral(Expr e) {
    if (e instanceof Expr.Literal l) {
      return l.kind() == io.godwit.ir.expr.LiteralKind.STRING
          || l.kind() == io.godwit.ir.expr.LiteralKind.NATIONAL_STRING;
    }
    if (e instanceof Expr.Builtin b) {
      return b.args().stream().anyMatch(MyIndexes::hasStringLiteral);
    }
    if (e instanceof Expr.FunctionCall f) {
      return f.args().stream().anyMatch(MyIndexes::hasStringLiteral);
    }
    if (e instanceof Expr.Binary b) {
      return hasStringLiteral(b.left()) || hasStringLiteral(b.right());
    }
    if (e instanceof Expr.Cast c) {
      return hasStringLiteral(c.value());
    }
    return false;
  }

  private void keyPart(Expr e, boolean unique, int prefix) {
    if (e instanceof Expr.ColumnRef c) {
      r.write(column(c, unique, prefix));
      return;
    }
    Expr.ColumnRef prefixOf = prefixColumn(e);
    if (prefixOf != null) {
      r.write(r.names.ident(prefixOf.name().last()) + "(" + prefixLength(e) + ")");
      return;
    }
    // MySQL 8.0.13 functional key part.
    r.write("(");
    r.expr(e);
    r.write(")");
  }

  /** The rendered type of a key column when its type is known, else null. */
  private String typeOf(Expr.ColumnRef c) {
    return c.type() == null ? null : r.types.column(c.type()).text();
  }

  /**
   * The characters each text column of the key may cover so the whole key fits InnoDB's 3,072
   * bytes, or 0 when it fits as it is (or a unique key on MariaDB, which hashes long keys).
   */
  private int prefixBudget(Ddl.CreateIndex i, List<String> hidden) {
    if (i.unique() && r.target.mariadb()) {
      return 0;
    }
    int fixed = 0;
    int total = 0;
    int textColumns = 0;
    List<Expr> keys = new ArrayList<>();
    for (int n = 0; n < i.keys().size(); n++) {
      if (hidden.get(n) == null) {
        keys.add(i.keys().get(n).expr());
      } else {
        fixed += 8;
        total += 8;
      }
    }
    for (Expr e : keys) {
      int bytes = 8;
      boolean text = false;
      if (e instanceof Expr.ColumnRef c && typeOf(c) != null) {
        bytes = MyTables.keyBytes(typeOf(c));
        text = MyTables.isCharacter(typeOf(c));
      } else if (prefixColumn(e) != null) {
        bytes = prefixLength(e) * MyTypes.BYTES_PER_CHAR;
      }
      total += bytes;
      if (text) {
        textColumns++;
      } else {
        fixed += bytes;
      }
    }
    for (Ident c : i.unique() ? List.<Ident>of() : i.include()) {
      fixed += 8;
      total += 8;
    }
    if (total <= MyTables.MAX_KEY_BYTES || textColumns == 0) {
      return 0;
    }
    return Math.max(1, (MyTables.MAX_KEY_BYTES - fixed) / MyTypes.BYTES_PER_CHAR / textColumns);
  }

  /**
   * A column key; a text column gets a prefix of {@code prefix} characters when the key would be
   * too wide (for a unique key that changes what is unique: an item).
   */
  private String column(Expr.ColumnRef c, boolean unique, int prefix) {
    String name = r.names.ident(c.name().last());
    String type = typeOf(c);
    if (type == null || prefix == 0 || !MyTables.isCharacter(type)) {
      return name;
    }
    int chars = MyTables.keyBytes(type) / MyTypes.BYTES_PER_CHAR;
    if (chars <= prefix) {
      return name;
    }
    if (unique) {
      r.itemHere(
          MyItems.KEY_LENGTH,
          "unique key on "
              + c.name().last().text()
              + " covers its first "
              + prefix
              + " characters only",
          null,
          null);
    }
    return name + "(" + prefix + ")";
  }

  /** The column of LEFT(col, n) or SUBSTRING(col, 1, n) with a literal n, else null. */
  private static Expr.ColumnRef prefixColumn(Expr e) {
    if (!(e instanceof Expr.Builtin b)) {
      return null;
    }
    List<Expr> a = b.args();
    boolean left = b.fn() == BuiltinFn.LEFT && a.size() == 2;
    boolean substr =
        b.fn() == BuiltinFn.SUBSTRING && a.size() == 3 && isNumber(a.get(1), BigDecimal.ONE);
    if ((left || substr) && a.get(0) instanceof Expr.ColumnRef c) {
      BigDecimal n = MyTypeOf.numberValue(a.get(a.size() - 1));
      if (n != null && n.signum() > 0 && n.stripTrailingZeros().scale() <= 0) {
        return c;
      }
    }
    return null;
  }

  private static int prefixLength(Expr e) {
    List<Expr> a = ((Expr.Builtin) e).args();
    return MyTypeOf.numberValue(a.get(a.size() - 1)).intValue();
  }

  private static boolean isNumber(Expr e, BigDecimal value) {
    BigDecimal v = MyTypeOf.numberValue(e);
    return v != null && v.compareTo(value) == 0;
  }
}
