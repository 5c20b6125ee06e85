package io.godwit.load.engine;

import io.godwit.load.LoadSupport;
import io.godwit.load.ReadColumn;
import io.godwit.load.SourceText;
import io.godwit.load.ValueConversions;
import io.godwit.load.ValueConverter;
import io.godwit.load.ValueKind;
import io.godwit.load.WriteColumn;
import io.godwit.load.WriteMethod;
import io.godwit.load.mapping.ColumnPlan;
import io.godwit.load.mapping.TablePlan;
import io.godwit.model.Column;
import io.godwit.model.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A table plan matched against the real target table: which source columns are read, which target
 * columns they go to, and how each value converts between the two products' kinds.
 */
final class TableBinding {

  final List<ReadColumn> read;
  final List<WriteColumn> write;
  final ValueConverter[] converters;
  final List<String> notes;

  /** Whether column i's value goes to the target as it comes (same kind, no conversion). */
  private final boolean[] unchanged;

  /**
   * The columns whose values travel in their text form ({@link #textColumns}); null until known.
   */
  private volatile Set<Integer> text;

  private TableBinding(
      List<ReadColumn> read,
      List<WriteColumn> write,
      ValueConverter[] converters,
      boolean[] unchanged,
      List<String> notes) {
    this.read = List.copyOf(read);
    this.write = List.copyOf(write);
    this.converters = converters;
    this.unchanged = unchanged;
    this.notes = List.copyOf(notes);
  }

  /**
   * The columns whose values may travel from this source to this target in their text form: no
   * conversion between them, and both products can do it for the column (see {@link SourceText}).
   */
  Set<Integer> textColumns(LoadSupport source, LoadSupport target, WriteMethod method) {
    Set<Integer> known = text;
    if (known != null) {
      return known;
    }
    Set<Integer> out = new TreeSet<>();
    for (int i = 0; i < read.size(); i++) {
      if (unchanged[i]
          && SourceText.carries(read.get(i).kind())
          && source.readsText(read.get(i))
          && target.writesText(write.get(i), method)) {
        out.add(i);
      }
    }
    known = Set.copyOf(out);
    text = known;
    return known;
  }

  /**
   * A row as the target refused it, with values in text form turned into the Java objects of their
   * kind (for reject files, messages and hashes). A text that is not a value of its kind stays
   * text.
   */
  Object[] canonical(Object[] row) {
    Set<Integer> t = text;
    if (t == null || t.isEmpty()) {
      return row;
    }
    Object[] out = row;
    for (int i : t) {
      if (row[i] instanceof byte[] b && write.get(i).kind() != ValueKind.BINARY) {
        if (out == row) {
          out = row.clone();
        }
        try {
          out[i] = SourceText.canonical(b, write.get(i).kind());
        } catch (IllegalArgumentException e) {
          out[i] = new String(b, StandardCharsets.UTF_8);
        }
      }
    }
    return out;
  }

  /**
   * Binds a plan to its target table.
   *
   * @throws LoadException (table failure) when a column has no target or cannot be converted
   */
  static TableBinding bind(TablePlan plan, Table target, LoadSupport targetSupport) {
    List<ReadColumn> read = new ArrayList<>();
    List<WriteColumn> write = new ArrayList<>();
    List<ValueConverter> converters = new ArrayList<>();
    List<Boolean> unchanged = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (ColumnPlan c : plan.columns()) {
      Column t =
          find(target, c.target())
              .orElseThrow(
                  () ->
                      LoadException.table(
                          "column "
                              + c.source()
                              + " has no column "
                              + c.target()
                              + " in target table "
                              + plan.target()
                              + " (remove it with a remove-column rule, or add it to the target)"));
      if (t.generatedExpression() != null) {
        notes.add("target column " + t.name() + " is generated; its source values are not loaded");
        continue;
      }
      ValueKind targetKind = targetSupport.kindOf(t.type());
      ValueConverter convert = chain(c.sourceKind(), c.via(), targetKind);
      if (convert == null) {
        throw LoadException.table(
            "column "
                + c.source()
                + " ("
                + c.sourceType().declared()
                + ") cannot load into "
                + t.name()
                + " ("
                + t.type().declared()
                + ")");
      }
      read.add(new ReadColumn(c.source(), c.sourceType(), c.sourceKind()));
      write.add(new WriteColumn(t.name(), t.type(), targetKind));
      converters.add(convert);
      unchanged.add(c.sourceKind() == targetKind && (c.via() == null || c.via() == targetKind));
    }
    if (write.isEmpty()) {
      throw LoadException.table("no column of " + plan.source() + " loads into " + plan.target());
    }
    boolean[] same = new boolean[unchanged.size()];
    for (int i = 0; i < same.length; i++) {
      same[i] = unchanged.get(i);
    }
    return new TableBinding(read, write, converters.toArray(new ValueConverter[0]), same, notes);
  }

  private static ValueConverter chain(ValueKind from, ValueKind via, ValueKind to) {
    if (via == null || via == from) {
      return ValueConversions.converter(from, to);
    }
    ValueConverter first = ValueConversions.converter(from, via);
    ValueConverter second = ValueConversions.converter(via, to);
    if (first == null || second == null) {
      return null;
    }
    return v -> second.convert(first.convert(v));
  }

  /** A target column by the planned name: same spelling first, then ignoring case. */
  static Optional<Column> find(Table table, String name) {
    Optional<Column> exact = table.column(name);
    if (exact.isPresent()) {
      return exact;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return table.columns().stream()
        .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(lower))
        .findFirst();
  }

  ValueKind[] targetKinds() {
    ValueKind[] k = new ValueKind[write.size()];
    for (int i = 0; i < k.length; i++) {
      k[i] = write.get(i).kind();
    }
    return k;
  }

  /** The index among the read columns of a source column, or -1. */
  int readIndex(String sourceColumn) {
    for (int i = 0; i < read.size(); i++) {
      if (read.get(i).name().equals(sourceColumn)) {
        return i;
      }
    }
    return -1;
  }
}
