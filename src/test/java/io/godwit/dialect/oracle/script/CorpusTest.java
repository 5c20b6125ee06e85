package io.godwit.dialect.oracle.script;

import static io.godwit.dialect.oracle.script.StatementKind.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every statement of every corpus script parses, and is what the script says it is. */
class CorpusTest {

  /** What one script holds. */
  record Expected(
      String file, int statements, int sqlPlusCommands, Map<StatementKind, Integer> kinds) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Expected> scripts() {
    return Stream.of(
        expect(
            "corpus/sqldeveloper_export_hr.sql",
            60,
            3,
            CREATE_SEQUENCE,
            4,
            CREATE_TABLE,
            8,
            COMMENT,
            14,
            CREATE_VIEW,
            2,
            CREATE_INDEX,
            9,
            CREATE_PROCEDURE,
            2,
            CREATE_FUNCTION,
            1,
            CREATE_TRIGGER,
            2,
            ALTER_TRIGGER,
            2,
            CREATE_SYNONYM,
            1,
            ALTER_TABLE,
            15),
        expect(
            "corpus/dbms_metadata_scott.sql",
            19,
            0,
            CREATE_TABLE,
            4,
            CREATE_INDEX,
            2,
            CREATE_SEQUENCE,
            1,
            CREATE_VIEW,
            1,
            CREATE_PACKAGE,
            1,
            CREATE_PACKAGE_BODY,
            1,
            CREATE_TRIGGER,
            1,
            ALTER_TRIGGER,
            1,
            CREATE_TYPE,
            1,
            CREATE_FUNCTION,
            1,
            COMMENT,
            2,
            GRANT,
            2,
            CREATE_SYNONYM,
            1),
        expect(
            "corpus/export_fragments.sql",
            7,
            2,
            CREATE_MATERIALIZED_VIEW,
            1,
            CREATE_TABLE,
            1,
            DML,
            2,
            ALTER_TABLE,
            1,
            CREATE_INDEX,
            1,
            CREATE_VIEW,
            1),
        expect(
            "corpus/installer/install.sql",
            21,
            61,
            DML,
            5,
            CREATE_USER,
            1,
            GRANT,
            1,
            CREATE_ROLE,
            1,
            ALTER_SESSION,
            1,
            CREATE_SEQUENCE,
            2,
            CREATE_TABLE,
            2,
            CREATE_INDEX,
            1,
            CREATE_PROCEDURE,
            1,
            TRANSACTION_CONTROL,
            1,
            ANONYMOUS_BLOCK,
            1,
            CALL,
            3,
            DROP,
            1),
        expect("corpus/installer/orders_pkg.pks", 1, 1, CREATE_PACKAGE, 1),
        expect("corpus/installer/orders_pkg.pkb", 1, 1, CREATE_PACKAGE_BODY, 1),
        expect(
            "corpus/sales_app/01_tables.sql",
            21,
            0,
            CREATE_SEQUENCE,
            3,
            CREATE_TABLE,
            12,
            CREATE_INDEX,
            4,
            COMMENT,
            2),
        expect("corpus/sales_app/02_types.sql", 7, 0, CREATE_TYPE, 6, CREATE_TYPE_BODY, 1),
        expect("corpus/sales_app/03_pkg_util.sql", 2, 0, CREATE_PACKAGE, 1, CREATE_PACKAGE_BODY, 1),
        expect(
            "corpus/sales_app/04_pkg_orders.sql", 2, 0, CREATE_PACKAGE, 1, CREATE_PACKAGE_BODY, 1),
        expect("corpus/sales_app/05_pkg_hr.sql", 2, 0, CREATE_PACKAGE, 1, CREATE_PACKAGE_BODY, 1),
        expect(
            "corpus/sales_app/06_pkg_reports.sql", 2, 0, CREATE_PACKAGE, 1, CREATE_PACKAGE_BODY, 1),
        expect("corpus/sales_app/07_views.sql", 8, 0, CREATE_VIEW, 7, CREATE_MATERIALIZED_VIEW, 1),
        expect("corpus/sales_app/08_triggers.sql", 9, 0, CREATE_TRIGGER, 8, CREATE_VIEW, 1),
        expect(
            "corpus/sales_app/09_merge_and_jobs.sql",
            13,
            0,
            DML,
            6,
            ANONYMOUS_BLOCK,
            3,
            TRANSACTION_CONTROL,
            1,
            GRANT,
            2,
            CREATE_SYNONYM,
            1),
        expect("features/ddl_tables.sql", 21, 0, CREATE_TABLE, 21),
        expect(
            "features/ddl_alter.sql",
            49,
            0,
            ALTER_TABLE,
            34,
            ALTER_INDEX,
            2,
            ALTER_SEQUENCE,
            2,
            ALTER_TRIGGER,
            3,
            ALTER_SESSION,
            4,
            ALTER_OTHER,
            4),
        expect(
            "features/ddl_misc.sql",
            77,
            0,
            CREATE_INDEX,
            7,
            CREATE_SEQUENCE,
            3,
            CREATE_VIEW,
            4,
            CREATE_MATERIALIZED_VIEW,
            2,
            CREATE_MATERIALIZED_VIEW_LOG,
            1,
            CREATE_SYNONYM,
            4,
            COMMENT,
            4,
            GRANT,
            6,
            REVOKE,
            2,
            DROP,
            20,
            TRUNCATE,
            3,
            RENAME,
            1,
            CREATE_USER,
            1,
            CREATE_ROLE,
            1,
            CREATE_DATABASE_LINK,
            2,
            CREATE_OTHER,
            6,
            OTHER,
            5,
            TRANSACTION_CONTROL,
            3,
            DML,
            1,
            CALL,
            1),
        expect("features/plsql_declarations.sql", 2, 0, ANONYMOUS_BLOCK, 1, CREATE_PACKAGE, 1),
        expect("features/plsql_control.sql", 1, 0, CREATE_PROCEDURE, 1),
        expect("features/plsql_cursors_dynamic.sql", 6, 0, CREATE_FUNCTION, 5, CREATE_PROCEDURE, 1),
        expect("features/sql_queries.sql", 42, 0, DML, 42),
        expect("features/sql_expressions.sql", 10, 0, DML, 10),
        expect("features/sql_dml.sql", 27, 0, DML, 22, TRANSACTION_CONTROL, 5),
        expect(
            "features/conditional_compilation.sql",
            2,
            0,
            CREATE_PACKAGE,
            1,
            CREATE_PACKAGE_BODY,
            1),
        expect("features/types.sql", 12, 0, CREATE_TYPE, 9, CREATE_TYPE_BODY, 2, ALTER_OTHER, 1),
        expect("features/triggers.sql", 12, 0, CREATE_TRIGGER, 12),
        expect(
            "features/mixed_plsql_sql.sql",
            12,
            0,
            DML,
            8,
            CREATE_PROCEDURE,
            1,
            CREATE_TRIGGER,
            1,
            ANONYMOUS_BLOCK,
            1,
            CREATE_TABLE,
            1));
  }

