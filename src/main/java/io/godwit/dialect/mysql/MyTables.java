package io.godwit.dialect.mysql;

import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.Ident;
import io.godwit.ir.SourceSpan;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.LiteralKind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CREATE TABLE and table constraints as MySQL: identity as AUTO_INCREMENT (one per table, always a
 * key), VARCHARs that do not fit the 65,535-byte row as TEXT, keys longer than InnoDB's 3,072 bytes
 * as prefixes, defaults in the forms MySQL accepts.
 */
final class MyTables {

  /** InnoDB's longest index key in bytes. */
  static final int MAX_KEY_BYTES = 3072;

  private final MyRender r;

  /** The rendered type of each column of the table being written, by target name. */
  private final Map<String, String> columnTypes = new HashMap<>();

  MyTables(MyRender render) {
    this.r = render;
  }

  /** A column and what is written for it. */
  private static final class Column {
    final Ddl.ColumnDef def;
    MyTypes.Result type;
    boolean autoIncrement;
    boolean becameText;

    Column(Ddl.ColumnDef def, MyTypes.Result type) {
      this.def = def;
      this.type = type;
    }
  }

  void table(Ddl.CreateTable t) {
    SqlWriter.Mark start = r.out.mark();
    boolean temporary =
        t.kind() == Ddl.TableKind.TEMPORARY_DELETE_ROWS
            || t.kind() == Ddl.TableKind.TEMPORARY_PRESERVE_ROWS;
    Set<String> keyColumns = keyColumns(t.constraints());
    List<Column> columns = new ArrayList<>();
    Column identity = null;
    for (Ddl.ColumnDef c : t.columns()) {
      Column col = new Column(c, r.types.column(c.type()));
      if (c.identity() != null) {
        if (identity == null) {
          identity = col;
          col.autoIncrement = true;
          if (!isIntegerType(col.type.text())) {
            col.type = MyTypes.Result.of("BIGINT");
          }
        } else {
          r.itemHere(
              MyItems.IDENTITY,
              "MySQL allows one AUTO_INCREMENT column per table: "
                  + c.name().text()
                  + " is an ordinary column",
              t.span(),
              null);
        }
      }
      columns.add(col);
      columnTypes.put(r.names.text(c.name()), col.type.text());
    }
    fitRow(columns, keyColumns, t.span());
    if (temporary && r.procedural()) {
      r.write("CREATE TEMPORARY TABLE IF NOT EXISTS ");
    } else {
      r.write("CREATE TABLE ");
    }
    r.table(t.name());
    r.write(" (\n");
    r.out.indent();
    boolean first = true;
    for (Column c : columns) {
      if (!first) {
        r.write(",\n");
      }
      first = false;
      column(c, t);
    }
    for (Ddl.Constraint c : t.constraints()) {
      r.write(",\n");
      constraint(c, columnTypes, t.span());
    }
    if (identity != null && !keyColumns.contains(firstKeyColumn(t, identity))) {
      // MySQL requires the AUTO_INCREMENT column to lead an index.
      r.write(",\nKEY (");
      r.ident(identity.def.name());
      r.write(")");
    }
    r.out.dedent();
    r.write("\n)");
    tableOptions(t, identity);
    r.write(";\n");
    if (temporary && !r.procedural()) {
      r.itemSince(
          start,
          MyItems.TEMPORARY_TABLE,
          "MySQL has no global temporary tables: " + t.name() + " is an ordinary table",
          t.span(),
          "GLOBAL TEMPORARY");
    } else if (temporary && t.kind() == Ddl.TableKind.TEMPORARY_DELETE_ROWS) {
      r.itemSince(
          start,
          MyItems.TEMPORARY_TABLE,
          "MySQL temporary tables keep their rows at COMMIT: delete them where the source relied"
              + " on ON COMMIT DELETE ROWS",
          t.span(),
          "ON COMMIT DELETE ROWS");
    }
  }

  /** The identity column's name if it leads a key, else a name no key has. */
  private String firstKeyColumn(Ddl.CreateTable t, Column identity) {
    String name = r.names.text(identity.def.name());
    for (Ddl.Constraint c : t.constraints()) {
      List<Ident> cols =
          c instanceof Ddl.PrimaryKeyDef pk
              ? pk.columns()
              : c instanceof Ddl.UniqueDef u ? u.columns() : List.of();
      if (!cols.isEmpty() && r.names.text(cols.get(0)).equals(name)) {
        return name;
      }
    }
    return "\u0000";
  }

