package io.godwit.dialect.mysql;

import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.query.Query;
import java.util.Locale;

/**
 * DDL as MySQL: tables are {@link MyTables}', indexes {@link MyIndexes}', sequences {@link
 * MySequences}'.
 */
final class MyDdl {

  private final MyRender r;

  MyDdl(MyRender render) {
    this.r = render;
  }

  void write(Ddl ddl) {
    if (ddl instanceof Ddl.CreateTable t) {
      new MyTables(r).table(t);
    } else if (ddl instanceof Ddl.AddConstraint a) {
      r.write("ALTER TABLE ");
      r.table(a.table());
      r.write(" ADD ");
      new MyTables(r).constraint(a.constraint(), null, a.span());
      r.write(";\n");
    } else if (ddl instanceof Ddl.CreateIndex i) {
      new MyIndexes(r).index(i);
    } else if (ddl instanceof Ddl.CreateSequence s) {
      MySequences.create(r, s);
    } else if (ddl instanceof Ddl.CreateView v) {
      view(v);
    } else if (ddl instanceof Ddl.CreateTableAs t) {
      tableAs(t);
    } else if (ddl instanceof Ddl.Comment c) {
      comment(c);
    } else if (ddl instanceof Ddl.CreateType t) {
      notCreated(
          MyItems.USER_TYPE,
          "type " + t.name() + " was not created: MySQL has no user-defined types",
          "type "
              + r.names.qualified(t.name())
              + " ("
              + t.kind().name().toLowerCase(Locale.ROOT)
              + ")",
          t.span());
    } else if (ddl instanceof Ddl.CreateSchema s) {
      schema(s.name());
    } else if (ddl instanceof Ddl.CreateSynonym s) {
      notCreated(
          MyItems.SYNONYM,
          "synonym " + s.name() + " for " + s.target() + " was not created",
          "synonym "
              + r.tableText(s.name())
              + " for "
              + r.tableText(s.target())
              + ": MySQL has no synonyms",
          s.span());
    } else if (ddl instanceof Ddl.Drop d) {
      drop(d);
    } else if (ddl instanceof Ddl.Truncate t) {
      r.write("TRUNCATE TABLE ");
      r.table(t.table());
      r.write(";\n");
    }
  }

  /** CREATE DATABASE with utf8mb4 and the configured collation. */
  void schema(Ident name) {
    r.write("CREATE DATABASE IF NOT EXISTS ");
    r.ident(name);
    r.write(" CHARACTER SET utf8mb4");
    if (r.target.collation() != null) {
      r.write(" COLLATE " + r.target.collation());
    }
    r.write(";\n");
  }

  private void notCreated(String code, String message, String what, io.godwit.ir.SourceSpan span) {
    SqlWriter.Mark start = r.out.mark();
    r.write("-- " + MyRender.commentSafe(what) + "\n");
    r.itemSince(start, code, message, span, null);
  }

  /**
   * CREATE TABLE ... AS query. MySQL takes no bare column list there, so named columns come from a
   * CTE with a column list over the query.
   */
  private void tableAs(Ddl.CreateTableAs t) {
    r.write("CREATE TABLE ");
    r.table(t.name());
    r.write(" AS\n");
    if (t.columns().isEmpty()) {
      r.query(t.query());
    } else {
      r.write("WITH godwit_q");
      r.queries().idents(t.columns());
      r.write(" AS (\n");
      r.query(t.query());
      r.write("\n)\nSELECT * FROM godwit_q");
    }
    r.write(";\n");
  }

  private void view(Ddl.CreateView v) {
    if (v.materialized()) {
      materialized(v);
      return;
    }
    r.write("CREATE OR REPLACE ");
    if (v.checkOption() == Ddl.CheckOption.READ_ONLY) {
      // A view MySQL has to materialise cannot be changed through: read only.
      r.write("ALGORITHM = TEMPTABLE ");
    }
    r.write("VIEW ");
    r.table(v.name());
    r.queries().idents(v.columns());
    r.write(" AS\n");
    r.query(v.query());
    switch (v.checkOption()) {
      case LOCAL -> r.write("\nWITH LOCAL CHECK OPTION");
      case CASCADED -> r.write("\nWITH CASCADED CHECK OPTION");
      default -> {}
    }
    r.write(";\n");
  }

  private void materialized(Ddl.CreateView v) {
    SqlWriter.Mark start = r.out.mark();
    r.write("DROP TABLE IF EXISTS ");
    r.table(v.name());
    r.write(";\nCREATE TABLE ");
    r.table(v.name());
    r.write(" AS\n");
    Query q = v.query();
    if (!v.columns().isEmpty()) {
      Query named = MyQueryRewrites.withColumnNames(q, v.columns());
      q = named == null ? q : named;
    }
    r.query(q);
    r.write(";\n");
    r.itemSince(
        start,
        MyItems.MATERIALIZED_VIEW,
        "materialized view " + v.name() + " became a table filled once from its query",
        v.span(),
        null);
  }

  private void comment(Ddl.Comment c) {
    if (c.target() == Ddl.CommentTarget.TABLE) {
      r.write("ALTER TABLE ");
      r.table(c.object());
      r.write(" COMMENT = " + MySqlNames.literal(cut(c.text(), 2048)) + ";\n");
      return;
    }
    QName target = c.column() == null ? c.object() : c.object().plus(c.column());
    String why =
        c.target() == Ddl.CommentTarget.COLUMN
            ? "a column comment needs the column's whole definition in MySQL (ALTER TABLE ..."
                + " MODIFY): add it to the CREATE TABLE"
            : "MySQL views have no comments";
    SqlWriter.Mark start = r.out.mark();
    r.write(
        "-- comment on "
            + r.names.qualified(target)
            + ": "
            + MyRender.commentSafe(c.text() == null ? "" : c.text())
            + "\n");
    r.itemSince(start, MyItems.COMMENT, why, c.span(), c.text());
  }

  /** {@code text} cut to MySQL's comment limit. */
  static String cut(String text, int limit) {
    if (text == null) {
      return "";
    }
    return text.length() <= limit ? text : text.substring(0, limit);
  }

  private void drop(Ddl.Drop d) {
    String kind = d.kind().toUpperCase(Locale.ROOT);
    if (kind.equals("SEQUENCE") && !r.target.nativeSequences()) {
      MySequences.drop(r, d);
      return;
    }
    if (kind.equals("INDEX")) {
      r.unsupported(
          MyItems.LEFTOVER_CONSTRUCT,
          "MySQL drops an index with its table's name (DROP INDEX name ON table)",
          d.span(),
          "DROP INDEX " + d.name(),
          "DO 0");
      r.write(";\n");
      return;
    }
    r.write("DROP " + kind + (d.ifExists() ? " IF EXISTS " : " "));
    if (kind.equals("PROCEDURE") || kind.equals("FUNCTION")) {
      r.routineName(d.name());
    } else {
      r.table(d.name());
    }
    r.write(";\n");
  }
}