  @ParameterizedTest
  @MethodSource("scripts")
  void everyStatementParses(Expected expected) {
    String text = PlSqlCorpus.read(expected.file());
    ParsedScript script = new PlSqlScriptParser().parse(expected.file(), text);

    assertThat(script.failures())
        .as("failures in %s", expected.file())
        .extracting(s -> s.span().startLine() + ": " + s.failure().describe())
        .isEmpty();
    assertThat(script.statements()).hasSize(expected.statements());
    Map<StatementKind, Integer> kinds = new EnumMap<>(StatementKind.class);
    script.statements().forEach(s -> kinds.merge(s.kind(), 1, Integer::sum));
    assertThat(kinds).isEqualTo(expected.kinds());
    assertThat(script.sqlPlusCommands()).hasSize(expected.sqlPlusCommands());
    for (ParsedStatement statement : script.statements()) {
      assertThat(statement.tree()).isNotNull();
      assertThat(text.substring(statement.span().startOffset(), statement.span().endOffset()))
          .isEqualTo(statement.text());
      String treeText = script.text(statement.tree());
      assertThat(statement.text()).startsWith(treeText);
      String rest = statement.text().substring(treeText.length()).strip();
      assertThat(rest.isEmpty() || rest.endsWith(";")).as("after the tree: %s", rest).isTrue();
    }
  }

  @Test
  void sllParsesTheBulkOfTheCorpus() {
    long statements = 0;
    long needingLl = 0;
    for (String file : PlSqlCorpus.FILES) {
      ParsedScript script = new PlSqlScriptParser().parse(file, PlSqlCorpus.read(file));
      statements += script.statements().size();
      needingLl += script.llCount();
    }
    System.out.printf(
        "PL/SQL corpus: %d statements, %d (%.1f%%) needed the LL stage%n",
        statements, needingLl, 100.0 * needingLl / statements);
    assertThat(statements).isGreaterThan(400);
    assertThat(needingLl * 100)
        .as("statements needing LL, in percent")
        .isLessThanOrEqualTo(statements * 2);
  }

  @Test
  void theCorpusListNamesEveryScript() throws IOException {
    Path root = Path.of("src/test/resources/plsql");
    List<String> onDisk;
    try (Stream<Path> files = Files.walk(root)) {
      onDisk =
          files
              .filter(Files::isRegularFile)
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .filter(p -> p.startsWith("corpus/") || p.startsWith("features/"))
              .sorted()
              .toList();
    }
    assertThat(PlSqlCorpus.FILES).containsExactlyInAnyOrderElementsOf(onDisk);
  }

  private static Expected expect(String file, int statements, int commands, Object... kindCounts) {
    Map<StatementKind, Integer> kinds = new EnumMap<>(StatementKind.class);
    for (int i = 0; i < kindCounts.length; i += 2) {
      kinds.put((StatementKind) kindCounts[i], (Integer) kindCounts[i + 1]);
    }
    return new Expected(file, statements, commands, kinds);
  }
}
