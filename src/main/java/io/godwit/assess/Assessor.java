package io.godwit.assess;

import io.godwit.assess.AssessmentReport.ActionItemRow;
import io.godwit.assess.AssessmentReport.Occurrence;
import io.godwit.assess.AssessmentReport.State;
import io.godwit.assess.AssessmentReport.Unreadable;
import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertedObject;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.ObjectStatus;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.Category;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.item.ItemDefinition;
import io.godwit.ir.SourceSpan;
import io.godwit.model.Database;
import io.godwit.model.ReadProblem;
import io.godwit.model.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes the assessment of a conversion result. Every object counts: converted ones, ones with
 * actions, failed ones and the ones that could not be read (problems of the sources, and objects
 * the catalog lists as unreadable). An object counts as converted automatically only when no item
 * needs action and, when the output was applied, it ran on the target.
 */
public final class Assessor {

  /** Code of the item added to an object whose converted SQL failed on the target. */
  public static final String FAILED_ON_TARGET = "GW-0020";

  /** Code of an object that could not be read. */
  public static final String UNREADABLE = "GW-0004";

  /** Code of a statement that does not parse. */
  public static final String NOT_PARSED = "GW-0001";

  private final ItemCatalog catalog;
  private final EffortModel model;
  private final Map<String, ItemDefinition> definitions = new HashMap<>();

  public Assessor(ItemCatalog catalog, EffortModel model) {
    this.catalog = catalog;
    this.model = model;
  }

  /**
   * The assessment of {@code result}.
   *
   * @param execution what happened when the output was applied, or null
   */
  public AssessmentReport assess(
      ConversionResult result, Execution execution, ReportContext context) {
    List<AssessedObject> objects = new ArrayList<>();
    List<ActionItem> loose = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    collectConverted(result, objects, unreadable);
    collectProblems(result, objects, loose, unreadable);
    collectCatalogProblems(
        result.sources() == null ? null : result.sources().catalog(), objects, unreadable);
    AssessmentReport.Verification verification =
        execution == null ? null : new Verifier(this::definition).verify(execution, objects);
    for (AssessedObject o : objects) {
      estimate(o);
    }
    List<ActionItemRow> rows = actionItems(objects, loose);
    return new ReportBuilder(model, context)
        .build(result, objects, rows, unreadable, verification, learningUnits(rows));
  }

  private void collectConverted(
      ConversionResult result, List<AssessedObject> out, List<Unreadable> unreadable) {
    Map<Object, AssessedObject> owners = new HashMap<>();
    Map<String, Object> identityKeys = new HashMap<>();
    IdentityHashMap<String, Object> textKeys = new IdentityHashMap<>();
    for (ConvertedObject o : result.objects()) {
      if (isGenerated(o)) {
        continue;
      }
      AssessedObject a =
          new AssessedObject(
              "o" + (out.size() + 1),
              o.source(),
              o.kind(),
              o.target(),
              o.sourceSpan(),
              o.sourceText(),
              stateOf(o));
      a.items.addAll(o.items());
      out.add(a);
      ActionItem unread = a.state == State.FAILED ? unreadItem(o) : null;
      if (unread != null) {
        // A front end reports a statement it could not parse (or read) as a failed object.
        a.state = State.UNREADABLE;
        unreadable.add(unreadableOf(a, unread));
      }
      Object unit = unitKey(o, identityKeys, textKeys);
      if (unit == null) {
        continue;
      }
      AssessedObject owner = owners.get(unit);
      int lines = lines(o);
      if (owner == null) {
        owners.put(unit, a);
        a.lines = lines;
      } else if (owner.source.kind() != owner.kind && o.source().kind() == o.kind()) {
        // The statement's own object (the table, not its foreign key) carries its lines.
        a.lines = owner.lines;
        owner.lines = 0;
        owners.put(unit, a);
      }
    }
  }

  /** The item saying an object's source could not be parsed or read, or null. */
  private static ActionItem unreadItem(ConvertedObject o) {
    for (ActionItem i : o.items()) {
      if (i.code().equals(NOT_PARSED) || i.code().equals(UNREADABLE)) {
        return i;
      }
    }
    return null;
  }

  /** CREATE SCHEMA objects the pipeline adds for target schemas: not source objects. */
  private static boolean isGenerated(ConvertedObject o) {
    return o.kind() == UnitKind.SCHEMA && o.sourceText() == null && o.sourceSpan() == null;
  }

