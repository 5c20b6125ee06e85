package io.godwit.ui;

import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertedObject;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.ObjectStatus;
import io.godwit.convert.SourceSet;
import io.godwit.convert.SourceUnit;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.Category;
import io.godwit.ir.SourceSpan;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A small conversion as a front end and back end would produce it, written out as data: an Oracle
 * script with a table, a package and a view that did not convert, and its PostgreSQL result. The
 * view models are tested on it without the toolkit and without a front end.
 */
public final class Sample {

  public static final String FILE = "sales.sql";
  public static final String TABLE_TEXT =
      "CREATE TABLE sales.orders (id NUMBER(10), note VARCHAR2(40));";
  public static final String PACKAGE_TEXT =
      "CREATE OR REPLACE PACKAGE BODY sales.order_mgmt AS\n"
          + "  PROCEDURE purge IS\n"
          + "  BEGIN\n"
          + "    EXECUTE IMMEDIATE 'DELETE FROM orders';\n"
          + "  END;\n"
          + "END order_mgmt;";
  public static final String VIEW_TEXT = "CREATE VIEW sales.v_weird AS SELECT * FROM t MODEL;";
  public static final String SCRIPT = TABLE_TEXT + "\n" + PACKAGE_TEXT + "\n" + VIEW_TEXT + "\n";

  public static final String TABLE_SQL =
      "CREATE TABLE sales.orders (id numeric(10), note varchar(40));\n";
  public static final String PACKAGE_SQL =
      "CREATE SCHEMA IF NOT EXISTS order_mgmt;\n"
          + "CREATE OR REPLACE PROCEDURE order_mgmt.purge()\n"
          + "LANGUAGE plpgsql AS $$\n"
          + "BEGIN\n"
          + "  EXECUTE 'DELETE FROM orders';\n"
          + "END;\n"
          + "$$;\n";

  public static final ObjectRef TABLE = new ObjectRef("SALES", "ORDERS", UnitKind.TABLE);
  public static final ObjectRef PACKAGE = new ObjectRef("SALES", "ORDER_MGMT", UnitKind.PACKAGE);
  public static final ObjectRef VIEW = new ObjectRef("SALES", "V_WEIRD", UnitKind.VIEW);

  /** A unit of the script. */
  record Unit(ObjectRef ref, String text, SourceSpan span) implements SourceUnit {}

  private Sample() {}

  static SourceSpan span(String text, int from) {
    int startLine = 1 + count(SCRIPT.substring(0, from));
    int endLine = startLine + count(text);
    return new SourceSpan(FILE, startLine, 1, endLine, 1, from, from + text.length());
  }

  private static int count(String s) {
    return (int) s.chars().filter(c -> c == '\n').count();
  }

  public static SourceSet sources() {
    int table = 0;
    int pkg = TABLE_TEXT.length() + 1;
    int view = pkg + PACKAGE_TEXT.length() + 1;
    return new SourceSet(
        List.of(
            new Unit(TABLE, TABLE_TEXT, span(TABLE_TEXT, table)),
            new Unit(PACKAGE, PACKAGE_TEXT, span(PACKAGE_TEXT, pkg)),
            new Unit(VIEW, VIEW_TEXT, span(VIEW_TEXT, view))),
        List.of(),
        null);
  }

  /** The dynamic SQL item of the package: its source and target spans. */
  public static ActionItem dynamicSql() {
    int pkg = TABLE_TEXT.length() + 1;
    String stmt = "EXECUTE IMMEDIATE 'DELETE FROM orders';";
    int at = pkg + PACKAGE_TEXT.indexOf(stmt);
    SourceSpan source = new SourceSpan(FILE, 5, 5, 5, 5 + stmt.length(), at, at + stmt.length());
    String target = "EXECUTE 'DELETE FROM orders';";
    int t = PACKAGE_SQL.indexOf(target);
    SourceSpan targetSpan =
        new SourceSpan(null, 5, 3, 5, 3 + target.length(), t, t + target.length());
    return new ActionItem(
        "GW-0007",
        Category.MEDIUM,
        "Dynamic SQL passed unchanged",
        PACKAGE,
        source,
        targetSpan,
        stmt);
  }

  public static ActionItem viewFailure() {
    int view = TABLE_TEXT.length() + 1 + PACKAGE_TEXT.length() + 1;
    return new ActionItem(
        "GW-0001",
        Category.COMPLEX,
        "Statement does not parse: MODEL",
        VIEW,
        new SourceSpan(FILE, 7, 1, 7, 10, view, view + 10),
        null,
        VIEW_TEXT);
  }

  public static ConversionResult result() {
    SourceSet sources = sources();
    SourceUnit t = sources.units().get(0);
    SourceUnit p = sources.units().get(1);
    SourceUnit v = sources.units().get(2);
    ConvertedObject table =
        new ConvertedObject(
            TABLE,
            UnitKind.TABLE,
            new ObjectRef("sales", "orders", UnitKind.TABLE),
            null,
            TABLE_SQL,
            List.of(),
            ObjectStatus.CONVERTED,
            t.text(),
            t.span(),
            Set.of(),
            Set.of());
    ConvertedObject pkg =
        new ConvertedObject(
            PACKAGE,
            UnitKind.PACKAGE,
            new ObjectRef("order_mgmt", "order_mgmt", UnitKind.PACKAGE),
            null,
            PACKAGE_SQL,
            List.of(dynamicSql()),
            ObjectStatus.ACTIONS,
            p.text(),
            p.span(),
            Set.of("orders"),
            Set.of());
    ConvertedObject view =
        new ConvertedObject(
            VIEW,
            UnitKind.VIEW,
            null,
            null,
            null,
            List.of(viewFailure()),
            ObjectStatus.FAILED,
            v.text(),
            v.span(),
            Set.of(),
            Set.of());
    ConvertedObject schema =
        new ConvertedObject(
            new ObjectRef(null, "sales", UnitKind.SCHEMA),
            UnitKind.SCHEMA,
            new ObjectRef(null, "sales", UnitKind.SCHEMA),
            null,
            "CREATE SCHEMA IF NOT EXISTS sales;\n",
            List.of(),
            ObjectStatus.CONVERTED,
            null,
            null,
            Set.of(),
            Set.of());
    return new ConversionResult(
        "oracle",
        "postgresql",
        List.of(schema, table, pkg, view),
        List.of(),
        List.of(),
        sources,
        Duration.ofMillis(12));
  }
}
