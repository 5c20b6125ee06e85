package io.godwit.convert;

import io.godwit.ir.SourceSpan;

/**
 * One object of the source as a front end found it: a parsed statement of a script, or an object
 * read from a catalog. Front ends implement it with whatever they need to lower it.
 */
public interface SourceUnit {

  /** The object, named as the source names it. */
  ObjectRef ref();

  /** The object's source text, for review and reports; may be null for catalog tables. */
  String text();

  /** Where the text is in its script, or null for catalog objects. */
  SourceSpan span();

  /**
   * Where {@code at}, a span in a script, starts in {@link #text()}, or -1 when the text does not
   * hold it. By default the text is the script text of {@link #span()}; a unit whose text joins
   * several statements (a package's specification and body) says where each one went.
   */
  default int textOffset(SourceSpan at) {
    SourceSpan own = span();
    if (at == null
        || own == null
        || !java.util.Objects.equals(own.file(), at.file())
        || at.startOffset() < own.startOffset()
        || at.startOffset() > own.endOffset()) {
      return -1;
    }
    return at.startOffset() - own.startOffset();
  }
}
