package io.godwit.dialect.oracle.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** Tokens the lexer makes, including the ones its hand-written base recognises. */
class PlSqlLexerTest {

  /** Default-channel tokens as "TYPE:text". */
  private static List<String> tokens(String text) {
    PlSqlLexer lexer = new PlSqlLexer(CharStreams.fromString(text));
    List<String> out = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        out.add(PlSqlLexer.VOCABULARY.getSymbolicName(t.getType()) + ":" + t.getText());
      }
    }
    return out;
  }

  private static List<Token> allTokens(String text) {
    PlSqlLexer lexer = new PlSqlLexer(CharStreams.fromString(text));
    List<Token> out = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      if (t.getType() != PlSqlLexer.WS) {
        out.add(t);
      }
    }
    return out;
  }

  @Test
  void qQuotedStringsWithAnyDelimiter() {
    assertThat(tokens("q'[a ' ] b]' Q'{x}' q'<y>' q'(z)' q'!it's!' nq'#n#' NQ'|m|'"))
        .containsExactly(
            "Q_STRING:q'[a ' ] b]'",
            "Q_STRING:Q'{x}'",
            "Q_STRING:q'<y>'",
            "Q_STRING:q'(z)'",
            "Q_STRING:q'!it's!'",
            "NQ_STRING:nq'#n#'",
            "NQ_STRING:NQ'|m|'");
    assertThat(tokens("q'[never closed")).first().isEqualTo("REGULAR_ID:q");
    assertThat(tokens("xq'a'")).containsExactly("REGULAR_ID:xq", "CHAR_STRING:'a'");
  }

  @Test
  void stringsNumbersAndRanges() {
    assertThat(tokens("'it''s' N'n' 1..10 1.5 .5 1e3 2.5E-2 10d 3f"))
        .containsExactly(
            "CHAR_STRING:'it''s'",
            "NCHAR_STRING:N'n'",
            "UNSIGNED_INTEGER:1",
            "DOUBLE_DOT:..",
            "UNSIGNED_INTEGER:10",
            "DECIMAL_LITERAL:1.5",
            "DECIMAL_LITERAL:.5",
            "DECIMAL_LITERAL:1e3",
            "DECIMAL_LITERAL:2.5E-2",
            "DECIMAL_LITERAL:10d",
            "DECIMAL_LITERAL:3f");
  }

  @Test
  void namesBindsAndSubstitutionVariables() {
    assertThat(tokens("\"Mixed Case\" v$session a#1 :new :1 :\"q\" &x &&y &owner..t $$plsql_unit"))
        .containsExactly(
            "DELIMITED_ID:\"Mixed Case\"",
            "REGULAR_ID:v$session",
            "REGULAR_ID:a#1",
            "BIND_VARIABLE::new",
            "BIND_VARIABLE::1",
            "BIND_VARIABLE::\"q\"",
            "SUBSTITUTION_VARIABLE:&x",
            "SUBSTITUTION_VARIABLE:&&y",
            "SUBSTITUTION_VARIABLE:&owner.",
            "DOT:.",
            "REGULAR_ID:t",
            "INQUIRY_DIRECTIVE:$$plsql_unit");
  }

  @Test
  void operatorsAndOuterJoinMarker() {
    assertThat(tokens("a(+) b ( + ) := => || ** <> != ^= ~= <= >= << >> %"))
        .containsExactly(
            "A_LETTER:a",
            "OUTER_JOIN_SIGN:(+)",
            "REGULAR_ID:b",
            "OUTER_JOIN_SIGN:( + )",
            "ASSIGN::=",
            "ARROW:=>",
            "CONCAT:||",
            "DOUBLE_ASTERISK:**",
            "NOT_EQUAL:<>",
            "NOT_EQUAL:!=",
            "NOT_EQUAL:^=",
            "NOT_EQUAL:~=",
            "LE:<=",
            "GE:>=",
            "LABEL_START:<<",
            "LABEL_END:>>",
            "PERCENT_SIGN:%");
  }

  @Test
  void commentsAndHintsAreHidden() {
    List<Token> all = allTokens("SELECT /*+ FULL(t) */ -- note\n/* block */ 1 FROM t");
    assertThat(all)
        .extracting(t -> PlSqlLexer.VOCABULARY.getSymbolicName(t.getType()))
        .containsExactly(
            "SELECT",
            "HINT",
            "SINGLE_LINE_COMMENT",
            "MULTI_LINE_COMMENT",
            "UNSIGNED_INTEGER",
            "FROM",
            "REGULAR_ID");
    assertThat(all.get(1).getChannel()).isEqualTo(Token.HIDDEN_CHANNEL);
  }

  @Test
  void keywordsAreCaseInsensitive() {
    assertThat(tokens("select Select SELECT sElEcT"))
        .containsOnly("SELECT:select", "SELECT:Select", "SELECT:SELECT", "SELECT:sElEcT");
  }

  @Test
  void anyInputLexesWithoutErrors() {
    assertThat(tokens("'open \"x ` ? { }"))
        .extracting(s -> s.substring(0, s.indexOf(':')))
        .contains("ERROR_CHAR");
  }

  @Test
  void sqlPlusLinesAreOneHiddenTokenBetweenStatements() {
    List<Token> all =
        allTokens(
            "PROMPT don't stop\nSELECT 1 FROM dual;\nSET LINESIZE 100 -\n PAGESIZE 0\n@x.sql\n");
    assertThat(all)
        .extracting(t -> PlSqlLexer.VOCABULARY.getSymbolicName(t.getType()))
        .containsExactly(
            "SQLPLUS_COMMAND",
            "SELECT",
            "UNSIGNED_INTEGER",
            "FROM",
            "REGULAR_ID",
            "SEMI",
            "SQLPLUS_COMMAND",
            "SQLPLUS_COMMAND");
    assertThat(all.get(0).getText()).isEqualTo("PROMPT don't stop");
    assertThat(all.get(6).getText()).isEqualTo("SET LINESIZE 100 -\n PAGESIZE 0");
    assertThat(all.get(7).getText()).isEqualTo("@x.sql");
  }
}
