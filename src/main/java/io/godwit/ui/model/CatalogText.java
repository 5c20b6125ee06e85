package io.godwit.ui.model;

import io.godwit.convert.ObjectRef;
import io.godwit.model.Column;
import io.godwit.model.DbPackage;
import io.godwit.model.Index;
import io.godwit.model.Routine;
import io.godwit.model.SchemaObject;
import io.godwit.model.Sequence;
import io.godwit.model.Synonym;
import io.godwit.model.Table;
import io.godwit.model.Trigger;
import io.godwit.model.UserType;
import io.godwit.model.View;

/**
 * Text to show for an object read from a live catalog: its source where the catalog keeps one
 * (routines, packages, views, triggers), else a description in SQL comments. It is for reading,
 * never run.
 */
final class CatalogText {

  private CatalogText() {}

  static String of(ObjectRef ref, SchemaObject o) {
    if (o instanceof Routine r && r.source() != null) {
      return r.source();
    }
    if (o instanceof DbPackage p) {
      String spec = p.spec() == null ? "-- specification not readable\n" : p.spec();
      return p.body() == null ? spec : spec + "\n\n" + p.body();
    }
    if (o instanceof View v && v.definition() != null) {
      return v.definition();
    }
    if (o instanceof Trigger t && t.body() != null) {
      return t.body();
    }
    if (o instanceof UserType t && t.definition() != null) {
      return t.definition();
    }
    StringBuilder s = new StringBuilder("-- ").append(ref).append(" (read from the catalog)\n");
    if (o instanceof Table t) {
      for (Column c : t.columns()) {
        s.append("--   ")
            .append(c.name())
            .append(' ')
            .append(c.type().declared())
            .append(c.nullable() ? "" : " NOT NULL")
            .append(c.defaultValue() == null ? "" : " DEFAULT " + c.defaultValue())
            .append('\n');
      }
    } else if (o instanceof Index i) {
      s.append("--   on ").append(i.table()).append(i.unique() ? " (unique)" : "").append('\n');
    } else if (o instanceof Sequence q) {
      s.append("--   start ").append(q.start()).append(" increment ").append(q.increment());
      s.append('\n');
    } else if (o instanceof Synonym y) {
      s.append("--   for ")
          .append(y.targetSchema() == null ? "" : y.targetSchema() + ".")
          .append(y.targetName())
          .append('\n');
    }
    return s.toString();
  }
}