  private Set<String> keyColumns(List<Ddl.Constraint> constraints) {
    Set<String> keys = new HashSet<>();
    for (Ddl.Constraint c : constraints) {
      if (c instanceof Ddl.PrimaryKeyDef pk) {
        pk.columns().forEach(i -> keys.add(r.names.text(i)));
      } else if (c instanceof Ddl.UniqueDef u) {
        if (!u.columns().isEmpty()) {
          keys.add(r.names.text(u.columns().get(0)));
        }
        u.columns().forEach(i -> keys.add(r.names.text(i)));
      }
    }
    return keys;
  }

  private static boolean isIntegerType(String text) {
    return text != null
        && (text.startsWith("INT")
            || text.startsWith("BIGINT")
            || text.startsWith("SMALLINT")
            || text.startsWith("TINYINT")
            || text.startsWith("MEDIUMINT"));
  }

  /**
   * VARCHAR columns count in full toward MySQL's 65,535-byte row; when the row is too wide the
   * widest ones that are not keys become TEXT until it fits.
   */
  private void fitRow(List<Column> columns, Set<String> keys, SourceSpan span) {
    int total = (columns.size() + 7) / 8;
    for (Column c : columns) {
      total += MyTypes.rowBytes(text(c));
    }
    if (total <= MyTypes.MAX_ROW_BYTES) {
      return;
    }
    List<Column> candidates = new ArrayList<>();
    for (Column c : columns) {
      if (text(c).startsWith("VARCHAR(") && !keys.contains(r.names.text(c.def.name()))) {
        candidates.add(c);
      }
    }
    candidates.sort(Comparator.comparingInt((Column c) -> MyTypes.rowBytes(text(c))).reversed());
    for (Column c : candidates) {
      if (total <= MyTypes.MAX_ROW_BYTES) {
        break;
      }
      int before = MyTypes.rowBytes(text(c));
      Integer chars = c.def.type().size();
      String text = MyTypes.text((long) (chars == null ? 1 : chars) * MyTypes.BYTES_PER_CHAR);
      c.type = new MyTypes.Result(text, c.type.code(), c.type.message());
      c.becameText = true;
      columnTypes.put(r.names.text(c.def.name()), text);
      total += MyTypes.rowBytes(text) - before;
    }
  }

  private static String text(Column c) {
    return c.type.text() == null ? "LONGTEXT" : c.type.text();
  }

  private void column(Column c, Ddl.CreateTable t) {
    Ddl.ColumnDef d = c.def;
    SqlWriter.Mark start = r.out.mark();
    r.ident(d.name());
    r.write(" ");
    typeWithItem(c, t.span());
    if (c.becameText) {
      r.itemSince(
          start,
          MyItems.ROW_SIZE,
          "column " + d.name().text() + " became " + c.type.text() + " to fit MySQL's row size",
          t.span(),
          d.type().source());
    }
    if (d.generated() != null) {
      r.write(" GENERATED ALWAYS AS (");
      r.expr(d.generated());
      r.write(d.generatedStored() ? ") STORED" : ") VIRTUAL");
      if (d.notNull() && r.target.generatedNotNull()) {
        r.write(" NOT NULL");
      }
    } else {
      if (d.notNull() || c.autoIncrement) {
        r.write(" NOT NULL");
      }
      if (d.defaultValue() != null && !c.autoIncrement) {
        defaultValue(d.defaultValue(), text(c), t.span());
      }
    }
    if (c.autoIncrement) {
      r.write(" AUTO_INCREMENT");
      identityOptions(d, t.span());
    }
    if (d.comment() != null) {
      r.write(" COMMENT " + MySqlNames.literal(MyDdl.cut(d.comment(), 1024)));
    }
  }

  private void typeWithItem(Column c, SourceSpan span) {
    SqlWriter.Mark start = r.out.mark();
    if (c.type.text() == null) {
      r.columnType(c.def.type(), span);
      return;
    }
    r.write(c.type.text());
    if (c.type.code() != null) {
      r.itemSince(start, c.type.code(), c.type.message(), span, c.def.type().source());
    }
  }

