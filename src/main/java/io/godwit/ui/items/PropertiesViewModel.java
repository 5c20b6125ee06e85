package io.godwit.ui.items;

import io.godwit.convert.ConvertedObject;
import io.godwit.convert.SourceUnit;
import io.godwit.model.Column;
import io.godwit.model.DbPackage;
import io.godwit.model.Index;
import io.godwit.model.Routine;
import io.godwit.model.SchemaObject;
import io.godwit.model.Sequence;
import io.godwit.model.Table;
import io.godwit.model.Trigger;
import io.godwit.model.View;
import io.godwit.ui.model.ObjectState;
import io.godwit.ui.model.Selection;
import io.godwit.ui.model.SourceObject;
import io.godwit.ui.model.WorkbenchState;
import io.godwit.ui.tree.Kinds;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;

/** The properties panel: what is known about the selected object, source and target. */
public final class PropertiesViewModel {

  /**
   * One property.
   *
   * @param section "Source" or "Target"
   * @param name the property
   * @param value its value
   */
  public record Property(String section, String name, String value) {}

  private final WorkbenchState state;
  private final ObservableList<Property> properties = FXCollections.observableArrayList();

  public PropertiesViewModel(WorkbenchState state) {
    this.state = state;
    state.selectionProperty().addListener((o, a, b) -> refresh());
    state.conversionProperty().addListener((o, a, b) -> refresh());
    state.edits().addListener((MapChangeListener.Change<?, ?> c) -> refresh());
  }

  private void refresh() {
    Selection s = state.selection();
    List<Property> out = new ArrayList<>();
    if (s != null) {
      if (s.source() != null) {
        source(s.source(), out);
      }
      if (s.converted() != null) {
        target(s, out);
      }
    }
    properties.setAll(out);
  }

  private static void source(SourceObject o, List<Property> out) {
    add(out, "Source", "Kind", Kinds.singular(o.ref().kind()));
    add(out, "Source", "Schema", o.ref().schema());
    add(out, "Source", "Name", o.ref().name());
    SourceUnit u = o.unit();
    if (u != null && u.span() != null) {
      add(out, "Source", "Script", u.span().file());
      add(out, "Source", "Lines", u.span().startLine() + "–" + u.span().endLine());
    } else if (o.model() != null) {
      add(out, "Source", "Read from", o.model().origin().describe());
    }
    String text = o.text();
    if (text != null) {
      add(
          out,
          "Source",
          "Length",
          String.format("%,d lines, %,d characters", lines(text), text.length()));
    }
    SchemaObject m = o.model();
    if (m instanceof Table t) {
      add(out, "Source", "Columns", Integer.toString(t.columns().size()));
      add(out, "Source", "Constraints", Integer.toString(t.constraintCount()));
      if (t.primaryKey() != null) {
        add(out, "Source", "Primary key", String.join(", ", t.primaryKey().columns()));
      }
      for (Column c : t.columns()) {
        add(
            out,
            "Source",
            "  " + c.name(),
            c.type().declared() + (c.nullable() ? "" : " not null"));
      }
    } else if (m instanceof View v) {
      add(out, "Source", "Materialized", v.materialized() ? "yes" : "no");
    } else if (m instanceof Routine r) {
      add(out, "Source", "Parameters", Integer.toString(r.parameters().size()));
      if (r.returnType() != null) {
        add(out, "Source", "Returns", r.returnType().declared());
      }
    } else if (m instanceof DbPackage p) {
      add(out, "Source", "Body", p.body() == null ? "none" : "yes");
    } else if (m instanceof Trigger t) {
      add(out, "Source", "On", t.table());
      add(
          out,
          "Source",
          "Timing",
          t.timing() == null ? null : t.timing().name().toLowerCase(java.util.Locale.ROOT));
    } else if (m instanceof Index i) {
      add(out, "Source", "Table", i.table());
      add(out, "Source", "Unique", i.unique() ? "yes" : "no");
    } else if (m instanceof Sequence q) {
      add(out, "Source", "Start", String.valueOf(q.start()));
    }
  }

  private void target(Selection s, List<Property> out) {
    ConvertedObject c = s.converted();
    add(out, "Target", "Kind", Kinds.singular(c.kind()));
    add(out, "Target", "Name", c.target() == null ? "(not converted)" : c.target().path());
    add(out, "Target", "Table", c.table());
    ObjectState st =
        state.conversion() == null
            ? null
            : state.conversion().state(s.key(), state.edits().keySet());
    if (st != null) {
      add(out, "Target", "Status", st.describe());
      if (st.apply() != null && st.apply().error() != null) {
        add(out, "Target", "Apply error", st.apply().error());
      }
    }
    if (c.sql() != null) {
      add(out, "Target", "Length", String.format("%,d lines", lines(c.sql())));
    }
    if (!c.references().isEmpty()) {
      add(out, "Target", "References", String.join(", ", c.references()));
    }
    if (!c.support().isEmpty()) {
      add(out, "Target", "Uses", String.join(", ", c.support()));
    }
  }

  private static int lines(String text) {
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && i + 1 < text.length()) {
        n++;
      }
    }
    return n;
  }

  private static void add(List<Property> out, String section, String name, String value) {
    if (value != null && !value.isEmpty()) {
      out.add(new Property(section, name, value));
    }
  }

  public ObservableList<Property> properties() {
    return properties;
  }
}
