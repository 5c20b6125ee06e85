package io.godwit.dialect.oracle.lower;

import io.godwit.convert.ObjectRef;
import io.godwit.convert.SourceUnit;
import io.godwit.dialect.oracle.script.ParsedStatement;
import io.godwit.dialect.oracle.script.SourceText;
import io.godwit.ir.SourceSpan;
import io.godwit.model.Index;
import io.godwit.model.Sequence;
import io.godwit.model.Synonym;
import io.godwit.model.View;

/**
 * One Oracle object to convert, as the front end read it.
 *
 * @param ref the object
 * @param text its source text (the statements that define it), or null for catalog tables
 * @param span where its defining statement is in its script, or null for catalog objects
 * @param defaultSchema the schema unqualified names resolve in (the owner, or the script's current
 *     schema), or null
 * @param payload what lowering works from
 * @param packages the packages of the whole conversion, for references to their members
 */
record OraUnit(
    ObjectRef ref,
    String text,
    SourceSpan span,
    String defaultSchema,
    Payload payload,
    OraPackages packages)
    implements SourceUnit {

  /** A table's text is that of all the statements that define it, known once reading is done. */
  @Override
  public String text() {
    if (payload instanceof TablePayload t && !t.table().texts.isEmpty()) {
      return String.join("\n\n", t.table().texts);
    }
    return text;
  }

  /** Text between a package's specification and its body in {@link #text()}. */
  static final String PACKAGE_JOINER = "\n/\n\n";

  /**
   * A package's text is its specification, {@link #PACKAGE_JOINER}, and its body: a span in the
   * body's script lands after the specification's text, not where the body is in that script.
   */
  @Override
  public int textOffset(SourceSpan at) {
    if (at != null
        && payload instanceof StatementPayload p
        && p.statement() != null
        && p.body() != null
        && within(at, p.body().span())) {
      return p.statement().text().length()
          + PACKAGE_JOINER.length()
          + at.startOffset()
          - p.body().span().startOffset();
    }
    return SourceUnit.super.textOffset(at);
  }

  private static boolean within(SourceSpan at, SourceSpan statement) {
    return statement != null
        && java.util.Objects.equals(at.file(), statement.file())
        && at.startOffset() >= statement.startOffset()
        && at.startOffset() <= statement.endOffset();
  }

  /** What a unit is lowered from. */
  sealed interface Payload
      permits TablePayload,
          IndexPayload,
          SequencePayload,
          SynonymPayload,
          ViewPayload,
          StatementPayload,
          CodeTextPayload,
          FailedPayload {}

  /** A table (from a script's statements or from the catalog) and its foreign keys. */
  record TablePayload(OraTableDraft table) implements Payload {}

  /** A catalog index. */
  record IndexPayload(Index index) implements Payload {}

  /** A catalog sequence. */
  record SequencePayload(Sequence sequence) implements Payload {}

  /** A catalog synonym. */
  record SynonymPayload(Synonym synonym) implements Payload {}

  /** A catalog view: its query text. */
  record ViewPayload(View view) implements Payload {}

  /**
   * Parsed statements of a script: one, or a package's specification and body (either may be null).
   */
  record StatementPayload(
      ParsedStatement statement, SourceText source, ParsedStatement body, SourceText bodySource)
      implements Payload {}

  /**
   * Catalog source text of a routine, trigger, type or package (specification and body), parsed
   * when the unit is lowered.
   */
  record CodeTextPayload(String spec, String body) implements Payload {}

  /** A unit that cannot be converted: its item. */
  record FailedPayload(String code, String message, SourceSpan span, String excerpt)
      implements Payload {}
}
