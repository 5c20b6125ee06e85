package io.godwit.dialect.mysql;

import static io.godwit.dialect.mysql.MyFixture.num;
import static io.godwit.dialect.mysql.MyFixture.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.Rendered;
import io.godwit.convert.UnitKind;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.BuiltinFn;
import io.godwit.ir.expr.DatePart;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.LiteralKind;
import io.godwit.ir.query.Query;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The built-ins' source semantics on a real server: each expression is a column of a view, and the
 * value MySQL computes must be the one Oracle or SQL Server would.
 */
abstract class MyBuiltinCases {

  MyFixture fx;
  String db;
  final Map<String, Expr> exprs = new LinkedHashMap<>();
  final Map<String, String> expected = new LinkedHashMap<>();

  abstract MyServer server();

  abstract String version();

  @BeforeEach
  void database() {
    String url = server().createDatabase("mybuiltin");
    db = url.substring(url.lastIndexOf('/') + 1);
    fx = new MyFixture(server(), url, MyFixture.options(version(), Map.of()));
  }

  static Expr fn(BuiltinFn f, Expr... args) {
    return Expr.Builtin.of(f, args);
  }

  static Expr part(BuiltinFn f, DatePart p, Expr... args) {
    return new Expr.Builtin(f, List.of(args), p, null);
  }

  static Expr ts(String v) {
    return new Expr.Literal(LiteralKind.TIMESTAMP, v);
  }

  static Expr date(String v) {
    return new Expr.Literal(LiteralKind.DATE, v);
  }

  void expect(String value, Expr e) {
    String name = "c" + (exprs.size() + 1);
    exprs.put(name, e);
    expected.put(name, value);
  }

