package io.godwit.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertedObject;
import io.godwit.convert.ObjectStatus;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.output.ConversionWriter;
import io.godwit.dialect.Dialects;
import io.godwit.service.ApplyReport;
import io.godwit.service.ApplyService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Applies the converted output of every golden case through the apply service to a fresh database
 * of the pair's target: PostgreSQL 15, or MariaDB 11.4 for MySQL (converted for {@code
 * mariadb-11.4}, see {@link Golden#executionOptions}). Objects converted without action items must
 * be created; what happens to the others is part of the expectations ({@code expected-apply.txt}),
 * so a change shows in review. A case's {@code verify.sql} then runs: each query must return true
 * (statements that return no rows are setup and must only succeed), which checks the converted code
 * behaves as the source code did.
 */
class GoldenExecutionIT {

  static List<Golden.Case> oraclePostgres() {
    return Golden.cases("oracle", "postgresql");
  }

  static List<Golden.Case> oracleMysql() {
    return Golden.cases("oracle", "mysql");
  }

  static List<Golden.Case> sqlServerPostgres() {
    return Golden.cases("sqlserver", "postgresql");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sqlServerPostgres")
  void sqlServerToPostgresRuns(Golden.Case c, @TempDir Path out) throws Exception {
    run(c, out);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oraclePostgres")
  void oracleToPostgresRuns(Golden.Case c, @TempDir Path out) throws Exception {
    run(c, out);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracleMysql")
  void oracleToMysqlRuns(Golden.Case c, @TempDir Path out) throws Exception {
    run(c, out);
  }

  static List<Golden.Case> sqlServerMysql() {
    return Golden.cases("sqlserver", "mysql");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sqlServerMysql")
  void sqlServerToMysqlRuns(Golden.Case c, @TempDir Path out) throws Exception {
    run(c, out);
  }

  private static void run(Golden.Case c, Path out) throws Exception {
    ConversionResult r = Golden.convert(c, Golden.executionOptions(c));
    new ConversionWriter(ItemCatalog.builtIn(), "test").write(r, List.of("case.sql"), out);
    GoldenServer server = GoldenServer.forTarget(c.to());
    String url = server.prepare(r);
    ApplyReport report =
        new ApplyService(Dialects.discover()).apply(out, server.spec(url), m -> {});

    List<String> lines = new ArrayList<>();
    java.util.Set<String> notApplied = new java.util.HashSet<>();
    for (ApplyReport.Entry e : report.objects()) {
      if (e.status() != ApplyReport.Status.applied) {
        String key = key(e.kind(), e.schema(), e.name());
        notApplied.add(key);
        lines.add(key + ": " + e.status() + ": " + firstLine(e.error()));
      }
    }
    String apply = lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    for (ConvertedObject o : r.objects()) {
      if (o.status() == ObjectStatus.CONVERTED) {
        String key = key(o.kind().label(), o.target().schema(), o.target().name());
        assertThat(notApplied)
            .as("%s converted without action items, so it must run on %s: %s", key, c.to(), apply)
            .doesNotContain(key);
      }
    }
    Path expected = c.dir().resolve("expected-apply.txt");
    if (Golden.updating()) {
      Golden.write(expected, apply);
    } else {
      assertThat(apply).as("objects that did not apply, %s", c).isEqualTo(Golden.read(expected));
    }
    Path verify = c.dir().resolve("verify.sql");
    if (Files.exists(verify)) {
      try (Connection conn = server.connect(url);
          Statement st = conn.createStatement()) {
        for (io.godwit.dialect.ScriptStatement check :
            Dialects.discover()
                .byId(c.to())
                .orElseThrow()
                .splitStatements(Files.readString(verify))) {
          boolean rows;
          try {
            rows = st.execute(check.text());
          } catch (java.sql.SQLException e) {
            throw new AssertionError(c + ": " + check.text() + ": " + e.getMessage(), e);
          }
          if (!rows) {
            continue; // setup (INSERT, CALL ...): it must only run
          }
          try (ResultSet rs = st.getResultSet()) {
            assertThat(rs.next()).as("%s returns a row", check).isTrue();
            assertThat(rs.getBoolean(1)).as("%s: %s", c, check).isTrue();
          }
        }
      }
    }
  }

  private static String key(String kind, String schema, String name) {
    return kind + " " + (schema == null ? "" : schema + ".") + name;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
