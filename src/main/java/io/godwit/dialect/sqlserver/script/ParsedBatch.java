package io.godwit.dialect.sqlserver.script;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.ir.SourceSpan;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * One batch of a script: the text between GO lines, parsed.
 *
 * @param index the batch's position among the script's non-empty batches, from 0
 * @param text the text the parser saw: the batch as written, or for an unwrapped batch the
 *     unescaped definition inside the wrapper's string literal
 * @param span where the batch is in the file (for an unwrapped batch: the whole wrapper)
 * @param tree the parse tree, or null when the batch failed
 * @param statements the batch's top-level statements (empty when it failed)
 * @param failure why the batch failed, or null
 * @param usedLl whether the fast SLL pass failed and the full LL pass was needed
 * @param unwrapped whether this is the definition unwrapped from an SSMS existence-check wrapper
 *     ({@code IF NOT EXISTS (...) EXEC sp_executesql @statement = N'CREATE ...'})
 * @param repeat the count of {@code GO n} after the batch (1 for a plain GO or none)
 * @param source the batch's text and its mapping to the file
 */
public record ParsedBatch(
    int index,
    String text,
    SourceSpan span,
    TSqlParser.BatchContext tree,
    List<ParsedStatement> statements,
    ParseFailure failure,
    boolean usedLl,
    boolean unwrapped,
    int repeat,
    BatchText source) {

  public ParsedBatch {
    statements = List.copyOf(statements);
  }

  /** Whether the batch parsed. */
  public boolean parsed() {
    return failure == null;
  }

  /** A node's text as the parser saw it (unescaped, for an unwrapped batch). */
  public String textOf(ParserRuleContext node) {
    return source.textOf(node);
  }

  /** A node's characters exactly as they are in the file. */
  public String originalTextOf(ParserRuleContext node) {
    return source.originalTextOf(node);
  }

  /** Where a node of this batch's tree is in the file. */
  public SourceSpan spanOf(ParserRuleContext node) {
    return source.spanOf(node);
  }
}