  /** Creates one view with every expression as a column and compares each value. */
  void check() throws SQLException {
    List<Query.SelectItem> items = new ArrayList<>();
    exprs.forEach((name, e) -> items.add(new Query.SelectItem(e, Ident.of(name))));
    Rendered r =
        fx.apply(
            new Ddl.CreateView(
                QName.of(db, "BUILTINS"),
                null,
                Query.Select.simple(items, List.of(), null),
                false,
                Ddl.CheckOption.NONE,
                null),
            UnitKind.VIEW);
    try (Connection c = server().connect(fx.url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select * from " + db + ".builtins")) {
      rs.next();
      List<String> wrong = new ArrayList<>();
      for (Map.Entry<String, String> e : expected.entrySet()) {
        String actual = rs.getString(e.getKey());
        if (!java.util.Objects.equals(actual, e.getValue())) {
          wrong.add(
              e.getKey()
                  + " = "
                  + actual
                  + ", expected "
                  + e.getValue()
                  + ": "
                  + exprs.get(e.getKey()));
        }
      }
      assertThat(wrong).as(r.sql()).isEmpty();
    }
  }

  @Test
  void strings() throws SQLException {
    expect("3", fn(BuiltinFn.LENGTH, str("Zoë")));
    expect("4", fn(BuiltinFn.OCTET_LENGTH, str("Zoë")));
    expect("Hello World-Foo 2nd", fn(BuiltinFn.INITCAP, str("hello wORLD-foo 2ND")));
    expect("ab", fn(BuiltinFn.SUBSTRING, str("abcdef"), num(0), num(2)));
    expect("def", fn(BuiltinFn.SUBSTRING, str("abcdef"), Expr.Literal.number("-3")));
    expect("bcd", fn(BuiltinFn.SUBSTRING, str("abcdef"), num(2), num(3)));
    expect("2", fn(BuiltinFn.POSITION, str("abcabc"), str("b")));
    expect("5", fn(BuiltinFn.POSITION, str("abcabc"), str("b"), num(1), num(2)));
    expect("5", fn(BuiltinFn.POSITION, str("abcabc"), str("b"), Expr.Literal.number("-1")));
    expect("007", fn(BuiltinFn.LPAD, str("7"), num(3), str("0")));
    expect("ab  ", fn(BuiltinFn.RPAD, str("ab"), num(4)));
    expect("ab", fn(BuiltinFn.LTRIM, str("xxyab"), str("xy")));
    expect("ab", fn(BuiltinFn.RTRIM, str("abxx"), str("x")));
    expect("a", fn(BuiltinFn.TRIM, str("  a  ")));
    expect("abc", fn(BuiltinFn.REPLACE, str("a-b-c"), str("-")));
    expect("aXc", fn(BuiltinFn.REPLACE, str("abc"), str("b"), str("X")));
    expect("xcd", fn(BuiltinFn.TRANSLATE, str("abcd"), str("ab"), str("x")));
    expect("cba", fn(BuiltinFn.REVERSE, str("abc")));
    expect("ababab", fn(BuiltinFn.REPEAT, str("ab"), num(3)));
    expect("65", fn(BuiltinFn.ASCII, str("A")));
    expect("B", fn(BuiltinFn.CHR, num(66)));
    expect("aXYef", fn(BuiltinFn.OVERLAY, str("abcdef"), num(2), num(3), str("XY")));
    expect("ab", fn(BuiltinFn.LEFT, str("abc"), num(2)));
    expect("bc", fn(BuiltinFn.RIGHT, str("abc"), num(2)));
    expect("ABC", fn(BuiltinFn.UPPER, str("abc")));
    expect(
        "ab",
        new Expr.Binary(
            BinaryOp.CONCAT_NULL_AS_EMPTY,
            str("a"),
            new Expr.Binary(BinaryOp.CONCAT_NULL_AS_EMPTY, Expr.Literal.NULL, str("b"))));
    expect(null, new Expr.Binary(BinaryOp.CONCAT, str("a"), Expr.Literal.NULL));
    expect(null, fn(BuiltinFn.GREATEST, num(1), Expr.Literal.NULL));
    expect("2", fn(BuiltinFn.COALESCE, Expr.Literal.NULL, num(2)));
    expect("1", new Expr.Like(str("a\\b"), str("a\\b"), null, false));
    check();
  }

  @Test
  void regularExpressions() throws SQLException {
    expect("0", fn(BuiltinFn.REGEXP_LIKE, str("Abc"), str("^a")));
    expect("1", fn(BuiltinFn.REGEXP_LIKE, str("Abc"), str("^a"), str("i")));
    expect("a#b#c", fn(BuiltinFn.REGEXP_REPLACE, str("a1b22c"), str("[0-9]+"), str("#")));
    expect("x-y", fn(BuiltinFn.REGEXP_REPLACE, str("y x"), str("(\\w) (\\w)"), str("\\2-\\1")));
    expect("123", fn(BuiltinFn.REGEXP_SUBSTR, str("abc123def"), str("[0-9]+")));
    expect("4", fn(BuiltinFn.REGEXP_INSTR, str("abc123"), str("[0-9]")));
    expect("3", fn(BuiltinFn.REGEXP_COUNT, str("a1b2c3"), str("[0-9]")));
    if (version().startsWith("mariadb")) {
      check();
    } else {
      // MySQL's REGEXP_LIKE and argument lists do not run on MariaDB: check the text.
      List<Query.SelectItem> items = new ArrayList<>();
      exprs.forEach((name, e) -> items.add(new Query.SelectItem(e, Ident.of(name))));
      Rendered r =
          fx.render(
              new Ddl.CreateView(
                  QName.of(db, "REGEX"),
                  null,
                  Query.Select.simple(items, List.of(), null),
                  false,
                  Ddl.CheckOption.NONE,
                  null),
              UnitKind.VIEW);
      assertThat(r.sql())
          .contains("REGEXP_LIKE('Abc', '^a', 'c')")
          .contains("REGEXP_LIKE('Abc', '^a', 'i')")
          .contains("REGEXP_REPLACE('y x', '(\\\\w) (\\\\w)', '$2-$1', 1, 0, 'c')")
          .contains("REGEXP_SUBSTR('abc123def', '[0-9]+', 1, 1, 'c')")
          .contains("godwit_compat.regexp_count_icu('a1b2c3', '[0-9]', 1, 'c')");
    }
  }

  @Test
  void formatsAndConversions() throws SQLException {
    Expr day = date("2024-03-05");
    Expr moment = ts("2024-03-05 14:07:09");
    expect("2024-03-05", fn(BuiltinFn.TO_CHAR, day, str("YYYY-MM-DD")));
    expect("05-MAR-2024", fn(BuiltinFn.TO_CHAR, day, str("DD-MON-YYYY")));
    expect("Tuesday  ", fn(BuiltinFn.TO_CHAR, day, str("Day")));
    expect("March 5, 2024", fn(BuiltinFn.TO_CHAR, day, str("FMMonth DD, YYYY")));
    expect("14:07:09", fn(BuiltinFn.TO_CHAR, moment, str("HH24:MI:SS")));
    expect("02:07 PM", fn(BuiltinFn.TO_CHAR, moment, str("HH:MI AM")));
    expect("3 Q1 w10", fn(BuiltinFn.TO_CHAR, day, str("D \"Q\"Q \"w\"IW")));
    expect("1,234.50", fn(BuiltinFn.TO_CHAR, Expr.Literal.number("1234.5"), str("FM9,999.00")));
    expect("  .50", fn(BuiltinFn.TO_CHAR, Expr.Literal.number("0.5"), str("9.99")));
    expect(" -12", fn(BuiltinFn.TO_CHAR, Expr.Literal.number("-12"), str("999")));
    expect("####", fn(BuiltinFn.TO_CHAR, num(12345), str("999")));
    expect("0012", fn(BuiltinFn.TO_CHAR, num(12), str("FM0000")));
    expect("3.5", fn(BuiltinFn.TO_CHAR, Expr.Literal.number("3.50")));
    expect("-.25", fn(BuiltinFn.TO_CHAR, Expr.Literal.number("-0.25")));
    expect("42", fn(BuiltinFn.TO_CHAR, num(42)));
    expect("2024-03-05 00:00:00", fn(BuiltinFn.TO_DATE, str("05-03-2024"), str("DD-MM-YYYY")));
    expect(
        "2024-03-05 14:07:09",
        fn(BuiltinFn.TO_DATE, str("05-mar-2024 14:07:09"), str("DD-MON-YYYY HH24:MI:SS")));
    expect(
        "2024-03-05 14:07:09.123000",
        fn(
            BuiltinFn.TO_TIMESTAMP,
            str("2024-03-05 14:07:09.123"),
            str("YYYY-MM-DD HH24:MI:SS.FF3")));
    expect(
        "1",
        new Expr.Binary(
            BinaryOp.EQ,
            fn(BuiltinFn.TO_NUMBER, str("$1,234.50"), str("$9,999.99")),
            Expr.Literal.number("1234.5")));
    expect("1", new Expr.Binary(BinaryOp.EQ, fn(BuiltinFn.TO_NUMBER, str("17")), num(17)));
    check();
  }

  @Test
  void numbers() throws SQLException {
    expect("3", fn(BuiltinFn.ROUND, Expr.Literal.number("2.5")));
    expect("1.23", fn(BuiltinFn.ROUND, Expr.Literal.number("1.2345"), num(2)));
    expect("-1", fn(BuiltinFn.TRUNC, Expr.Literal.number("-1.7")));
    expect("1.23", fn(BuiltinFn.TRUNC, Expr.Literal.number("1.239"), num(2)));
    expect("7", fn(BuiltinFn.MOD, num(7), num(0)));
    expect("-1", fn(BuiltinFn.MOD, Expr.Literal.number("-7"), num(3)));
    expect("1", new Expr.Binary(BinaryOp.EQ, fn(BuiltinFn.POWER, num(2), num(10)), num(1024)));
    expect("1", new Expr.Binary(BinaryOp.EQ, fn(BuiltinFn.LOG, num(2), num(8)), num(3)));
    expect("-1", fn(BuiltinFn.SIGN, Expr.Literal.number("-3")));
    expect("2", fn(BuiltinFn.CEIL, Expr.Literal.number("1.2")));
    expect("1", fn(BuiltinFn.FLOOR, Expr.Literal.number("1.8")));
    expect("1", new Expr.Binary(BinaryOp.EQ, fn(BuiltinFn.SQRT, num(9)), num(3)));
    expect("3", new Expr.Binary(BinaryOp.INT_DIVIDE, num(7), num(2)));
    expect("-3", new Expr.Binary(BinaryOp.INT_DIVIDE, Expr.Literal.number("-7"), num(2)));
    expect("-6", new Expr.Unary(io.godwit.ir.expr.UnaryOp.BIT_NOT, num(5)));
    expect("1", new Expr.Binary(BinaryOp.BIT_AND, num(5), num(3)));
    expect(
        "1", new Expr.Binary(BinaryOp.IS_NOT_DISTINCT_FROM, Expr.Literal.NULL, Expr.Literal.NULL));
    expect("0", new Expr.Binary(BinaryOp.IS_DISTINCT_FROM, num(1), num(1)));
    check();
  }

  @Test
  void datesAndTimes() throws SQLException {
    Expr jan31 = ts("2024-01-31 10:00:00");
    expect("2024-02-29 10:00:00", part(BuiltinFn.DATE_ADD, DatePart.MONTH, jan31, num(1)));
    expect(
        "2024-02-01 22:00:00",
        part(BuiltinFn.DATE_ADD, DatePart.DAY, jan31, Expr.Literal.number("1.5")));
    expect(
        "2024-01-31 10:00:00.250000",
        part(BuiltinFn.DATE_ADD, DatePart.MILLISECOND, jan31, num(250)));
    expect("2024-02-01 10:00:00", new Expr.Binary(BinaryOp.ADD, jan31, num(1)));
    expect(
        "2024-02-01 11:30:00",
        new Expr.Binary(
            BinaryOp.ADD,
            jan31,
            new Expr.IntervalLiteral(false, 0, 0, 1, 1, 30, java.math.BigDecimal.ZERO)));
    expect(
        "1",
        part(
            BuiltinFn.DATE_DIFF,
            DatePart.DAY,
            ts("2024-01-01 23:00:00"),
            ts("2024-01-02 01:00:00")));
    expect("1", part(BuiltinFn.DATE_DIFF, DatePart.MONTH, date("2024-01-31"), date("2024-02-01")));
    expect(
        "1",
        part(
            BuiltinFn.DATE_DIFF,
            DatePart.HOUR,
            ts("2024-01-01 10:59:00"),
            ts("2024-01-01 11:01:00")));
    expect("1", part(BuiltinFn.DATE_DIFF, DatePart.WEEK, date("2024-03-02"), date("2024-03-03")));
    expect("1", part(BuiltinFn.DATE_DIFF, DatePart.YEAR, date("2023-12-31"), date("2024-01-01")));
    Expr moment = ts("2024-03-05 14:07:09");
    expect("2024-03-01 00:00:00", part(BuiltinFn.DATE_TRUNC, DatePart.MONTH, moment));
    expect("2024-01-01 00:00:00", part(BuiltinFn.DATE_TRUNC, DatePart.QUARTER, moment));
    expect("2024-03-04 00:00:00", part(BuiltinFn.DATE_TRUNC, DatePart.WEEK, moment));
    expect("2024-03-05 14:00:00", part(BuiltinFn.DATE_TRUNC, DatePart.HOUR, moment));
    expect("2024", part(BuiltinFn.EXTRACT, DatePart.YEAR, moment));
    expect("2", part(BuiltinFn.EXTRACT, DatePart.DAY_OF_WEEK, moment));
    expect("2024-03-31 10:00:00", fn(BuiltinFn.ADD_MONTHS, ts("2024-02-29 10:00:00"), num(1)));
    expect(
        "2024-02-29 10:00:00",
        fn(BuiltinFn.ADD_MONTHS, ts("2024-03-31 10:00:00"), Expr.Literal.number("-1")));
    expect(
        "1.000000000000000000000000000000",
        fn(BuiltinFn.MONTHS_BETWEEN, date("2024-03-31"), date("2024-02-29")));
    expect(
        "1.451612903225806451612903225806",
        fn(BuiltinFn.MONTHS_BETWEEN, date("2024-03-15"), date("2024-02-01")));
    expect("2024-02-29 08:00:00", fn(BuiltinFn.LAST_DAY, ts("2024-02-10 08:00:00")));
    expect("2024-03-08 00:00:00", fn(BuiltinFn.NEXT_DAY, date("2024-03-05"), str("FRIDAY")));
    expect("2024-02-29", fn(BuiltinFn.END_OF_MONTH, date("2024-02-10")));
    expect("2024-03-31", fn(BuiltinFn.END_OF_MONTH, date("2024-02-10"), num(1)));
    expect("March", part(BuiltinFn.DATE_NAME, DatePart.MONTH, moment));
    expect("2024-03-06 00:00:00", part(BuiltinFn.ROUND, DatePart.DAY, moment));
    expect("36", fn(BuiltinFn.LENGTH, fn(BuiltinFn.NEW_UUID)));
    expect("1", new Expr.IsNull(fn(BuiltinFn.CURRENT_USER), true));
    expect("1", new Expr.IsNull(fn(BuiltinFn.LOCAL_TIMESTAMP), true));
    check();
  }
}
