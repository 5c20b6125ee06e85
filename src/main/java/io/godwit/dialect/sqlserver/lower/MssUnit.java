package io.godwit.dialect.sqlserver.lower;

import io.godwit.convert.ObjectRef;
import io.godwit.convert.SourceUnit;
import io.godwit.dialect.sqlserver.script.ParsedBatch;
import io.godwit.dialect.sqlserver.script.ParsedStatement;
import io.godwit.ir.SourceSpan;
import io.godwit.model.Table;

/**
 * One SQL Server object to convert, as the front end read it.
 *
 * @param ref the object
 * @param text its source text, or null for catalog tables
 * @param span where its defining statement is in its script, or null for catalog objects
 * @param defaultSchema the schema unqualified names resolve in
 * @param payload what lowering works from
 */
record MssUnit(ObjectRef ref, String text, SourceSpan span, String defaultSchema, Payload payload)
    implements SourceUnit {

  /** A table's text is that of all the statements that define it. */
  @Override
  public String text() {
    if (payload instanceof TablePayload t && !t.table().texts.isEmpty()) {
      return String.join("\n\n", t.table().texts);
    }
    return text;
  }

  /** What a unit is lowered from. */
  sealed interface Payload permits TablePayload, StatementPayload, CatalogTablePayload {}

  /** A table from a script's CREATE TABLE, ALTER TABLE and extended properties. */
  record TablePayload(MssTableDraft table) implements Payload {}

  /** One parsed statement and the batch it is in. */
  record StatementPayload(ParsedStatement statement, ParsedBatch batch) implements Payload {}

  /** A table of a live catalog. */
  record CatalogTablePayload(Table table) implements Payload {}
}
