package io.godwit.ui.tree;

import io.godwit.convert.ConvertedObject;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.UnitKind;
import io.godwit.project.JdbcUrls;
import io.godwit.project.ObjectKey;
import io.godwit.project.Project;
import io.godwit.project.ProjectFile;
import io.godwit.ui.model.ConversionModel;
import io.godwit.ui.model.ObjectState;
import io.godwit.ui.model.WorkbenchState;
import io.godwit.ui.task.UiThread;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.MapChangeListener;

/**
 * The target tree: every converted object by target schema and kind, with its status badge
 * (converted, has actions by category, failed, failed to apply, edited).
 */
public final class TargetTreeViewModel {

  private final WorkbenchState state;
  private final Executor worker;
  private final UiThread ui;
  private final AtomicLong generation = new AtomicLong();
  private final ObjectProperty<TreeNode<ObjectKey>> root = new SimpleObjectProperty<>();
  private final IntegerProperty statesVersion = new SimpleIntegerProperty();

  public TargetTreeViewModel(WorkbenchState state, Executor worker, UiThread ui) {
    this.state = state;
    this.worker = worker;
    this.ui = ui;
    state.conversionProperty().addListener((o, a, b) -> rebuild());
    state.projectProperty().addListener((o, a, b) -> rebuild());
    state
        .edits()
        .addListener(
            (MapChangeListener.Change<?, ?> c) -> statesVersion.set(statesVersion.get() + 1));
  }

  private void rebuild() {
    ConversionModel c = state.conversion();
    long gen = generation.incrementAndGet();
    if (c == null) {
      root.set(null);
      return;
    }
    String label = label();
    worker.execute(
        () -> {
          Map<String, String> targetSchemas = targetSchemas(c.objects().values());
          List<TreeEntry<ObjectKey>> entries = new ArrayList<>();
          for (Map.Entry<ObjectKey, ConvertedObject> e : c.objects().entrySet()) {
            ConvertedObject o = e.getValue();
            ObjectRef ref = o.target() != null ? o.target() : o.source();
            String schema = o.kind() == UnitKind.SCHEMA ? ref.name() : ref.schema();
            if (schema == null && o.source() != null && o.source().schema() != null) {
              // A package on PostgreSQL becomes a schema of its own (target schema null): it
              // belongs with the other objects of its source schema.
              schema = targetSchemas.getOrDefault(o.source().schema(), o.source().schema());
            }
            entries.add(new TreeEntry<>(schema, o.kind(), ref.name(), e.getKey()));
          }
          TreeNode<ObjectKey> tree = new ObjectIndex<>(label, entries).tree(Glob.of(""));
          ui.post(
              () -> {
                if (generation.get() == gen) {
                  root.set(tree);
                  statesVersion.set(statesVersion.get() + 1);
                }
              });
        });
  }

  /** Each source schema's name on the target, as the converted objects that have one show it. */
  static Map<String, String> targetSchemas(java.util.Collection<ConvertedObject> objects) {
    Map<String, String> out = new java.util.HashMap<>();
    for (ConvertedObject o : objects) {
      if (o.source() != null
          && o.source().schema() != null
          && o.target() != null
          && o.target().schema() != null
          && o.kind() != UnitKind.SCHEMA) {
        out.putIfAbsent(o.source().schema(), o.target().schema());
      }
    }
    return out;
  }

  private String label() {
    Project p = state.project();
    if (p == null) {
      return "Target";
    }
    ProjectFile.TargetSettings t = p.file().target();
    String name =
        JdbcUrls.product(t.product()).map(JdbcUrls.Product::displayName).orElse(t.product());
    return t.connection() == null ? name + " (offline)" : name + " — " + t.connection().describe();
  }

  public ReadOnlyObjectProperty<TreeNode<ObjectKey>> rootProperty() {
    return root;
  }

  public ReadOnlyIntegerProperty statesVersionProperty() {
    return statesVersion;
  }

  /** The badge state of {@code key}, or null. */
  public ObjectState stateOf(ObjectKey key) {
    ConversionModel c = state.conversion();
    return c == null || key == null ? null : c.state(key, state.edits().keySet());
  }
}