  /** The statement an object comes from: a unit may lower to several objects. */
  private static Object unitKey(
      ConvertedObject o, Map<String, Object> identityKeys, IdentityHashMap<String, Object> texts) {
    SourceSpan s = o.sourceSpan();
    if (s != null) {
      String key = s.file() + '\u0000' + s.startOffset() + '\u0000' + s.endOffset();
      return identityKeys.computeIfAbsent(key, k -> new Object());
    }
    if (o.sourceText() != null) {
      return texts.computeIfAbsent(o.sourceText(), k -> new Object());
    }
    return null;
  }

  static State stateOf(ConvertedObject o) {
    if (o.sql() == null || o.status() == ObjectStatus.FAILED) {
      return State.FAILED;
    }
    for (ActionItem i : o.items()) {
      if (i.category().needsAction()) {
        return State.ACTIONS;
      }
    }
    return State.CONVERTED;
  }

  /** Lines of an object's source text (or span), 0 when there is neither. */
  static int lines(ConvertedObject o) {
    if (o.sourceText() != null) {
      return lines(o.sourceText());
    }
    SourceSpan s = o.sourceSpan();
    return s == null ? 0 : s.endLine() - s.startLine() + 1;
  }

  static int lines(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return 0;
    }
    int n = 1;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private void collectProblems(
      ConversionResult result,
      List<AssessedObject> out,
      List<ActionItem> loose,
      List<Unreadable> unreadable) {
    for (ActionItem p : result.problems()) {
      if (!p.category().needsAction()) {
        loose.add(p);
        continue;
      }
      ObjectRef ref = p.object();
      AssessedObject a =
          new AssessedObject(
              "o" + (out.size() + 1), ref, ref.kind(), null, p.source(), null, State.UNREADABLE);
      a.items.add(p);
      a.lines = p.source() == null ? 0 : p.source().endLine() - p.source().startLine() + 1;
      out.add(a);
      unreadable.add(unreadableOf(a, p));
    }
  }

  private static Unreadable unreadableOf(AssessedObject a, ActionItem p) {
    SourceSpan s = p.source();
    return new Unreadable(
        a.id,
        a.source.path(),
        a.kind,
        p.code(),
        p.message(),
        s == null ? null : s.file(),
        s == null ? null : s.startLine(),
        s == null ? null : s.startColumn(),
        p.excerpt());
  }

  /** Objects the catalog could not read that no problem of the sources mentions already. */
  private void collectCatalogProblems(
      Database catalog, List<AssessedObject> out, List<Unreadable> unreadable) {
    if (catalog == null) {
      return;
    }
    Set<String> known = new HashSet<>();
    for (AssessedObject o : out) {
      known.add(refKey(o.source));
    }
    for (Schema schema : catalog.schemas()) {
      for (ReadProblem p : schema.problems()) {
        ObjectRef ref = new ObjectRef(schema.name(), p.object(), UnitKind.valueOf(p.kind().name()));
        if (!known.add(refKey(ref))) {
          continue;
        }
        ItemDefinition d = definition(UNREADABLE, Category.COMPLEX);
        AssessedObject a =
            new AssessedObject(
                "o" + (out.size() + 1), ref, ref.kind(), null, null, null, State.UNREADABLE);
        ActionItem item =
            new ActionItem(UNREADABLE, d.category(), p.reason(), ref, null, null, null);
        a.items.add(item);
        out.add(a);
        unreadable.add(unreadableOf(a, item));
      }
    }
  }

  private static String refKey(ObjectRef r) {
    return r.kind()
        + "\u0000"
        + Objects.toString(r.schema(), "").toLowerCase(Locale.ROOT)
        + "\u0000"
        + r.name().toLowerCase(Locale.ROOT);
  }

  /** The catalog's definition of {@code code}; a code the catalog lacks still gets counted. */
  ItemDefinition definition(String code, Category seen) {
    return definitions.computeIfAbsent(
        code,
        c ->
            catalog.contains(c)
                ? catalog.definition(c)
                : new ItemDefinition(
                    c,
                    seen,
                    c,
                    "This code is not in Godwit's action-item catalog.",
                    "Review the occurrence by hand.",
                    Math.max(seen.needsAction() ? 1 : 0, model.floorUnits(seen)),
                    0));
  }

