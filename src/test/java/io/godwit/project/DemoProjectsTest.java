package io.godwit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.godwit.dialect.oracle.script.PlSqlScriptParser;
import io.godwit.dialect.sqlserver.script.TsqlScriptParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled demos install as projects and every statement of their scripts parses. */
class DemoProjectsTest {

  @TempDir Path temp;

  @Test
  void bothDemosInstallAsProjectsThatOpen() throws Exception {
    for (String name : DemoProjects.NAMES) {
      Path dir = DemoProjects.install(name, temp.resolve(name));
      Project p = new ProjectStore().open(dir);
      assertThat(p.file().source().product()).isEqualTo(name);
      assertThat(p.file().target().product()).isEqualTo("postgresql");
      assertThat(ProjectStore.scriptPaths(p.file().source(), dir).get(0)).isDirectory();
    }
  }

  @Test
  void installingAgainKeepsTheUsersFiles() throws Exception {
    Path dir = DemoProjects.install("oracle", temp.resolve("o"));
    Path script = dir.resolve("scripts/03_views.sql");
    Files.writeString(script, "-- mine", StandardCharsets.UTF_8);
    DemoProjects.install("oracle", dir);
    assertThat(Files.readString(script)).isEqualTo("-- mine");
  }

  @Test
  void anUnknownDemoIsAClearError() {
    assertThatThrownBy(() -> DemoProjects.install("db2", temp))
        .hasMessageContaining("no demo called 'db2'");
  }

  @Test
  void everyOracleStatementParses() throws Exception {
    Path dir = DemoProjects.install("oracle", temp.resolve("o"));
    PlSqlScriptParser parser = new PlSqlScriptParser(Duration.ofSeconds(30));
    List<String> failures = new ArrayList<>();
    int statements = 0;
    for (Path f : scripts(dir)) {
      var parsed = parser.parse(f.getFileName().toString(), Files.readString(f));
      statements += parsed.statements().size();
      parsed
          .failures()
          .forEach(s -> failures.add(s.span().describe() + " " + s.failure().message()));
    }
    assertThat(failures).isEmpty();
    assertThat(statements).isGreaterThan(100);
  }

  @Test
  void everySqlServerBatchParses() throws Exception {
    Path dir = DemoProjects.install("sqlserver", temp.resolve("s"));
    TsqlScriptParser parser = new TsqlScriptParser(Duration.ofSeconds(30));
    List<String> failures = new ArrayList<>();
    int statements = 0;
    for (Path f : scripts(dir)) {
      var parsed = parser.parse(f.getFileName().toString(), Files.readString(f));
      statements += parsed.statements().size();
      parsed
          .failures()
          .forEach(x -> failures.add(f.getFileName() + ":" + x.line() + " " + x.message()));
    }
    assertThat(failures).isEmpty();
    assertThat(statements).isGreaterThan(100);
  }

  private static List<Path> scripts(Path dir) throws Exception {
    try (var s = Files.list(dir.resolve("scripts"))) {
      return s.sorted().toList();
    }
  }
}
