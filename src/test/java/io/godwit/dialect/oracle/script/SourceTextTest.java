package io.godwit.dialect.oracle.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.ir.SourceSpan;
import org.junit.jupiter.api.Test;

/** Spans and original text are file-relative, in Java characters, whatever the line endings. */
class SourceTextTest {

  @Test
  void spansOfTreeNodesAreFileRelative() {
    String text =
        "-- header\r\nCREATE TABLE a (x NUMBER);\r\n\r\nCREATE TABLE b (\r\n  y   VARCHAR2(10)\r\n);\r\n";
    ParsedScript script = new PlSqlScriptParser().parse("crlf.sql", text);
    ParsedStatement second = script.statements().get(1);
    PlSqlParser.Column_definitionContext column =
        Trees.first(second.tree(), PlSqlParser.Column_definitionContext.class);
    SourceSpan span = script.span(column);
    assertThat(span.file()).isEqualTo("crlf.sql");
    assertThat(span.startLine()).isEqualTo(5);
    assertThat(span.startColumn()).isEqualTo(3);
    assertThat(span.endLine()).isEqualTo(5);
    assertThat(span.endColumn()).isEqualTo(19);
    assertThat(script.text(column)).isEqualTo("y   VARCHAR2(10)");
    assertThat(text.substring(span.startOffset(), span.endOffset())).isEqualTo("y   VARCHAR2(10)");
    assertThat(second.span().startLine()).isEqualTo(4);
    assertThat(second.span().endLine()).isEqualTo(6);
  }

  @Test
  void charactersOutsideTheBasicPlaneKeepOffsetsRight() {
    String text = "INSERT INTO t VALUES ('\uD83D\uDE00 smile');\nSELECT café FROM t;\n";
    ParsedScript script = new PlSqlScriptParser().parse("emoji.sql", text);
    assertThat(script.failures()).isEmpty();
    ParsedStatement select = script.statements().get(1);
    assertThat(select.text()).isEqualTo("SELECT café FROM t;");
    assertThat(select.span().startOffset()).isEqualTo(text.indexOf("SELECT"));
    PlSqlParser.Query_blockContext block =
        Trees.first(select.tree(), PlSqlParser.Query_blockContext.class);
    assertThat(script.text(block.select_list())).isEqualTo("café");
    assertThat(
            script.text(
                Trees.first(
                    script.statements().get(0).tree(), PlSqlParser.String_literalContext.class)))
        .isEqualTo("'\uD83D\uDE00 smile'");
  }

  @Test
  void multiLineTokensEndWhereTheyEnd() {
    SourceText source = new SourceText("m.sql", "a\nbc\r\nd");
    SourceSpan span = source.span(2, 7);
    assertThat(span.startLine()).isEqualTo(2);
    assertThat(span.startColumn()).isEqualTo(1);
    assertThat(span.endLine()).isEqualTo(3);
    assertThat(span.endColumn()).isEqualTo(2);
  }
}