  /** The units one occurrence costs: its code's weight, at least its category's lower bound. */
  double occurrenceUnits(String code, Category category) {
    if (!category.needsAction()) {
      return 0;
    }
    ItemDefinition d = definition(code, category);
    double units = d.weight();
    if (category.compareTo(d.category()) > 0) {
      units = Math.max(units, model.floorUnits(category));
    }
    return units;
  }

  private void estimate(AssessedObject o) {
    o.reviewUnits = model.reviewUnits(o.kind, o.lines);
    double units = 0;
    for (ActionItem i : o.items) {
      units += occurrenceUnits(i.code(), i.category());
    }
    o.actionUnits = units;
    if (o.state == State.CONVERTED) {
      o.category = null;
    } else {
      o.category = model.categoryOf(model.hours(o.reviewUnits + units), o.worstAction());
    }
  }

  private List<ActionItemRow> actionItems(List<AssessedObject> objects, List<ActionItem> loose) {
    Map<String, List<Occurrence>> byCode = new LinkedHashMap<>();
    Map<String, Set<String>> objectsByCode = new HashMap<>();
    Map<String, Category> worst = new HashMap<>();
    int[] next = {0};
    for (AssessedObject o : objects) {
      for (ActionItem i : o.items) {
        add(byCode, objectsByCode, worst, next, i, o.id, o);
      }
    }
    for (ActionItem i : loose) {
      add(byCode, objectsByCode, worst, next, i, null, null);
    }
    List<ActionItemRow> rows = new ArrayList<>();
    for (Map.Entry<String, List<Occurrence>> e : byCode.entrySet()) {
      String code = e.getKey();
      Category category = worst.get(code);
      ItemDefinition d = definition(code, category);
      double units = 0;
      for (Occurrence occ : e.getValue()) {
        units += occurrenceUnits(code, occ.category());
      }
      double learning = category.needsAction() ? model.hours(d.learningWeight()) : 0;
      double perOccurrence = category.needsAction() ? d.weight() : 0;
      rows.add(
          new ActionItemRow(
              code,
              category,
              d.title(),
              d.description(),
              d.recommendation(),
              e.getValue().size(),
              objectsByCode.get(code).size(),
              perOccurrence,
              round2(model.hours(perOccurrence)),
              round2(learning),
              round2(model.hours(units) + learning),
              e.getValue()));
    }
    rows.sort(
        Comparator.comparing(ActionItemRow::category)
            .reversed()
            .thenComparing(ActionItemRow::code));
    return rows;
  }

  private static void add(
      Map<String, List<Occurrence>> byCode,
      Map<String, Set<String>> objectsByCode,
      Map<String, Category> worst,
      int[] next,
      ActionItem i,
      String objectId,
      AssessedObject o) {
    SourceSpan s = i.source();
    SourceSpan t = i.target();
    ObjectRef ref = i.object() != null ? i.object() : o == null ? null : o.source;
    byCode
        .computeIfAbsent(i.code(), k -> new ArrayList<>())
        .add(
            new Occurrence(
                "i" + (++next[0]),
                objectId,
                ref == null ? null : ref.path(),
                o != null ? o.kind : ref == null ? null : ref.kind(),
                i.category(),
                s == null ? null : s.file(),
                s == null ? null : s.startLine(),
                s == null ? null : s.startColumn(),
                i.message(),
                i.excerpt(),
                t == null ? null : t.startLine(),
                s == null || o == null ? null : o.context(s.startLine(), s.endLine(), 2)));
    objectsByCode
        .computeIfAbsent(i.code(), k -> new TreeSet<>())
        .add(objectId != null ? objectId : ref == null ? "" : ref.toString());
    worst.merge(i.code(), i.category(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
  }

  private double learningUnits(List<ActionItemRow> rows) {
    double units = 0;
    for (ActionItemRow r : rows) {
      if (r.category().needsAction()) {
        units += definition(r.code(), r.category()).learningWeight();
      }
    }
    return units;
  }

  static double round2(double v) {
    return Math.round(v * 100.0) / 100.0;
  }

  /** Objects keyed the way {@code godwit apply} names them, in run order. */
  static Map<String, Deque<AssessedObject>> byExecutionKey(List<AssessedObject> objects) {
    Map<String, Deque<AssessedObject>> map = new HashMap<>();
    for (AssessedObject o : objects) {
      if (o.state != State.UNREADABLE) {
        map.computeIfAbsent(o.executionKey(), k -> new ArrayDeque<>()).add(o);
      }
    }
    return map;
  }
}
