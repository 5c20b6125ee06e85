package io.godwit.testsupport;

import io.godwit.convert.ConversionListener;
import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertOptions;
import io.godwit.convert.Converter;
import io.godwit.convert.FrontEnd;
import io.godwit.convert.LoweredObject;
import io.godwit.convert.LoweringContext;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.ScriptInput;
import io.godwit.convert.SourceSet;
import io.godwit.convert.SourceUnit;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.Category;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.dialect.postgres.PostgresBackEnd;
import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.NullsOrder;
import io.godwit.ir.QName;
import io.godwit.ir.SortOrder;
import io.godwit.ir.SourceSpan;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import io.godwit.model.Database;
import io.godwit.model.ObjectKind;
import io.godwit.model.ReadProblem;
import io.godwit.model.Schema;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A conversion through the real pipeline ({@link Converter}) and the real PostgreSQL back end, of
 * IR built by hand, as a front end would lower this Oracle script ({@link #SCRIPT}). Until the
 * Oracle and SQL Server front ends exist, this is how the assessment is tested end to end.
 *
 * <p>What it holds: a table with a ROWID column (PG-2001), its index, a sequence, a view, a view of
 * a table that does not exist (converts, but fails when applied), a procedure with GOTO (PG-2007)
 * and dynamic SQL the front end flagged (GW-0007), a statement that did not parse (GW-0001), and a
 * wrapped package the catalog could not read (GW-0004).
 */
public final class HandMadeConversion {

  public static final String FILE = "hr.sql";

  private static final String[] STATEMENTS = {
    "CREATE TABLE hr.departments (\n  dept_id NUMBER(6) NOT NULL,\n  name VARCHAR2(30),\n"
        + "  loc_rowid ROWID,\n  CONSTRAINT dept_pk PRIMARY KEY (dept_id)\n);",
    "CREATE INDEX hr.dept_name_ix ON hr.departments (name);",
    "CREATE SEQUENCE hr.dept_seq START WITH 1 INCREMENT BY 1;",
    "CREATE VIEW hr.dept_v AS\n  SELECT name FROM hr.departments;",
    "CREATE VIEW hr.broken_v AS\n  SELECT x FROM hr.missing;",
    "CREATE PROCEDURE hr.retry AS\nBEGIN\n  <<again>>\n  NULL;\n"
        + "  EXECUTE IMMEDIATE 'DELETE FROM ' || tab;\n  GOTO again;\nEND;",
    "CREATE PROCEDURE hr.bad_proc AS BEGIN IF THEN END;"
  };

  /** The script the IR stands for. */
  public static final String SCRIPT = String.join("\n\n", STATEMENTS) + "\n";

  private HandMadeConversion() {}

  /** One unit: a statement of the script and what it lowers to. */
  record Unit(ObjectRef ref, String text, SourceSpan span, List<LoweredObject> lowered)
      implements SourceUnit {}

  /** Hands out the prepared IR. */
  static final class Front implements FrontEnd {
    private final SourceSet set;

    Front(SourceSet set) {
      this.set = set;
    }

    @Override
    public SourceSet read(List<ScriptInput> scripts, ConvertOptions options) {
      return set;
    }

    @Override
    public SourceSet read(Database catalog, ConvertOptions options) {
      return set;
    }

    @Override
    public List<LoweredObject> lower(SourceUnit unit, LoweringContext context) {
      return ((Unit) unit).lowered();
    }
  }

  /** Converts the script to PostgreSQL. */
  public static ConversionResult run(ItemCatalog catalog) {
    return run(catalog, ConversionListener.NONE);
  }

  public static ConversionResult run(ItemCatalog catalog, ConversionListener listener) {
    SourceSet set = sources();
    return new Converter(
            "oracle",
            new Front(set),
            "postgresql",
            new PostgresBackEnd(),
            List.of(),
            catalog,
            ConvertOptions.defaults())
        .convert(set, listener);
  }

  static SourceSet sources() {
    List<SourceSpan> spans = spans();
    List<Unit> units = new ArrayList<>();
    ObjectRef dept = ref("DEPARTMENTS", UnitKind.TABLE);
    units.add(
        unit(
            dept,
            0,
            spans,
            new Ddl.CreateTable(
                q("HR", "DEPARTMENTS"),
                null,
                List.of(
                    new Ddl.ColumnDef(
                        Ident.of("DEPT_ID"),
                        SqlType.decimal(6, 0),
                        null,
                        true,
                        null,
                        null,
                        false,
                        null),
                    Ddl.ColumnDef.of(Ident.of("NAME"), SqlType.sized(TypeKind.VARCHAR, 30)),
                    Ddl.ColumnDef.of(
                        Ident.of("LOC_ROWID"),
                        SqlType.of(TypeKind.UNSUPPORTED).withSource("ROWID"))),
                List.of(new Ddl.PrimaryKeyDef(Ident.of("DEPT_PK"), List.of(Ident.of("DEPT_ID")))),
                null,
                spans.get(0)),
            List.of()));
    ObjectRef index = ref("DEPT_NAME_IX", UnitKind.INDEX);
    units.add(
        unit(
            index,
            1,
            spans,
            new Ddl.CreateIndex(
                q("HR", "DEPT_NAME_IX"),
                q("HR", "DEPARTMENTS"),
                false,
                List.of(
                    new Ddl.IndexKeyDef(
                        Expr.ColumnRef.of("NAME"), SortOrder.ASC, NullsOrder.DEFAULT)),
                null,
                null,
                null,
                spans.get(1)),
            List.of()));
    units.add(
        unit(
            ref("DEPT_SEQ", UnitKind.SEQUENCE),
            2,
            spans,
            new Ddl.CreateSequence(
                q("HR", "DEPT_SEQ"),
                null,
                BigInteger.ONE,
                BigInteger.ONE,
                null,
                null,
                false,
                null,
                spans.get(2)),
            List.of()));
    units.add(
        unit(
            ref("DEPT_V", UnitKind.VIEW),
            3,
            spans,
            view("DEPT_V", "DEPARTMENTS", "NAME", spans.get(3)),
            List.of()));
    units.add(
        unit(
            ref("BROKEN_V", UnitKind.VIEW),
            4,
            spans,
            view("BROKEN_V", "MISSING", "X", spans.get(4)),
            List.of()));
    ObjectRef retry = ref("RETRY", UnitKind.PROCEDURE);
    SourceSpan gotoSpan = within(spans.get(5), 6, 3, "GOTO again;");
    SourceSpan dynamicSpan = within(spans.get(5), 5, 3, "EXECUTE IMMEDIATE 'DELETE FROM ' || tab;");
    units.add(
        unit(
            retry,
            5,
            spans,
            new Routine(
                q("HR", "RETRY"),
                Routine.Kind.PROCEDURE,
                List.of(),
                null,
                Block.of(
                    List.of(
                        new Stmt.Label(Ident.of("AGAIN"), null),
                        new Stmt.Null(null),
                        new Stmt.Goto(Ident.of("AGAIN"), gotoSpan))),
                Set.of(),
                spans.get(5)),
            List.of(
                new ActionItem(
                    "GW-0007",
                    Category.MEDIUM,
                    "the statement is built at run time",
                    retry,
                    dynamicSpan,
                    null,
                    "EXECUTE IMMEDIATE 'DELETE FROM ' || tab;"))));
    List<ActionItem> problems =
        List.of(
            new ActionItem(
                "GW-0001",
                Category.COMPLEX,
                "no viable alternative at input 'IF THEN'",
                ref("BAD_PROC", UnitKind.PROCEDURE),
                spans.get(6),
                null,
                STATEMENTS[6]));
    Schema hr =
        new Schema(
            "HR",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(
                new ReadProblem(ObjectKind.PACKAGE, "WRAPPED_PKG", "the package body is wrapped")));
    return new SourceSet(
        List.copyOf(units), problems, new Database("oracle", null, null, List.of(hr)));
  }

  private static Ddl.CreateView view(String name, String table, String column, SourceSpan span) {
    return new Ddl.CreateView(
        q("HR", name),
        null,
        Query.Select.simple(
            List.of(new Query.SelectItem(Expr.ColumnRef.of(column), null)),
            List.of(FromItem.TableRef.of(q("HR", table), null)),
            null),
        false,
        null,
        span);
  }

  private static Unit unit(
      ObjectRef ref, int statement, List<SourceSpan> spans, IrObject ir, List<ActionItem> items) {
    return new Unit(
        ref,
        STATEMENTS[statement],
        spans.get(statement),
        List.of(new LoweredObject(ref, ref.kind(), null, ir, items)));
  }

  private static ObjectRef ref(String name, UnitKind kind) {
    return new ObjectRef("HR", name, kind);
  }

  private static QName q(String... parts) {
    return QName.of(parts);
  }

  /** Where each statement is in {@link #SCRIPT}. */
  static List<SourceSpan> spans() {
    List<SourceSpan> out = new ArrayList<>();
    int offset = 0;
    int line = 1;
    for (String s : STATEMENTS) {
      int lines = (int) s.chars().filter(c -> c == '\n').count() + 1;
      out.add(new SourceSpan(FILE, line, 1, line + lines - 1, 1, offset, offset + s.length()));
      offset += s.length() + 2;
      line += lines + 1;
    }
    return out;
  }

  /** A span at line {@code lineInStatement} (1-based) of a statement. */
  private static SourceSpan within(
      SourceSpan statement, int lineInStatement, int column, String text) {
    int line = statement.startLine() + lineInStatement - 1;
    return new SourceSpan(
        FILE,
        line,
        column,
        line,
        column + text.length(),
        statement.startOffset(),
        statement.startOffset() + text.length());
  }
}
