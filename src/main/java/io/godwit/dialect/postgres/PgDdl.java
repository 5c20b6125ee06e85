package io.godwit.dialect.postgres;

import io.godwit.convert.render.SqlWriter;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.SortOrder;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.ddl.Ddl;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/** DDL as PostgreSQL 15. */
final class PgDdl {

  private static final BigInteger BIGINT_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger BIGINT_MIN = BigInteger.valueOf(Long.MIN_VALUE);

  private final PgRender r;

  PgDdl(PgRender render) {
    this.r = render;
  }

  void write(Ddl ddl) {
    if (ddl instanceof Ddl.CreateTable t) {
      table(t);
    } else if (ddl instanceof Ddl.AddConstraint a) {
      r.write("ALTER TABLE ");
      r.name(a.table());
      r.write(" ADD ");
      constraint(a.constraint());
      r.write(";\n");
    } else if (ddl instanceof Ddl.CreateIndex i) {
      index(i);
    } else if (ddl instanceof Ddl.CreateSequence s) {
      sequence(s);
    } else if (ddl instanceof Ddl.CreateView v) {
      view(v);
    } else if (ddl instanceof Ddl.CreateTableAs t) {
      tableAs(t);
    } else if (ddl instanceof Ddl.Comment c) {
      comment(c);
    } else if (ddl instanceof Ddl.CreateType t) {
      type(t);
    } else if (ddl instanceof Ddl.CreateSchema s) {
      r.write("CREATE SCHEMA IF NOT EXISTS ");
      r.ident(s.name());
      r.write(";\n");
    } else if (ddl instanceof Ddl.CreateSynonym s) {
      synonym(s);
    } else if (ddl instanceof Ddl.Drop d) {
      r.write("DROP " + d.kind().toUpperCase(Locale.ROOT) + (d.ifExists() ? " IF EXISTS " : " "));
      r.name(d.name());
      r.write(";\n");
    } else if (ddl instanceof Ddl.Truncate t) {
      r.write("TRUNCATE TABLE ");
      r.name(t.table());
      r.write(";\n");
    }
  }

  private void table(Ddl.CreateTable t) {
    SqlWriter.Mark start = r.out.mark();
    boolean temporary =
        t.kind() == Ddl.TableKind.TEMPORARY_DELETE_ROWS
            || t.kind() == Ddl.TableKind.TEMPORARY_PRESERVE_ROWS;
    if (temporary && !r.procedural) {
      r.itemSince(
          start,
          PgItems.LEFTOVER_CONSTRUCT,
          "PostgreSQL has no global temporary tables: this is created as an ordinary table;"
              + " use CREATE TEMPORARY TABLE in each session (or the pg_global_temp_tables"
              + " pattern) where the code needs session-private rows",
          t.span(),
          "GLOBAL TEMPORARY");
    }
    if (temporary && r.procedural) {
      r.write("CREATE TEMPORARY TABLE IF NOT EXISTS ");
    } else if (t.kind() == Ddl.TableKind.UNLOGGED) {
      r.write("CREATE UNLOGGED TABLE ");
    } else {
      r.write("CREATE TABLE ");
    }
    r.name(t.name());
    r.write(" (\n");
    r.out.indent();
    boolean first = true;
    for (Ddl.ColumnDef c : t.columns()) {
      if (!first) {
        r.write(",\n");
      }
      first = false;
      column(c, t);
    }
    for (Ddl.Constraint c : t.constraints()) {
      r.write(",\n");
      constraint(c);
    }
    r.out.dedent();
    r.write("\n)");
    if (temporary && r.procedural && t.kind() == Ddl.TableKind.TEMPORARY_DELETE_ROWS) {
      r.write(" ON COMMIT DELETE ROWS");
    }
    r.write(";\n");
    if (t.comment() != null) {
      r.write("COMMENT ON TABLE ");
      r.name(t.name());
      r.write(" IS " + PgNames.literal(t.comment()) + ";\n");
    }
    for (Ddl.ColumnDef c : t.columns()) {
      if (c.comment() != null) {
        r.write("COMMENT ON COLUMN ");
        r.name(t.name().plus(c.name()));
        r.write(" IS " + PgNames.literal(c.comment()) + ";\n");
      }
    }
  }

  private void column(Ddl.ColumnDef c, Ddl.CreateTable t) {
    r.ident(c.name());
    r.write(" ");
    SqlType type = c.type();
    if (c.identity() != null && !isIntegerKind(type.kind())) {
      // PostgreSQL identity columns must be integers; NUMBER without scale counts as one.
      type = SqlType.of(TypeKind.BIGINT);
    }
    timePrecision(type, t);
    r.type(type, t.span());
    if (c.identity() != null) {
      identity(c.identity());
    }
    if (c.generated() != null) {
      r.write(" GENERATED ALWAYS AS (");
      r.expr(c.generated());
      r.write(") STORED");
    } else if (c.defaultValue() != null) {
      r.write(" DEFAULT ");
      r.expr(c.defaultValue());
    }
    if (c.notNull()) {
      r.write(" NOT NULL");
    }
  }

