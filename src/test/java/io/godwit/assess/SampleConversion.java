package io.godwit.assess;

import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertedObject;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.ObjectStatus;
import io.godwit.convert.SourceSet;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.Category;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.ir.SourceSpan;
import io.godwit.model.Database;
import io.godwit.model.ObjectKind;
import io.godwit.model.ReadProblem;
import io.godwit.model.Schema;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversion result assembled by hand from an Oracle script {@code hr.sql}, with realistic items,
 * whose assessment is worked out in {@link AssessorTest}. Lines are chosen so no figure ends on a
 * rounding tie.
 */
public final class SampleConversion {

  public static final ItemCatalog CATALOG = ItemCatalog.builtIn();
  public static final String FILE = "scripts/hr.sql";
  static final OffsetDateTime DATE = OffsetDateTime.of(2026, 11, 23, 10, 30, 0, 0, ZoneOffset.UTC);

  private final StringBuilder script = new StringBuilder();
  private int line = 1;
  private final List<ConvertedObject> objects = new ArrayList<>();
  private final List<ActionItem> problems = new ArrayList<>();

  public static ReportContext context() {
    return new ReportContext("Oracle Database", "PostgreSQL", "15", List.of(FILE), DATE, "0.1.0");
  }

  /** The script text of an object with {@code lines} lines. */
  static String text(String head, int lines) {
    StringBuilder s = new StringBuilder(head);
    for (int i = 2; i <= lines; i++) {
      s.append("\n  -- line ").append(i);
    }
    return s.toString();
  }

  /** Appends {@code text} to the script; returns its span. */
  SourceSpan place(String text) {
    int start = script.length();
    int startLine = line;
    script.append(text).append('\n');
    int lines = Assessor.lines(text);
    line += lines;
    return new SourceSpan(
        FILE, startLine, 1, startLine + lines - 1, 10, start, start + text.length());
  }

  static ActionItem item(
      String code,
      ObjectRef object,
      SourceSpan within,
      int lineOffset,
      int column,
      String excerpt) {
    Category c = CATALOG.definition(code).category();
    SourceSpan at =
        new SourceSpan(
            FILE,
            within.startLine() + lineOffset,
            column,
            within.startLine() + lineOffset,
            column + 5,
            within.startOffset(),
            within.startOffset() + 5);
    return new ActionItem(
        code,
        c,
        CATALOG.definition(code).title() + " in " + object.name(),
        object,
        at,
        new SourceSpan(null, 3 + lineOffset, 2, 3 + lineOffset, 9, 0, 7),
        excerpt);
  }

  ConvertedObject object(
      UnitKind kind, String name, String text, SourceSpan span, List<ActionItem> items) {
    ObjectRef source = new ObjectRef("HR", name, kind);
    boolean failed = items.stream().anyMatch(i -> i.code().equals("GW-0003"));
    ObjectRef target = failed ? null : new ObjectRef("hr", name.toLowerCase(), kind);
    String sql = failed ? null : "-- converted " + name + "\nCREATE ...;";
    ObjectStatus status =
        failed
            ? ObjectStatus.FAILED
            : items.stream().anyMatch(i -> i.category().needsAction())
                ? ObjectStatus.ACTIONS
                : ObjectStatus.CONVERTED;
    ConvertedObject o =
        new ConvertedObject(
            source,
            kind,
            target,
            kind == UnitKind.CONSTRAINT || kind == UnitKind.INDEX ? "hr.employees" : null,
            sql,
            items,
            status,
            text,
            span,
            null,
            null);
    objects.add(o);
    return o;
  }

  ConvertedObject simple(UnitKind kind, String name, int lines) {
    String t = text("CREATE " + kind.label() + " HR." + name, lines);
    return object(kind, name, t, place(t), List.of());
  }

  /**
   * Names and text that must be escaped everywhere: markup, quotes, commas, newlines, non-ASCII.
   */
  public static final String HOSTILE_NAME = "X\"><script>alert('x')</script>";

  public static final String HOSTILE_EXCERPT =
      "v := 'a,b\"c' || '</pre><b>bold</b>'; -- \u00c4nderung \u65e5\u672c";

  /** Two objects with hostile names and text. */
  public static ConversionResult hostile() {
    SampleConversion s = new SampleConversion();
    String text = "CREATE PROCEDURE \"" + HOSTILE_NAME + "\" AS\n  " + HOSTILE_EXCERPT + "\nEND;";
    SourceSpan span = s.place(text);
    ObjectRef ref = new ObjectRef("\u00c4RGER", HOSTILE_NAME, UnitKind.PROCEDURE);
    s.objects.add(
        new ConvertedObject(
            ref,
            UnitKind.PROCEDURE,
            new ObjectRef("\u00e4rger", "x", UnitKind.PROCEDURE),
            null,
            "CREATE PROCEDURE ...;",
            List.of(
                new ActionItem(
                    "GW-0007",
                    Category.MEDIUM,
                    "dynamic SQL: \"quoted\", comma, and\na new line",
                    ref,
                    new SourceSpan(FILE, 2, 3, 2, 40, 30, 60),
                    null,
                    HOSTILE_EXCERPT)),
            ObjectStatus.ACTIONS,
            text,
            span,
            null,
            null));
    s.simple(UnitKind.TABLE, "T\u00c9L\u00c9PHONE", 2);
    return new ConversionResult(
        "oracle",
        "postgresql",
        s.objects,
        List.of(),
        List.of(),
        new SourceSet(List.of(), List.of(), null),
        Duration.ZERO);
  }

