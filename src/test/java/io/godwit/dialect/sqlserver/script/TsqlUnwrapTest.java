package io.godwit.dialect.sqlserver.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.ir.SourceSpan;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;

/** The SSMS existence-check wrappers, unwrapped with positions mapped back into the file. */
class TsqlUnwrapTest {

  private static final String WRAPPED =
      String.join(
          "\n",
          "SET ANSI_NULLS ON",
          "GO",
          "IF NOT EXISTS (SELECT * FROM sys.views WHERE object_id = OBJECT_ID(N'[dbo].[v]'))",
          "EXEC dbo.sp_executesql @statement = N'CREATE VIEW [dbo].[v]",
          "AS",
          "SELECT ''it''''s'' AS quote, name",
          "FROM dbo.t'",
          "GO",
          "");

  private final TsqlScriptParser parser = new TsqlScriptParser();

  @Test
  void parsesTheDefinitionInsideTheLiteral() {
    ParsedScript parsed = parser.parse("wrapped.sql", WRAPPED);
    ParsedBatch batch = parsed.batches().get(1);

    assertThat(batch.unwrapped()).isTrue();
    assertThat(batch.parsed()).isTrue();
    assertThat(batch.text())
        .isEqualTo("CREATE VIEW [dbo].[v]\nAS\nSELECT 'it''s' AS quote, name\nFROM dbo.t");
    assertThat(batch.span().startLine()).isEqualTo(3);
    assertThat(batch.span().endLine()).isEqualTo(7);

    ParsedStatement view = batch.statements().get(0);
    assertThat(view.kind()).isEqualTo(StatementKind.CREATE_VIEW);
    assertThat(view.schema()).isEqualTo("dbo");
    assertThat(view.name()).isEqualTo("v");
    assertThat(view.mode()).isEqualTo(CreateMode.CREATE);

    SourceSpan span = view.span();
    int literalStart = WRAPPED.indexOf("N'CREATE") + 2;
    assertThat(span.startOffset()).isEqualTo(literalStart);
    assertThat(span.endOffset()).isEqualTo(WRAPPED.indexOf("dbo.t'") + "dbo.t".length());
    assertThat(span.startLine()).isEqualTo(4);
    assertThat(span.startColumn()).isEqualTo("EXEC dbo.sp_executesql @statement = N'".length() + 1);
    assertThat(span.endLine()).isEqualTo(7);
    assertThat(batch.textOf(view.tree())).isEqualTo(batch.text());
    assertThat(batch.originalTextOf(view.tree()))
        .isEqualTo("CREATE VIEW [dbo].[v]\nAS\nSELECT ''it''''s'' AS quote, name\nFROM dbo.t");
  }

  @Test
  void tokensInsideTheLiteralCarryFilePositions() {
    ParsedScript parsed = parser.parse("wrapped.sql", WRAPPED);
    ParsedBatch batch = parsed.batches().get(1);

    TSqlParser.LiteralContext quote = find(batch.tree(), TSqlParser.LiteralContext.class);
    Token token = quote.getStart();
    assertThat(token.getText()).isEqualTo("'it''s'");
    assertThat(token.getLine()).isEqualTo(6);
    assertThat(token.getCharPositionInLine()).isEqualTo("SELECT ".length());
    assertThat(WRAPPED.substring(token.getStartIndex(), token.getStopIndex() + 1))
        .isEqualTo("''it''''s''");
    assertThat(batch.textOf(quote)).isEqualTo("'it''s'");
    assertThat(parsed.originalTextOf(quote)).isEqualTo("''it''''s''");
    SourceSpan span = batch.spanOf(quote);
    assertThat(span.startColumn()).isEqualTo(8);
    assertThat(span.endColumn()).isEqualTo(8 + "''it''''s''".length());
  }

  @Test
  void unwrapsExecWithParenthesesAndBeginEnd() {
    String script =
        "IF OBJECT_ID('p') IS NULL\nBEGIN\n  EXEC('CREATE PROCEDURE p AS SELECT ''x''')\nEND\n";
    ParsedBatch batch = parser.parse("p.sql", script).batches().get(0);
    assertThat(batch.unwrapped()).isTrue();
    assertThat(batch.text()).isEqualTo("CREATE PROCEDURE p AS SELECT 'x'");
    assertThat(batch.tree()).isInstanceOf(TSqlParser.RoutineBatchContext.class);
    assertThat(batch.statements().get(0).kind()).isEqualTo(StatementKind.CREATE_PROCEDURE);
    assertThat(batch.statements().get(0).span().startLine()).isEqualTo(3);
  }

  @Test
  void aBrokenDefinitionFailsAtItsPlaceInTheFile() {
    String script = "PRINT 1\nGO\nEXEC sp_executesql N'CREATE VIEW v AS\nSELECT FROM t'\nGO\n";
    ParsedBatch batch = parser.parse("bad.sql", script).batches().get(1);
    assertThat(batch.unwrapped()).isTrue();
    assertThat(batch.failure()).isNotNull();
    assertThat(batch.failure().line()).isEqualTo(4);
    assertThat(batch.failure().column()).isEqualTo(8);
    assertThat(batch.failure().offendingText()).isEqualTo("FROM");
  }

  @Test
  void leavesOtherDynamicSqlAlone() {
    String script =
        String.join(
            "\n",
            "EXEC sp_executesql N'SELECT 1'",
            "GO",
            "EXEC sp_executesql N'CREATE TABLE t (a int)', N'@a int', @a = 1",
            "GO",
            "EXEC (N'CREATE TABLE t (a int)') AT remote_server",
            "GO",
            "EXEC('CREATE TABLE t (a int)' + @suffix)",
            "GO",
            "EXEC('CREATE TABLE t (a int)')",
            "PRINT 'two statements'",
            "GO",
            "IF 1 = 1 EXEC('CREATE TABLE t (a int)') ELSE PRINT 'no'");
    ParsedScript parsed = parser.parse("dyn.sql", script);
    assertThat(parsed.failures()).isEmpty();
    assertThat(parsed.batches()).hasSize(6).noneMatch(ParsedBatch::unwrapped);
  }

  private static <T extends ParserRuleContext> T find(ParseTree node, Class<T> type) {
    if (type.isInstance(node)) {
      return type.cast(node);
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      T found = find(node.getChild(i), type);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
