package io.godwit.dialect.oracle.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading statement by statement gives what reading the whole script gives. */
class StreamingTest {

  @Test
  void statementsArriveInOrderWithTheSameResults() {
    String file = "corpus/installer/install.sql";
    String text = PlSqlCorpus.read(file);
    PlSqlScriptParser parser = new PlSqlScriptParser();
    ParsedScript whole = parser.parse(file, text);
    List<ParsedStatement> streamed = new ArrayList<>();
    ScriptSummary summary = parser.parse(file, text, streamed::add);

    assertThat(streamed)
        .extracting(ParsedStatement::span)
        .containsExactlyElementsOf(whole.statements().stream().map(ParsedStatement::span).toList());
    assertThat(streamed)
        .extracting(ParsedStatement::kind)
        .containsExactlyElementsOf(whole.statements().stream().map(ParsedStatement::kind).toList());
    assertThat(summary.statements()).isEqualTo(whole.statements().size());
    assertThat(summary.failures()).isZero();
    assertThat(summary.needingLl()).isEqualTo((int) whole.llCount());
    assertThat(summary.notes()).isEqualTo(whole.notes());
    assertThat(summary.sqlPlusCommands()).isEqualTo(whole.sqlPlusCommands());
  }

  @Test
  void statementsArriveOneByOneInFileOrder() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      text.append("CREATE TABLE t").append(i).append(" (a NUMBER);\n");
    }
    List<String> seen = new ArrayList<>();
    ScriptSummary summary =
        new PlSqlScriptParser()
            .parse(
                "many.sql", text.toString(), s -> seen.add(s.name() + "@" + s.span().startLine()));
    assertThat(summary.statements()).isEqualTo(50);
    assertThat(seen).hasSize(50).startsWith("T0@1", "T1@2").endsWith("T49@50");
  }
}