  /** Identity options AUTO_INCREMENT cannot express get an item; the start is a table option. */
  private void identityOptions(Ddl.ColumnDef d, SourceSpan span) {
    Ddl.IdentitySpec id = d.identity();
    List<String> lost = new ArrayList<>();
    if (id.increment() != null && !id.increment().equals(BigInteger.ONE)) {
      lost.add("INCREMENT BY " + id.increment());
    }
    if (id.cycle()) {
      lost.add("CYCLE");
    }
    if (id.min() != null && id.min().compareTo(BigInteger.ONE) > 0 && id.start() == null) {
      lost.add("MINVALUE " + id.min());
    }
    if (id.max() != null && id.max().compareTo(BigInteger.valueOf(Long.MAX_VALUE)) < 0) {
      lost.add("MAXVALUE " + id.max());
    }
    if (!lost.isEmpty()) {
      r.itemHere(
          MyItems.IDENTITY,
          "AUTO_INCREMENT has no " + String.join(", ", lost) + " (column " + d.name().text() + ")",
          span,
          String.join(" ", lost));
    }
  }

  private void tableOptions(Ddl.CreateTable t, Column identity) {
    r.write(" DEFAULT CHARSET = utf8mb4");
    if (r.target.collation() != null) {
      r.write(" COLLATE = " + r.target.collation());
    }
    if (identity != null && identity.def.identity().start() != null) {
      BigInteger s = identity.def.identity().start();
      if (s.compareTo(BigInteger.ONE) > 0) {
        r.write(" AUTO_INCREMENT = " + s);
      }
    }
    if (t.comment() != null) {
      r.write(" COMMENT = " + MySqlNames.literal(MyDdl.cut(t.comment(), 2048)));
    }
  }

  /**
   * DEFAULT: literals as they are (in parentheses for TEXT, BLOB and JSON columns), the current
   * time as CURRENT_TIMESTAMP with the column's precision, other expressions in parentheses.
   */
  private void defaultValue(Expr v, String type, SourceSpan span) {
    boolean large = type.endsWith("TEXT") || type.endsWith("BLOB") || type.equals("JSON");
    if (v instanceof Expr.Literal l && l.kind() == LiteralKind.NULL) {
      return;
    }
    if (v instanceof Expr.SequenceValue sv) {
      if (r.target.nativeSequences()) {
        r.write(" DEFAULT ");
        MySequences.value(r, sv);
      } else {
        r.write(" ");
        r.unsupported(
            MyItems.SEQUENCE_DEFAULT,
            "MySQL does not allow stored functions in DEFAULT: the default from sequence "
                + sv.sequence()
                + " is removed",
            span,
            "DEFAULT " + sv.sequence() + ".NEXTVAL",
            "");
      }
      return;
    }
    if (v instanceof Expr.Builtin b && isNow(b.fn()) && type.startsWith("DATETIME")) {
      r.write(" DEFAULT CURRENT_TIMESTAMP" + fsp(type));
      return;
    }
    boolean literal =
        v instanceof Expr.Literal
            || (v instanceof Expr.Unary u
                && u.op() == io.godwit.ir.expr.UnaryOp.NEGATE
                && u.operand() instanceof Expr.Literal);
    r.write(" DEFAULT ");
    boolean wrap = large || !literal;
    if (wrap) {
      r.write("(");
    }
    r.expr(v);
    if (wrap) {
      r.write(")");
    }
  }

  private static boolean isNow(BuiltinFn fn) {
    return fn == BuiltinFn.LOCAL_TIMESTAMP || fn == BuiltinFn.CURRENT_TIMESTAMP;
  }

  /** The {@code (p)} of a DATETIME(p) type text, or "". */
  private static String fsp(String type) {
    int open = type.indexOf('(');
    return open < 0 ? "" : type.substring(open);
  }

