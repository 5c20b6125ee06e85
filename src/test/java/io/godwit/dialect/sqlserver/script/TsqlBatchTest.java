package io.godwit.dialect.sqlserver.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.ir.SourceSpan;
import java.time.Duration;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** GO splitting, spans, failures and the time budget. */
class TsqlBatchTest {

  private final TsqlScriptParser parser = new TsqlScriptParser();

  @Test
  void splitsOnGoLinesOnly() {
    String script =
        String.join(
            "\n",
            "SELECT 1",
            "GO",
            "  go  -- indented, lower case, with a comment",
            "SELECT 'GO",
            "GO' AS inside_a_string",
            "/* a block comment",
            "GO",
            "*/",
            "SELECT [GO",
            "] FROM t GO",
            "PRINT 'x' -- GO",
            "GO 5",
            "GO",
            "-- only a comment",
            "GO",
            "SELECT 2");
    ParsedScript parsed = parser.parse("go.sql", script);

    assertThat(parsed.failures()).isEmpty();
    assertThat(parsed.batches()).extracting(ParsedBatch::index).containsExactly(0, 1, 2);
    assertThat(parsed.batches()).extracting(b -> b.span().startLine()).containsExactly(1, 4, 16);
    assertThat(parsed.batches()).extracting(ParsedBatch::repeat).containsExactly(1, 5, 1);
    assertThat(parsed.batches().get(1).statements()).hasSize(3);
    assertThat(parsed.batches().get(1).text())
        .startsWith("SELECT 'GO\nGO' AS inside_a_string\n/* a block comment\nGO\n*/")
        .endsWith("PRINT 'x' -- GO");
  }

  @Test
  void goCountsAreClampedToAtLeastOne() {
    ParsedScript parsed = parser.parse("n.sql", "PRINT 1\nGO 0\nPRINT 2\nGO 99999999999999\n");
    assertThat(parsed.batches())
        .extracting(ParsedBatch::repeat)
        .containsExactly(1, Integer.MAX_VALUE);
  }

  @Test
  void tokensAndSpansAreFileRelative() {
    String script = "USE db\nGO\n\n  SELECT a,\n         b FROM t\nGO\n";
    ParsedScript parsed = parser.parse("spans.sql", script);
    ParsedBatch second = parsed.batches().get(1);
    ParsedStatement select = second.statements().get(0);

    SourceSpan span = select.span();
    assertThat(span.file()).isEqualTo("spans.sql");
    assertThat(span.startLine()).isEqualTo(4);
    assertThat(span.startColumn()).isEqualTo(3);
    assertThat(span.endLine()).isEqualTo(5);
    assertThat(span.endColumn()).isEqualTo(18);
    assertThat(script.substring(span.startOffset(), span.endOffset()))
        .isEqualTo("SELECT a,\n         b FROM t");
    Token b = select.tree().getStop();
    assertThat(b.getText()).isEqualTo("t");
    assertThat(b.getLine()).isEqualTo(5);
    assertThat(b.getCharPositionInLine()).isEqualTo(16);
    assertThat(second.textOf(select.tree())).isEqualTo("SELECT a,\n         b FROM t");
    assertThat(parsed.originalTextOf(select.tree())).isEqualTo("SELECT a,\n         b FROM t");
  }

  @Test
  void aBrokenBatchFailsAloneWithItsLine() {
    String script =
        String.join(
            "\n",
            "CREATE TABLE dbo.a (id int)",
            "GO",
            "SELECT id,",
            "  FROM dbo.a WHERE",
            "GO",
            "CREATE TABLE dbo.b (id int)",
            "GO");
    ParsedScript parsed = parser.parse("broken.sql", script);

    assertThat(parsed.batches()).hasSize(3);
    assertThat(parsed.failures()).hasSize(1);
    ParsedBatch broken = parsed.batches().get(1);
    assertThat(broken.parsed()).isFalse();
    assertThat(broken.tree()).isNull();
    assertThat(broken.statements()).isEmpty();
    assertThat(broken.usedLl()).isTrue();
    assertThat(broken.text()).isEqualTo("SELECT id,\n  FROM dbo.a WHERE");
    ParseFailure failure = broken.failure();
    assertThat(failure.kind()).isEqualTo(ParseFailure.Kind.SYNTAX);
    assertThat(failure.line()).isEqualTo(4);
    assertThat(failure.column()).isEqualTo(3);
    assertThat(failure.offendingText()).isEqualTo("FROM");
    assertThat(failure.describe()).startsWith("broken.sql:4:3: syntax error");
    assertThat(parsed.batches().get(2).statements())
        .singleElement()
        .satisfies(s -> assertThat(s.name()).isEqualTo("b"));
  }

  @Test
  void aBatchEndingTooEarlyFailsAtItsEnd() {
    ParsedScript parsed = parser.parse("eof.sql", "SELECT 1\nGO\nIF 1 = 1\n");
    ParseFailure failure = parsed.batches().get(1).failure();
    assertThat(failure.kind()).isEqualTo(ParseFailure.Kind.SYNTAX);
    assertThat(failure.offendingText()).isEmpty();
    assertThat(failure.line()).isEqualTo(3);
  }

  @Test
  void aBatchOverItsTimeBudgetFailsAndTheNextStillParses() {
    StringBuilder big = new StringBuilder("SELECT 1");
    for (int i = 0; i < 2000; i++) {
      big.append(" + ").append(i);
    }
    TsqlScriptParser hurried = new TsqlScriptParser(Duration.ofNanos(1));
    ParsedScript parsed = hurried.parse("slow.sql", big + "\nGO\nPRINT 1\n");

    ParseFailure failure = parsed.batches().get(0).failure();
    assertThat(failure.kind()).isEqualTo(ParseFailure.Kind.TIME_BUDGET);
    assertThat(failure.message()).contains("budget");
    assertThat(parsed.batches()).hasSize(2);
  }

  @Test
  void theFirstStatementMayCallAProcedureWithoutExec() {
    ParsedScript parsed = parser.parse("x.sql", "sp_help 'dbo.t'\nSELECT 1");
    TSqlParser.BatchContext tree = parsed.batches().get(0).tree();
    assertThat(tree).isInstanceOf(TSqlParser.ImplicitExecuteBatchContext.class);
    List<ParsedStatement> statements = parsed.statements();
    assertThat(statements)
        .extracting(ParsedStatement::kind)
        .containsExactly(StatementKind.EXECUTE, StatementKind.DML);
    assertThat(statements.get(0).name()).isEqualTo("sp_help");
  }

  @Test
  void emptyAndNullScriptsHaveNoBatches() {
    assertThat(parser.parse("e.sql", "").batches()).isEmpty();
    assertThat(parser.parse("e.sql", null).batches()).isEmpty();
    assertThat(parser.parse("e.sql", "  \n-- nothing\nGO\n/* */").batches()).isEmpty();
  }
}
