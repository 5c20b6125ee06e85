package io.godwit.ui.items;

import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertedObject;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.Category;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.ir.SourceSpan;
import io.godwit.project.ObjectKey;
import io.godwit.ui.model.ConversionModel;
import io.godwit.ui.model.Selection;
import io.godwit.ui.model.WorkbenchState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The action items table: every item of the conversion and every problem met reading the sources,
 * filtered by text (code, message or object), by category, and optionally to the selected object.
 * Sorting is the table's (the view binds a sorted list to its columns).
 */
public final class ActionItemsViewModel {

  private final WorkbenchState state;
  private final ItemCatalog catalog;
  private final ObservableList<ItemRow> all = FXCollections.observableArrayList();
  private final FilteredList<ItemRow> shown = new FilteredList<>(all, r -> true);
  private final StringProperty filter = new SimpleStringProperty("");
  private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
  private final BooleanProperty onlySelected = new SimpleBooleanProperty(false);
  private final StringProperty summary = new SimpleStringProperty("No conversion yet");

  public ActionItemsViewModel(WorkbenchState state, ItemCatalog catalog) {
    this.state = state;
    this.catalog = catalog;
    state.conversionProperty().addListener((o, a, b) -> reload(b));
    filter.addListener((o, a, b) -> refilter());
    category.addListener((o, a, b) -> refilter());
    onlySelected.addListener((o, a, b) -> refilter());
    state
        .selectionProperty()
        .addListener(
            (o, a, b) -> {
              if (onlySelected.get()) {
                refilter();
              }
            });
  }

  private void reload(ConversionModel model) {
    List<ItemRow> rows = new ArrayList<>();
    if (model != null) {
      ConversionResult r = model.result();
      for (ActionItem i : r.problems()) {
        rows.add(row(i, null, null));
      }
      for (ConvertedObject o : r.objects()) {
        ObjectKey key = model.key(o);
        for (ActionItem i : o.items()) {
          rows.add(row(i, key, o));
        }
      }
    }
    all.setAll(rows);
    refilter();
  }

  private ItemRow row(ActionItem i, ObjectKey key, ConvertedObject o) {
    SourceSpan s = i.source();
    int line = 0;
    if (s != null) {
      SourceSpan unit = o == null ? null : o.sourceSpan();
      line =
          unit != null && java.util.Objects.equals(unit.file(), s.file())
              ? s.startLine() - unit.startLine() + 1
              : s.startLine();
    }
    String rec = catalog.contains(i.code()) ? catalog.definition(i.code()).recommendation() : "";
    return new ItemRow(i, key, shown(i.object()), Math.max(0, line), rec);
  }

  /** An object's name as shown; a script is shown by its file name, not its full path. */
  static String shown(io.godwit.convert.ObjectRef ref) {
    if (ref.kind() == io.godwit.convert.UnitKind.SCRIPT && ref.schema() == null) {
      java.nio.file.Path file = java.nio.file.Path.of(ref.name()).getFileName();
      return file == null ? ref.name() : file.toString();
    }
    return ref.path();
  }

  private void refilter() {
    String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
    Category cat = category.get();
    Selection sel = state.selection();
    ObjectKey selected = onlySelected.get() && sel != null ? sel.key() : null;
    boolean none = onlySelected.get() && selected == null;
    Predicate<ItemRow> p =
        r ->
            !none
                && (cat == null || r.category() == cat)
                && (selected == null || selected.equals(r.key()))
                && (text.isEmpty()
                    || r.code().toLowerCase(Locale.ROOT).contains(text)
                    || r.message().toLowerCase(Locale.ROOT).contains(text)
                    || r.object().toLowerCase(Locale.ROOT).contains(text));
    shown.setPredicate(p);
    summary.set(summary());
  }

  private String summary() {
    if (state.conversion() == null) {
      return "No conversion yet";
    }
    int[] counts = new int[Category.values().length];
    for (ItemRow r : all) {
      counts[r.category().ordinal()]++;
    }
    return String.format(
        "%,d of %,d items · %d complex · %d medium · %d simple · %d info",
        shown.size(),
        all.size(),
        counts[Category.COMPLEX.ordinal()],
        counts[Category.MEDIUM.ordinal()],
        counts[Category.SIMPLE.ordinal()],
        counts[Category.INFO.ordinal()]);
  }

  /** The rows that pass the filters; the view wraps them in a sorted list. */
  public ObservableList<ItemRow> rows() {
    return shown;
  }

  /** Every row, unfiltered. */
  public ObservableList<ItemRow> allRows() {
    return all;
  }

  public StringProperty filterProperty() {
    return filter;
  }

  /** Only rows of this category, or every category when null. */
  public ObjectProperty<Category> categoryProperty() {
    return category;
  }

  public BooleanProperty onlySelectedProperty() {
    return onlySelected;
  }

  /** "12 of 40 items · 3 complex · ...". */
  public ReadOnlyStringProperty summaryProperty() {
    return summary;
  }
}
