package io.godwit.dialect.oracle.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A statement that fails becomes a failure with its position; the statements after it still parse.
 */
class FailureRecoveryTest {

  @Test
  void aBrokenStatementInTheMiddle() {
    String script =
        "CREATE TABLE a (x NUMBER);\n"
            + "CREATE TABLE b (x NUMBER,, y DATE);\n"
            + "CREATE OR REPLACE PROCEDURE p IS\nBEGIN\n  IF x THEN NULL; END;\nEND;\n/\n"
            + "CREATE TABLE c (x NUMBER);\n"
            + "SELECT * FROM c;\n";
    ParsedScript parsed = new PlSqlScriptParser().parse("broken.sql", script);
    assertThat(parsed.statements()).hasSize(5);
    assertThat(parsed.statements())
        .extracting(ParsedStatement::parsed)
        .containsExactly(true, false, false, true, true);

    ParsedStatement table = parsed.statements().get(1);
    assertThat(table.kind()).isEqualTo(StatementKind.CREATE_TABLE);
    assertThat(table.name()).isEqualTo("B");
    assertThat(table.tree()).isNull();
    ParseFailure failure = table.failure();
    assertThat(failure.reason()).isEqualTo(ParseFailure.Reason.SYNTAX);
    assertThat(failure.line()).isEqualTo(2);
    assertThat(failure.column()).isEqualTo(26);
    assertThat(failure.offendingText()).isEqualTo(",");
    assertThat(failure.message()).contains("','");
    assertThat(failure.span().startOffset()).isEqualTo(script.indexOf(",,") + 1);
    assertThat(table.usedLl()).isTrue();

    ParsedStatement procedure = parsed.statements().get(2);
    assertThat(procedure.kind()).isEqualTo(StatementKind.CREATE_PROCEDURE);
    assertThat(procedure.name()).isEqualTo("P");
    assertThat(procedure.failure().line()).isEqualTo(5);
    assertThat(procedure.text()).startsWith("CREATE OR REPLACE PROCEDURE p").endsWith("END;");

    assertThat(parsed.statements().get(3).name()).isEqualTo("C");
  }

  @Test
  void wrappedUnitsAreToldApartFromSyntaxErrors() {
    String script =
        "CREATE OR REPLACE PACKAGE BODY pk wrapped \na000000\n1\nabcd\nb\nrRZ4kHnfZ7V/Jsq09\n/\n"
            + "CREATE OR REPLACE PROCEDURE \"Odd\" WRAPPED\na000000\n7\nP3PcOzVu\n/\n"
            + "CREATE OR REPLACE PROCEDURE p IS\nBEGIN\n  wrapped := 1 wrapped;\nEND;\n/\n"
            + "CREATE TABLE t (x NUMBER) wrapped;\n";
    ParsedScript parsed = new PlSqlScriptParser().parse("w.sql", script);
    assertThat(parsed.statements()).hasSize(4);
    assertThat(parsed.statements()).extracting(ParsedStatement::parsed).containsOnly(false);
    assertThat(parsed.statements())
        .extracting(ParsedStatement::wrapped)
        .containsExactly(true, true, false, false);
    assertThat(parsed.statements().get(1).name()).isEqualTo("Odd");
  }

  @Test
  void unterminatedStatementAtTheEnd() {
    ParsedScript parsed =
        new PlSqlScriptParser().parse("x.sql", "CREATE TABLE a (x NUMBER);\nSELECT * FROM");
    assertThat(parsed.statements()).hasSize(2);
    ParseFailure failure = parsed.statements().get(1).failure();
    assertThat(failure.message()).contains("end of statement");
    assertThat(failure.offendingText()).isEmpty();
    assertThat(failure.line()).isEqualTo(2);
  }

  @Test
  void aStatementOverItsBudgetFailsInsteadOfHanging() {
    StringBuilder big = new StringBuilder("SELECT ");
    for (int i = 0; i < 20000; i++) {
      big.append("a").append(i).append(" + ");
    }
    big.append("1 FROM dual;\nSELECT 1 FROM dual;\n");
    ParsedScript parsed =
        new PlSqlScriptParser(Duration.ofNanos(1)).parse("slow.sql", big.toString());
    assertThat(parsed.statements()).hasSize(2);
    ParseFailure failure = parsed.statements().get(0).failure();
    assertThat(failure.reason()).isEqualTo(ParseFailure.Reason.TIME_BUDGET);
    assertThat(failure.line()).isEqualTo(1);
  }

  @Test
  void deepNestingFailsWithoutCrashing() throws InterruptedException {
    int depth = 1_000;
    String sql =
        "SELECT "
            + "(".repeat(depth)
            + "1"
            + ")".repeat(depth)
            + " FROM dual;\nSELECT 2 FROM dual;";
    AtomicReference<ParsedScript> result = new AtomicReference<>();
    // a small stack makes the parser's stack overflow early and cheaply
    Thread thread =
        new Thread(
            null,
            () -> result.set(new PlSqlScriptParser().parse("deep.sql", sql)),
            "deep-parse",
            256 * 1024);
    thread.start();
    thread.join();
    ParsedScript parsed = result.get();
    assertThat(parsed.statements()).hasSize(2);
    assertThat(parsed.statements().get(0).failure().reason())
        .isEqualTo(ParseFailure.Reason.TOO_DEEP);
    assertThat(parsed.statements().get(1).parsed()).isTrue();
  }

  @Test
  void garbageIsAFailureNotAnException() {
    ParsedScript parsed =
        new PlSqlScriptParser().parse("junk.sql", "}{ ^^ \u0000 'unterminated\n\"also");
    assertThat(parsed.statements()).isNotEmpty();
    assertThat(parsed.statements()).allSatisfy(s -> assertThat(s.parsed()).isFalse());
  }

  @Test
  void emptyAndBlankScripts() {
    assertThat(new PlSqlScriptParser().parse("e.sql", "").statements()).isEmpty();
    assertThat(
            new PlSqlScriptParser()
                .parse("e.sql", "  \n-- only a comment\n/* and another */\n;\n")
                .statements())
        .isEmpty();
  }
}
