package io.godwit.dialect.oracle.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.junit.jupiter.api.Test;

/**
 * Every keyword of the lexer is in exactly one keyword list of the parser: reserved (never a name),
 * structural (a name, never an alias without AS) or non-reserved (a name anywhere).
 */
class KeywordListsTest {

  private static final ATN ATN =
      new PlSqlParser(new CommonTokenStream(new PlSqlLexer(CharStreams.fromString("")))).getATN();

  /** The token types a one-token rule accepts. */
  private static Set<Integer> tokensOf(int ruleIndex) {
    IntervalSet set = ATN.nextTokens(ATN.ruleToStartState[ruleIndex]);
    return new HashSet<>(set.toList());
  }

  /** The keyword tokens of the lexer: those whose literal is a word. */
  private static List<Integer> keywordTypes() {
    List<Integer> types = new ArrayList<>();
    for (int type = 1; type <= PlSqlLexer.VOCABULARY.getMaxTokenType(); type++) {
      String literal = PlSqlLexer.VOCABULARY.getLiteralName(type);
      if (literal != null && literal.length() > 2 && Character.isLetter(literal.charAt(1))) {
        types.add(type);
      }
    }
    return types;
  }

  /**
   * The tokens of a word as they are lexed inside a statement: at the start of a script a word such
   * as ARCHIVE or A would be read as a SQL*Plus command.
   */
  private static List<Token> lexInStatement(String word) {
    PlSqlLexer lexer = new PlSqlLexer(CharStreams.fromString("(" + word));
    List<Token> tokens = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        tokens.add(t);
      }
    }
    return tokens.subList(1, tokens.size());
  }

  private static String text(int type) {
    String literal = PlSqlLexer.VOCABULARY.getLiteralName(type);
    return literal.substring(1, literal.length() - 1);
  }

  @Test
  void everyKeywordIsInExactlyOneList() {
    Set<Integer> reserved = tokensOf(PlSqlParser.RULE_reserved_keyword);
    Set<Integer> structural = tokensOf(PlSqlParser.RULE_structural_keyword);
    Set<Integer> nonReserved = tokensOf(PlSqlParser.RULE_non_reserved_keyword);
    assertThat(reserved)
        .doesNotContainAnyElementsOf(structural)
        .doesNotContainAnyElementsOf(nonReserved);
    assertThat(structural).doesNotContainAnyElementsOf(nonReserved);
    Set<Integer> all = new HashSet<>(reserved);
    all.addAll(structural);
    all.addAll(nonReserved);
    assertThat(all).containsExactlyInAnyOrderElementsOf(keywordTypes());
  }

  @Test
  void eachKeywordLexesAsItselfInAnyCase() {
    for (int type : keywordTypes()) {
      String word = text(type);
      for (String spelling : List.of(word, word.toLowerCase(Locale.ROOT))) {
        List<Token> tokens = lexInStatement(spelling);
        assertThat(tokens).as(spelling).singleElement().extracting(Token::getType).isEqualTo(type);
        assertThat(PlSqlLexer.VOCABULARY.getSymbolicName(type).replace("_", ""))
            .as("token name of %s", word)
            .startsWith(word.replace("_", "").substring(0, 1));
      }
    }
  }

  @Test
  void namesAndAliasesFollowTheLists() {
    Set<Integer> reserved = tokensOf(PlSqlParser.RULE_reserved_keyword);
    Set<Integer> structural = tokensOf(PlSqlParser.RULE_structural_keyword);
    for (int type : keywordTypes()) {
      String word = text(type);
      assertThat(parses(word, true)).as("%s as a name", word).isEqualTo(!reserved.contains(type));
      assertThat(parses(word, false))
          .as("%s as an alias", word)
          .isEqualTo(!reserved.contains(type) && !structural.contains(type));
    }
  }

  @Test
  void commonColumnNamesAreNames() {
    for (String word :
        List.of(
            "type",
            "name",
            "status",
            "value",
            "timestamp",
            "year",
            "day",
            "key",
            "data",
            "result",
            "text",
            "source",
            "open",
            "close",
            "count",
            "first",
            "last",
            "limit",
            "comments",
            "a",
            "at")) {
      assertThat(parses(word, true)).as(word).isTrue();
    }
  }

  private static boolean parses(String word, boolean asName) {
    PlSqlParser parser =
        new PlSqlParser(new CommonTokenStream(new ListTokenSource(lexInStatement(word))));
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      if (asName) {
        parser.identifier();
      } else {
        parser.alias_identifier();
      }
      return parser.getCurrentToken().getType() == Token.EOF;
    } catch (ParseCancellationException e) {
      return false;
    }
  }
}
