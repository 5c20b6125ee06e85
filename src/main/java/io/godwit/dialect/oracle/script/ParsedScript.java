package io.godwit.dialect.oracle.script;

import io.godwit.ir.SourceSpan;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * A script read statement by statement.
 *
 * @param source the script's text; use it for the span and original text of any tree node
 * @param statements the statements in file order, parsed or failed
 * @param notes what SQL*Plus would have done differently from reading the statements alone
 * @param sqlPlusCommands the SQL*Plus commands that were skipped, in file order
 */
public record ParsedScript(
    SourceText source,
    List<ParsedStatement> statements,
    List<ScriptNote> notes,
    List<SqlPlusCommand> sqlPlusCommands) {

  /** The file name given to the parser. */
  public String file() {
    return source.file();
  }

  /** The statements that failed to parse. */
  public List<ParsedStatement> failures() {
    return statements.stream().filter(s -> !s.parsed()).toList();
  }

  /** How many statements needed the full-context (LL) stage. */
  public long llCount() {
    return statements.stream().filter(ParsedStatement::usedLl).count();
  }

  /** The original text of a node of any statement of this script. */
  public String text(ParserRuleContext node) {
    return source.text(node);
  }

  /** The original text of a token of this script. */
  public String text(Token token) {
    return source.text(token);
  }

  /** Where a node of any statement of this script is. */
  public SourceSpan span(ParserRuleContext node) {
    return source.span(node);
  }
}
