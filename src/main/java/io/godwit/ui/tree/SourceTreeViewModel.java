package io.godwit.ui.tree;

import io.godwit.ui.model.ConversionModel;
import io.godwit.ui.model.ObjectState;
import io.godwit.ui.model.SourceModel;
import io.godwit.ui.model.SourceObject;
import io.godwit.ui.model.WorkbenchState;
import io.godwit.ui.task.UiThread;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;

/**
 * The source tree: the loaded source filtered by the user's wildcard filter, with each object's
 * conversion state for its icon. Trees are built on a background executor and the newest one wins,
 * so typing in the filter never blocks the UI thread, whatever the number of objects.
 */
public final class SourceTreeViewModel {

  private final WorkbenchState state;
  private final Executor worker;
  private final UiThread ui;
  private final AtomicLong generation = new AtomicLong();

  private final StringProperty filter = new SimpleStringProperty("");
  private final ObjectProperty<TreeNode<SourceObject>> root = new SimpleObjectProperty<>();
  private final BooleanProperty filtering = new SimpleBooleanProperty(false);
  private final IntegerProperty statesVersion = new SimpleIntegerProperty();

  public SourceTreeViewModel(WorkbenchState state, Executor worker, UiThread ui) {
    this.state = state;
    this.worker = worker;
    this.ui = ui;
    state.sourceProperty().addListener((o, a, b) -> rebuild());
    filter.addListener((o, a, b) -> rebuild());
    state.conversionProperty().addListener((o, a, b) -> statesChanged());
    state.edits().addListener((MapChangeListener.Change<?, ?> c) -> statesChanged());
  }

  private void statesChanged() {
    statesVersion.set(statesVersion.get() + 1);
  }

  /** Builds the tree for the current source and filter off the UI thread. */
  private void rebuild() {
    SourceModel model = state.source();
    long gen = generation.incrementAndGet();
    if (model == null) {
      root.set(null);
      filtering.set(false);
      return;
    }
    Glob glob = Glob.of(filter.get());
    filtering.set(true);
    worker.execute(
        () -> {
          TreeNode<SourceObject> tree = model.index().tree(glob);
          ui.post(
              () -> {
                if (generation.get() == gen) {
                  root.set(tree);
                  filtering.set(false);
                }
              });
        });
  }

  /** The filter text: wildcards {@code *} and {@code ?}, several patterns separated by spaces. */
  public StringProperty filterProperty() {
    return filter;
  }

  /** The tree to show, or null when no source is loaded. */
  public ReadOnlyObjectProperty<TreeNode<SourceObject>> rootProperty() {
    return root;
  }

  /** Whether a filtered tree is being built. */
  public ReadOnlyBooleanProperty filteringProperty() {
    return filtering;
  }

  /** Changes whenever object states change, so the view redraws its icons. */
  public ReadOnlyIntegerProperty statesVersionProperty() {
    return statesVersion;
  }

  /** The conversion state of {@code o} for its icon, or null when it is not converted. */
  public ObjectState stateOf(SourceObject o) {
    ConversionModel c = state.conversion();
    return c == null || o == null ? null : c.sourceState(o.ref(), state.edits().keySet());
  }

  /** The objects at or below the selected nodes, each once, for Convert and Create report. */
  public static List<SourceObject> objectsOf(Collection<TreeNode<SourceObject>> nodes) {
    Set<SourceObject> out = new LinkedHashSet<>();
    List<SourceObject> buffer = new ArrayList<>();
    for (TreeNode<SourceObject> n : nodes) {
      if (n == null) {
        continue;
      }
      buffer.clear();
      n.collect(buffer);
      out.addAll(buffer);
    }
    return List.copyOf(out);
  }

  /** "Tables (12 of 340)" or "Tables (340)". */
  public static String countText(TreeNode<?> node) {
    if (node.type() == NodeType.OBJECT) {
      return "";
    }
    return node.count() == node.total()
        ? String.format("%,d", node.total())
        : String.format("%,d of %,d", node.count(), node.total());
  }
}
