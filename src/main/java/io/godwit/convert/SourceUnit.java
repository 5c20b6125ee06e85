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
}
