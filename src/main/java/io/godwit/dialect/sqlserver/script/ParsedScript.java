package io.godwit.dialect.sqlserver.script;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * A parsed script: its batches in order, each parsed or failed.
 *
 * @param file the script's name
 * @param batches the non-empty batches
 * @param source the script's text
 */
public record ParsedScript(String file, List<ParsedBatch> batches, SourceText source) {

  public ParsedScript {
    batches = List.copyOf(batches);
  }

  /** The failures, one per failed batch, in order. */
  public List<ParseFailure> failures() {
    List<ParseFailure> failures = new ArrayList<>();
    for (ParsedBatch batch : batches) {
      if (batch.failure() != null) {
        failures.add(batch.failure());
      }
    }
    return failures;
  }

  /** The top-level statements of all parsed batches, in order. */
  public List<ParsedStatement> statements() {
    List<ParsedStatement> statements = new ArrayList<>();
    for (ParsedBatch batch : batches) {
      statements.addAll(batch.statements());
    }
    return statements;
  }

  /** How many batches needed the LL pass. */
  public int llBatches() {
    int count = 0;
    for (ParsedBatch batch : batches) {
      if (batch.usedLl()) {
        count++;
      }
    }
    return count;
  }

  /** A node's characters exactly as they are in the file, whichever batch it belongs to. */
  public String originalTextOf(ParserRuleContext node) {
    return source.slice(BatchText.fileStart(node), BatchText.fileEnd(node));
  }
}