  private void timePrecision(SqlType type, Ddl.CreateTable t) {
    boolean time = type.isTemporal() || type.kind() == TypeKind.INTERVAL_DAY_SECOND;
    if (time && type.size() != null && type.size() > 6) {
      r.items.add(
          PgItems.TIME_PRECISION,
          "fractional seconds beyond microseconds (" + type.size() + " digits) are rounded to 6",
          t.span(),
          type.source());
    }
  }

  private static boolean isIntegerKind(TypeKind k) {
    return k == TypeKind.SMALLINT
        || k == TypeKind.INTEGER
        || k == TypeKind.BIGINT
        || k == TypeKind.TINYINT;
  }

  private void identity(Ddl.IdentitySpec id) {
    r.write(id.always() ? " GENERATED ALWAYS AS IDENTITY" : " GENERATED BY DEFAULT AS IDENTITY");
    StringBuilder opts = new StringBuilder();
    sequenceOptions(opts, id.start(), id.increment(), id.min(), id.max(), id.cycle(), id.cache());
    if (opts.length() > 0) {
      r.write(" (" + opts.toString().strip() + ")");
    }
  }

  private static void sequenceOptions(
      StringBuilder s,
      BigInteger start,
      BigInteger increment,
      BigInteger min,
      BigInteger max,
      boolean cycle,
      Long cache) {
    if (start != null) {
      s.append(" START WITH ").append(clamp(start));
    }
    if (increment != null) {
      s.append(" INCREMENT BY ").append(clamp(increment));
    }
    boolean descending = increment != null && increment.signum() < 0;
    if (min != null && min.compareTo(BIGINT_MIN) > 0) {
      s.append(" MINVALUE ").append(min);
    } else if (min != null && !descending) {
      // PostgreSQL's default minimum of an ascending sequence is 1, not the type's minimum.
      s.append(" MINVALUE ").append(BIGINT_MIN);
    }
    if (max != null && max.compareTo(BIGINT_MAX) < 0) {
      s.append(" MAXVALUE ").append(max);
    } else if (max != null && descending) {
      // ... and the default maximum of a descending one is -1.
      s.append(" MAXVALUE ").append(BIGINT_MAX);
    }
    if (cycle) {
      s.append(" CYCLE");
    }
    if (cache != null && cache > 1) {
      s.append(" CACHE ").append(cache);
    }
  }

  private static BigInteger clamp(BigInteger v) {
    return v.max(BIGINT_MIN).min(BIGINT_MAX);
  }

