package io.godwit.convert;

import io.godwit.model.Database;
import java.util.List;

/** Reads a source product's scripts or catalog and lowers its objects to the IR. */
public interface FrontEnd {

  /** Parses scripts; never throws on bad input: failures become problems of the set. */
  SourceSet read(List<ScriptInput> scripts, ConvertOptions options);

  /** Takes the objects of a live catalog (code objects through their source text). */
  SourceSet read(Database catalog, ConvertOptions options);

  /**
   * Lowers one unit of a set this front end read. Constructs it cannot lower become {@code
   * Unsupported} nodes with items; it throws only on a programming error.
   */
  List<LoweredObject> lower(SourceUnit unit, LoweringContext context);
}
