package io.godwit.convert;

import io.godwit.convert.item.ActionItem;
import io.godwit.model.Database;
import java.util.List;

/**
 * What a front end read: the units to convert, the problems met while reading (statements that did
 * not parse, SQL*Plus commands with consequences, unreadable objects), and the catalog the units
 * describe (for name resolution and the assessment).
 */
public record SourceSet(List<SourceUnit> units, List<ActionItem> problems, Database catalog) {

  public SourceSet {
    units = List.copyOf(units);
    problems = List.copyOf(problems);
  }
}
