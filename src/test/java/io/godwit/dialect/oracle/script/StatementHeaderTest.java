package io.godwit.dialect.oracle.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Kinds, object types and names read from a statement's first tokens. */
class StatementHeaderTest {

  private static ParsedStatement one(String sql) {
    return new PlSqlScriptParser().parse("h.sql", sql).statements().get(0);
  }

  @Test
  void namesAreNormalisedLikeOracle() {
    ParsedStatement quoted = one("CREATE TABLE \"Sales\".\"Order Lines\" (a NUMBER);");
    assertThat(quoted.schema()).isEqualTo("Sales");
    assertThat(quoted.name()).isEqualTo("Order Lines");
    ParsedStatement plain = one("create table sales.order_lines (a number);");
    assertThat(plain.schema()).isEqualTo("SALES");
    assertThat(plain.name()).isEqualTo("ORDER_LINES");
    assertThat(plain.qualifiedName()).isEqualTo("SALES.ORDER_LINES");
    assertThat(one("CREATE TABLE t (a NUMBER);").schema()).isNull();
  }

  @Test
  void upperCasingIgnoresTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(one("create table items (i number);").name()).isEqualTo("ITEMS");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void kindsAndObjectTypes() {
    assertHeader(
        "CREATE OR REPLACE EDITIONABLE PACKAGE BODY hr.pkg AS BEGIN NULL; END;",
        StatementKind.CREATE_PACKAGE_BODY,
        "PACKAGE BODY",
        "HR",
        "PKG");
    assertHeader(
        "CREATE OR REPLACE TYPE BODY t AS MEMBER FUNCTION f RETURN NUMBER IS BEGIN RETURN 1; END; END;",
        StatementKind.CREATE_TYPE_BODY,
        "TYPE BODY",
        null,
        "T");
    assertHeader(
        "CREATE UNIQUE INDEX hr.ix ON hr.t (a);", StatementKind.CREATE_INDEX, "INDEX", "HR", "IX");
    assertHeader(
        "CREATE GLOBAL TEMPORARY TABLE g (a NUMBER);",
        StatementKind.CREATE_TABLE,
        "TABLE",
        null,
        "G");
    assertHeader(
        "CREATE MATERIALIZED VIEW mv AS SELECT 1 FROM dual;",
        StatementKind.CREATE_MATERIALIZED_VIEW,
        "MATERIALIZED VIEW",
        null,
        "MV");
    assertHeader(
        "CREATE PUBLIC SYNONYM s FOR hr.t;",
        StatementKind.CREATE_SYNONYM,
        "SYNONYM",
        "PUBLIC",
        "S");
    assertHeader(
        "CREATE OR REPLACE FORCE VIEW v AS SELECT 1 FROM dual;",
        StatementKind.CREATE_VIEW,
        "VIEW",
        null,
        "V");
    assertHeader(
        "CREATE TRIGGER hr.trg BEFORE INSERT ON t BEGIN NULL; END;",
        StatementKind.CREATE_TRIGGER,
        "TRIGGER",
        "HR",
        "TRG");
    assertHeader("ALTER TABLE hr.t ADD (b NUMBER);", StatementKind.ALTER_TABLE, "TABLE", "HR", "T");
    assertHeader("DROP PACKAGE BODY hr.pkg;", StatementKind.DROP, "PACKAGE BODY", "HR", "PKG");
    assertHeader("DROP PUBLIC SYNONYM s;", StatementKind.DROP, "PUBLIC SYNONYM", null, "S");
    assertHeader("COMMENT ON COLUMN hr.t.c IS 'x';", StatementKind.COMMENT, "COLUMN", "HR", "T");
    assertHeader("COMMENT ON TABLE t IS 'x';", StatementKind.COMMENT, "TABLE", null, "T");
    assertHeader("GRANT SELECT ON hr.t TO u;", StatementKind.GRANT, null, "HR", "T");
    assertHeader("TRUNCATE TABLE hr.t;", StatementKind.TRUNCATE, "TABLE", "HR", "T");
    assertHeader(
        "CREATE USER app IDENTIFIED BY x;", StatementKind.CREATE_USER, "USER", null, "APP");
    assertHeader("CREATE ROLE rpt;", StatementKind.CREATE_ROLE, "ROLE", null, "RPT");
    assertHeader("BEGIN NULL; END;", StatementKind.ANONYMOUS_BLOCK, null, null, null);
    assertHeader(
        "MERGE INTO t USING s ON (1 = 1) WHEN MATCHED THEN UPDATE SET a = 1;",
        StatementKind.DML,
        null,
        null,
        null);
    assertHeader("COMMIT;", StatementKind.TRANSACTION_CONTROL, null, null, null);
  }

  @Test
  void oracle23IfExistsClauses() {
    assertHeader(
        "CREATE TABLE IF NOT EXISTS hr.t (a NUMBER);",
        StatementKind.CREATE_TABLE,
        "TABLE",
        "HR",
        "T");
    assertHeader("DROP TABLE IF EXISTS hr.t;", StatementKind.DROP, "TABLE", "HR", "T");
    assertHeader(
        "CREATE INDEX IF NOT EXISTS ix ON t (a);", StatementKind.CREATE_INDEX, "INDEX", null, "IX");
    assertHeader(
        "CREATE SEQUENCE IF NOT EXISTS s;", StatementKind.CREATE_SEQUENCE, "SEQUENCE", null, "S");
    assertHeader(
        "CREATE VIEW IF NOT EXISTS v AS SELECT 1 x FROM dual;",
        StatementKind.CREATE_VIEW,
        "VIEW",
        null,
        "V");
  }

  @Test
  void failedStatementsStillNameTheirObject() {
    ParsedStatement broken =
        one("CREATE OR REPLACE FUNCTION hr.f RETURN NUMBER IS BEGIN RETURN (; END;");
    assertThat(broken.parsed()).isFalse();
    assertThat(broken.kind()).isEqualTo(StatementKind.CREATE_FUNCTION);
    assertThat(broken.qualifiedName()).isEqualTo("HR.F");
  }

  private static void assertHeader(
      String sql, StatementKind kind, String type, String schema, String name) {
    ParsedStatement statement = one(sql);
    assertThat(statement.failure()).as(sql).isNull();
    assertThat(statement.kind()).as(sql).isEqualTo(kind);
    assertThat(statement.objectType()).as(sql).isEqualTo(type);
    assertThat(statement.schema()).as(sql).isEqualTo(schema);
    assertThat(statement.name()).as(sql).isEqualTo(name);
  }
}