  /** A table constraint; {@code types} gives the rendered column types when known (for keys). */
  void constraint(Ddl.Constraint c, Map<String, String> types, SourceSpan span) {
    if (c.name() != null && !(c instanceof Ddl.PrimaryKeyDef)) {
      r.write("CONSTRAINT ");
      r.ident(c.name());
      r.write(" ");
    }
    if (c instanceof Ddl.PrimaryKeyDef pk) {
      r.write("PRIMARY KEY");
      keyColumns(pk.columns(), types, false, span);
    } else if (c instanceof Ddl.UniqueDef u) {
      r.write("UNIQUE");
      keyColumns(u.columns(), types, true, span);
    } else if (c instanceof Ddl.CheckDef ck) {
      r.write("CHECK (");
      r.expr(ck.condition());
      r.write(")");
    } else if (c instanceof Ddl.ForeignKeyDef fk) {
      foreignKey(fk, span);
    }
  }

  private void foreignKey(Ddl.ForeignKeyDef fk, SourceSpan span) {
    r.write("FOREIGN KEY");
    plainColumns(fk.columns());
    r.write(" REFERENCES ");
    r.table(fk.references());
    if (!fk.referencedColumns().isEmpty()) {
      plainColumns(fk.referencedColumns());
    }
    action(" ON DELETE ", fk.onDelete(), span);
    action(" ON UPDATE ", fk.onUpdate(), span);
    if (fk.deferrable()) {
      r.write(" ");
      r.unsupported(
          MyItems.CONSTRAINT_MODE,
          "MySQL checks foreign keys immediately: "
              + (fk.name() == null ? "the key" : fk.name().text())
              + " was DEFERRABLE",
          span,
          fk.initiallyDeferred() ? "DEFERRABLE INITIALLY DEFERRED" : "DEFERRABLE",
          "");
    }
  }

  private void action(String clause, Ddl.RefAction a, SourceSpan span) {
    switch (a) {
      case NO_ACTION -> {}
      case RESTRICT -> r.write(clause + "RESTRICT");
      case CASCADE -> r.write(clause + "CASCADE");
      case SET_NULL -> r.write(clause + "SET NULL");
      case SET_DEFAULT -> {
        r.write(" ");
        r.unsupported(
            MyItems.CONSTRAINT_MODE,
            "InnoDB rejects" + clause + "SET DEFAULT: the action is left out",
            span,
            clause.strip() + " SET DEFAULT",
            "");
      }
    }
  }

  private void plainColumns(List<Ident> columns) {
    r.write(" (");
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        r.write(", ");
      }
      r.ident(columns.get(i));
    }
    r.write(")");
  }

  /**
   * Key columns; when their width passes InnoDB's limit the character columns get prefix lengths
   * (MariaDB enforces long unique keys with a hash instead).
   */
  private void keyColumns(
      List<Ident> columns, Map<String, String> types, boolean unique, SourceSpan span) {
    int fixed = 0;
    int textColumns = 0;
    int total = 0;
    for (Ident c : columns) {
      String t = types == null ? null : types.get(r.names.text(c));
      if (t == null) {
        plainColumns(columns);
        return;
      }
      int bytes = keyBytes(t);
      total += bytes;
      if (isCharacter(t)) {
        textColumns++;
      } else {
        fixed += bytes;
      }
    }
    if (total <= MAX_KEY_BYTES || textColumns == 0 || (unique && r.target.mariadb())) {
      plainColumns(columns);
      return;
    }
    int perColumn = Math.max(1, (MAX_KEY_BYTES - fixed) / MyTypes.BYTES_PER_CHAR / textColumns);
    SqlWriter.Mark start = r.out.mark();
    r.write(" (");
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        r.write(", ");
      }
      r.ident(columns.get(i));
      if (isCharacter(types.get(r.names.text(columns.get(i))))) {
        r.write("(" + perColumn + ")");
      }
    }
    r.write(")");
    r.itemSince(
        start,
        MyItems.KEY_LENGTH,
        "the key is "
            + total
            + " bytes, more than InnoDB's "
            + MAX_KEY_BYTES
            + ": it covers the first "
            + perColumn
            + " characters of each text column",
        span,
        null);
  }

  static boolean isCharacter(String type) {
    return type.startsWith("VARCHAR") || type.startsWith("CHAR") || type.endsWith("TEXT");
  }

  /** Bytes a column of this type takes in an index key. */
  static int keyBytes(String type) {
    if (type.endsWith("TEXT") || type.endsWith("BLOB")) {
      return Integer.MAX_VALUE / 4;
    }
    return MyTypes.rowBytes(type);
  }
}