  /** The sample: 13 objects, 2 problems of the sources, 1 informational problem. */
  public static ConversionResult build() {
    SampleConversion s = new SampleConversion();
    // A table and the foreign key lowered from the same statement: the lines count once.
    String employees = text("CREATE TABLE HR.EMPLOYEES (", 12);
    SourceSpan empSpan = s.place(employees);
    s.object(UnitKind.TABLE, "EMPLOYEES", employees, empSpan, List.of());
    s.object(UnitKind.CONSTRAINT, "EMP_DEPT_FK", employees, empSpan, List.of());

    String departments = text("CREATE TABLE HR.DEPARTMENTS (", 6);
    SourceSpan depSpan = s.place(departments);
    ObjectRef dep = new ObjectRef("HR", "DEPARTMENTS", UnitKind.TABLE);
    s.object(
        UnitKind.TABLE,
        "DEPARTMENTS",
        departments,
        depSpan,
        List.of(item("PG-2001", dep, depSpan, 3, 12, "LOCATION_ROWID ROWID")));

    s.simple(UnitKind.INDEX, "EMP_NAME_IX", 1);
    s.simple(UnitKind.SEQUENCE, "EMP_SEQ", 1);

    String view = text("CREATE VIEW HR.EMP_V AS", 4);
    SourceSpan viewSpan = s.place(view);
    ObjectRef v = new ObjectRef("HR", "EMP_V", UnitKind.VIEW);
    s.object(
        UnitKind.VIEW,
        "EMP_V",
        view,
        viewSpan,
        List.of(
            item("PG-2003", v, viewSpan, 1, 8, "TO_NUMBER(x DEFAULT NULL ON CONVERSION ERROR)"),
            item("PG-2009", v, viewSpan, 2, 8, "SYSTIMESTAMP(9)")));

    String proc = text("CREATE PROCEDURE HR.RAISE_SALARY AS", 40);
    SourceSpan procSpan = s.place(proc);
    ObjectRef p = new ObjectRef("HR", "RAISE_SALARY", UnitKind.PROCEDURE);
    s.object(
        UnitKind.PROCEDURE,
        "RAISE_SALARY",
        proc,
        procSpan,
        List.of(
            item("PG-2007", p, procSpan, 20, 5, "GOTO retry;"),
            item("PG-2004", p, procSpan, 30, 9, "IF c%ISOPEN THEN")));

    String pkg = text("CREATE PACKAGE BODY HR.PAYROLL AS", 250);
    SourceSpan pkgSpan = s.place(pkg);
    ObjectRef pk = new ObjectRef("HR", "PAYROLL", UnitKind.PACKAGE);
    s.object(
        UnitKind.PACKAGE,
        "PAYROLL",
        pkg,
        pkgSpan,
        List.of(
            item("PG-2019", pk, pkgSpan, 2, 3, "g_rate NUMBER := 1.5;"),
            item("PG-2019", pk, pkgSpan, 3, 3, "g_count PLS_INTEGER;")));

    String fn = text("CREATE FUNCTION HR.BONUS RETURN NUMBER AS", 20);
    SourceSpan fnSpan = s.place(fn);
    ObjectRef f = new ObjectRef("HR", "BONUS", UnitKind.FUNCTION);
    s.object(
        UnitKind.FUNCTION,
        "BONUS",
        fn,
        fnSpan,
        List.of(item("GW-0003", f, fnSpan, 0, 1, "CREATE FUNCTION HR.BONUS")));

    s.simple(UnitKind.TRIGGER, "EMP_BIU", 12);

    // A statement that does not parse, and an informational script command.
    String broken = text("CREATE PROCEDURE HR.BROKEN AS BEGIN <<", 4);
    SourceSpan brokenSpan = s.place(broken);
    ObjectRef b = new ObjectRef("HR", "BROKEN", UnitKind.PROCEDURE);
    s.problems.add(
        new ActionItem(
            "GW-0001",
            Category.COMPLEX,
            "mismatched input '<<' expecting ...",
            b,
            brokenSpan,
            null,
            "CREATE PROCEDURE HR.BROKEN AS BEGIN <<"));
    String define = "DEFINE owner = HR";
    SourceSpan defineSpan = s.place(define);
    s.problems.add(
        new ActionItem(
            "GW-0005",
            Category.INFO,
            "SQL*Plus DEFINE skipped",
            new ObjectRef(null, FILE + ":" + defineSpan.startLine(), UnitKind.SCRIPT),
            defineSpan,
            null,
            define));
    // A wrapped package the front end reported, which the catalog lists too.
    ObjectRef secret = new ObjectRef("HR", "SECRET_PKG", UnitKind.PACKAGE);
    s.problems.add(
        new ActionItem("GW-0004", Category.COMPLEX, "wrapped PL/SQL", secret, null, null, null));

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
                new ReadProblem(ObjectKind.PACKAGE, "SECRET_PKG", "wrapped"),
                new ReadProblem(ObjectKind.FUNCTION, "HIDDEN_FN", "no EXECUTE privilege")));
    Database catalog = new Database("oracle", null, null, List.of(hr));
    return new ConversionResult(
        "oracle",
        "postgresql",
        s.objects,
        List.of(),
        s.problems,
        new SourceSet(List.of(), s.problems, catalog),
        Duration.ofMillis(1234));
  }
}