  void constraint(Ddl.Constraint c) {
    if (c.name() != null) {
      r.write("CONSTRAINT ");
      r.ident(c.name());
      r.write(" ");
    }
    if (c instanceof Ddl.PrimaryKeyDef pk) {
      r.write("PRIMARY KEY");
      columns(pk.columns());
    } else if (c instanceof Ddl.UniqueDef u) {
      r.write("UNIQUE");
      columns(u.columns());
    } else if (c instanceof Ddl.CheckDef ck) {
      r.write("CHECK (");
      r.expr(ck.condition());
      r.write(")");
    } else if (c instanceof Ddl.ForeignKeyDef fk) {
      r.write("FOREIGN KEY");
      columns(fk.columns());
      r.write(" REFERENCES ");
      r.name(fk.references());
      if (!fk.referencedColumns().isEmpty()) {
        columns(fk.referencedColumns());
      }
      if (fk.onDelete() != Ddl.RefAction.NO_ACTION) {
        r.write(" ON DELETE " + action(fk.onDelete()));
      }
      if (fk.onUpdate() != Ddl.RefAction.NO_ACTION) {
        r.write(" ON UPDATE " + action(fk.onUpdate()));
      }
      if (fk.deferrable()) {
        r.write(fk.initiallyDeferred() ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
      }
    }
  }

  private static String action(Ddl.RefAction a) {
    return a.name().replace('_', ' ');
  }

  private void columns(List<Ident> columns) {
    r.write(" (");
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        r.write(", ");
      }
      r.ident(columns.get(i));
    }
    r.write(")");
  }

  private void index(Ddl.CreateIndex i) {
    String method = i.method() == null ? null : i.method().toLowerCase(Locale.ROOT);
    boolean pgMethod =
        method == null
            || method.equals("btree")
            || method.equals("hash")
            || method.equals("gist")
            || method.equals("gin")
            || method.equals("brin")
            || method.equals("spgist");
    SqlWriter.Mark start = r.out.mark();
    r.write(i.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
    r.ident(i.name().last());
    r.write(" ON ");
    r.name(i.table());
    if (pgMethod && method != null && !method.equals("btree")) {
      r.write(" USING " + method);
    }
    r.write(" (");
    for (int k = 0; k < i.keys().size(); k++) {
      if (k > 0) {
        r.write(", ");
      }
      Ddl.IndexKeyDef key = i.keys().get(k);
      boolean plainColumn = key.expr() instanceof io.godwit.ir.expr.Expr.ColumnRef;
      if (!plainColumn) {
        r.write("(");
      }
      r.expr(key.expr());
      if (!plainColumn) {
        r.write(")");
      }
      if (key.order() == SortOrder.DESC) {
        r.write(" DESC");
      }
      switch (key.nulls()) {
        case FIRST -> r.write(" NULLS FIRST");
        case LAST -> r.write(" NULLS LAST");
        default -> {}
      }
    }
    r.write(")");
    if (!i.include().isEmpty()) {
      r.write(" INCLUDE");
      columns(i.include());
    }
    if (i.where() != null) {
      r.write(" WHERE ");
      r.expr(i.where());
    }
    r.write(";\n");
    if (!pgMethod) {
      r.itemSince(
          start,
          PgItems.INDEX_METHOD,
          "a " + method + " index is created as a B-tree index",
          i.span(),
          method);
    }
  }

  private void sequence(Ddl.CreateSequence s) {
    r.write("CREATE SEQUENCE ");
    r.name(s.name());
    if (s.type() != null && isIntegerKind(s.type().kind())) {
      r.write(" AS ");
      r.type(s.type(), s.span());
    }
    StringBuilder opts = new StringBuilder();
    sequenceOptions(opts, s.start(), s.increment(), s.min(), s.max(), s.cycle(), s.cache());
    r.write(opts.toString());
    r.write(";\n");
  }

  private void tableAs(Ddl.CreateTableAs t) {
    r.write("CREATE TABLE ");
    r.name(t.name());
    columns0(t.columns());
    r.write(" AS\n");
    r.query(t.query());
    r.write(";\n");
  }

  private void view(Ddl.CreateView v) {
    r.write(v.materialized() ? "CREATE MATERIALIZED VIEW " : "CREATE OR REPLACE VIEW ");
    r.name(v.name());
    columns0(v.columns());
    r.write(" AS\n");
    r.query(v.query());
    if (v.materialized()) {
      r.write("\nWITH DATA");
    }
    switch (v.checkOption()) {
      case LOCAL -> r.write("\nWITH LOCAL CHECK OPTION");
      case CASCADED -> r.write("\nWITH CASCADED CHECK OPTION");
      default -> {}
    }
    r.write(";\n");
    if (v.checkOption() == Ddl.CheckOption.READ_ONLY) {
      r.write("-- WITH READ ONLY: PostgreSQL views on one table accept writes; revoke them\n");
      r.write("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ");
      r.name(v.name());
      r.write(" FROM PUBLIC;\n");
    }
  }

  private void columns0(List<Ident> columns) {
    if (!columns.isEmpty()) {
      columns(columns);
    }
  }

  private void comment(Ddl.Comment c) {
    r.write(
        "COMMENT ON "
            + switch (c.target()) {
              case TABLE -> "TABLE ";
              case VIEW -> "VIEW ";
              case MATERIALIZED_VIEW -> "MATERIALIZED VIEW ";
              case COLUMN -> "COLUMN ";
            });
    QName target = c.column() == null ? c.object() : c.object().plus(c.column());
    r.name(target);
    r.write(" IS " + (c.text() == null ? "NULL" : PgNames.literal(c.text())) + ";\n");
  }

  private void type(Ddl.CreateType t) {
    switch (t.kind()) {
      case COMPOSITE -> {
        r.write("CREATE TYPE ");
        r.name(t.name());
        r.write(" AS (\n");
        r.out.indent();
        for (int i = 0; i < t.attributes().size(); i++) {
          if (i > 0) {
            r.write(",\n");
          }
          SqlType.Field f = t.attributes().get(i);
          r.ident(f.name());
          r.write(" ");
          r.type(f.type(), t.span());
        }
        r.out.dedent();
        r.write("\n);\n");
      }
      case ENUM -> {
        r.write("CREATE TYPE ");
        r.name(t.name());
        r.write(" AS ENUM (");
        for (int i = 0; i < t.labels().size(); i++) {
          if (i > 0) {
            r.write(", ");
          }
          r.write(PgNames.literal(t.labels().get(i)));
        }
        r.write(");\n");
      }
      case DOMAIN, ARRAY -> {
        r.write("CREATE DOMAIN ");
        r.name(t.name());
        r.write(" AS ");
        r.type(t.kind() == Ddl.TypeDefKind.ARRAY ? SqlType.arrayOf(t.base()) : t.base(), t.span());
        if (t.defaultValue() != null) {
          r.write(" DEFAULT ");
          r.expr(t.defaultValue());
        }
        if (t.notNull()) {
          r.write(" NOT NULL");
        }
        if (t.check() != null) {
          r.write(" CHECK (");
          r.expr(t.check());
          r.write(")");
        }
        r.write(";\n");
      }
    }
  }

  private void synonym(Ddl.CreateSynonym s) {
    SqlWriter.Mark start = r.out.mark();
    r.write("-- synonym ");
    r.name(s.name());
    r.write(" for ");
    r.name(s.target());
    r.write(": PostgreSQL has no synonyms\n");
    r.itemSince(
        start,
        PgItems.SYNONYM,
        "synonym " + s.name() + " for " + s.target() + " was not created",
        s.span(),
        null);
  }
}
