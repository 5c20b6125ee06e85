package io.godwit.assess;

import static io.godwit.assess.Assessor.round2;

import io.godwit.assess.AssessmentReport.ActionItemRow;
import io.godwit.assess.AssessmentReport.Assumptions;
import io.godwit.assess.AssessmentReport.Effort;
import io.godwit.assess.AssessmentReport.Figures;
import io.godwit.assess.AssessmentReport.Group;
import io.godwit.assess.AssessmentReport.KindReview;
import io.godwit.assess.AssessmentReport.ObjectRow;
import io.godwit.assess.AssessmentReport.Share;
import io.godwit.assess.AssessmentReport.State;
import io.godwit.assess.AssessmentReport.TypeRow;
import io.godwit.assess.AssessmentReport.Unreadable;
import io.godwit.assess.AssessmentReport.Verification;
import io.godwit.convert.ConversionResult;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.Category;
import io.godwit.model.Database;
import io.godwit.model.Schema;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns assessed objects into the report: figures, rows and the printed assumptions. */
final class ReportBuilder {

  private final EffortModel model;
  private final ReportContext context;

  ReportBuilder(EffortModel model, ReportContext context) {
    this.model = model;
    this.context = context;
  }

  AssessmentReport build(
      ConversionResult result,
      List<AssessedObject> objects,
      List<ActionItemRow> actionItems,
      List<Unreadable> unreadable,
      Verification verification,
      double learningUnits) {
    Tally storage = new Tally(model);
    Tally code = new Tally(model);
    Tally total = new Tally(model);
    Map<UnitKind, Tally> byKind = new EnumMap<>(UnitKind.class);
    List<ObjectRow> rows = new ArrayList<>(objects.size());
    double reviewUnits = 0;
    double actionUnits = 0;
    for (AssessedObject o : objects) {
      Group g = o.group();
      if (g == Group.STORAGE) {
        storage.add(o);
      } else if (g == Group.CODE) {
        code.add(o);
      }
      total.add(o);
      byKind.computeIfAbsent(o.kind, k -> new Tally(model)).add(o);
      reviewUnits += o.reviewUnits;
      actionUnits += o.actionUnits;
      rows.add(row(o));
    }
    int occurrences = 0;
    int distinct = 0;
    for (ActionItemRow r : actionItems) {
      if (r.category().needsAction()) {
        occurrences += r.occurrenceCount();
        distinct++;
      }
    }
    double hours = model.hours(reviewUnits + actionUnits + learningUnits);
    Effort effort =
        new Effort(
            round2(hours),
            round2(hours / model.hoursPerDay()),
            round2(model.hours(reviewUnits)),
            round2(model.hours(actionUnits)),
            round2(model.hours(learningUnits)));
    AssessmentReport.Summary summary =
        new AssessmentReport.Summary(
            storage.figures(),
            code.figures(),
            total.figures(),
            total.lines,
            occurrences,
            distinct,
            unreadable.size(),
            complexity(total),
            effort);
    List<TypeRow> types = new ArrayList<>();
    for (UnitKind kind : Labels.ORDER) {
      Tally t = byKind.get(kind);
      if (t != null) {
        types.add(t.typeRow(kind));
      }
    }
    return new AssessmentReport(
        AssessmentReport.FORMAT,
        AssessmentReport.FORMAT_VERSION,
        context.godwitVersion(),
        context.generatedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        source(result, objects),
        new AssessmentReport.Target(
            result.targetDialect(), context.targetName(), context.targetVersion()),
        summary,
        types,
        actionItems,
        rows,
        unreadable,
        verification,
        assumptions());
  }

  private AssessmentReport.Source source(ConversionResult result, List<AssessedObject> objects) {
    Database db = result.sources() == null ? null : result.sources().catalog();
    Set<String> schemas = new LinkedHashSet<>();
    if (db != null) {
      for (Schema s : db.schemas()) {
        schemas.add(s.name());
      }
    }
    if (schemas.isEmpty()) {
      Set<String> seen = new TreeSet<>();
      for (AssessedObject o : objects) {
        if (o.source.schema() != null) {
          seen.add(o.source.schema());
        }
      }
      schemas.addAll(seen);
    }
    return new AssessmentReport.Source(
        result.sourceDialect(),
        context.sourceName(),
        db == null ? null : db.version(),
        db == null ? null : db.name(),
        List.copyOf(schemas),
        context.inputs());
  }

  private ObjectRow row(AssessedObject o) {
    int actions = 0;
    int info = 0;
    Set<String> codes = new TreeSet<>();
    for (ActionItem i : o.items) {
      if (i.category().needsAction()) {
        actions++;
      } else {
        info++;
      }
      codes.add(i.code());
    }
    Execution.Executed v = o.verified;
    return new ObjectRow(
        o.id,
        o.source.schema(),
        o.source.name(),
        o.source.path(),
        o.kind,
        o.group(),
        o.lines,
        o.state,
        o.category,
        actions,
        info,
        List.copyOf(codes),
        round2(model.hours(o.reviewUnits)),
        round2(model.hours(o.actionUnits)),
        round2(model.hours(o.reviewUnits + o.actionUnits)),
        o.span == null ? null : o.span.file(),
        o.span == null ? null : o.span.startLine(),
        o.target == null ? null : o.target.path(),
        v == null ? null : v.status(),
        v == null || v.status() == Execution.Status.APPLIED ? null : v.error());
  }

  /**
   * 1 when everything converts, 10 when everything is complex: 1 + 9 x (simple/4 + medium/2 +
   * complex) / objects, rounded.
   */
  static int complexity(Tally t) {
    if (t.objects == 0) {
      return 1;
    }
    double score = (t.simple * 0.25 + t.medium * 0.5 + t.complex) / t.objects;
    return (int) Math.max(1, Math.min(10, Math.round(1 + 9 * score)));
  }

  private Assumptions assumptions() {
    List<KindReview> review = new ArrayList<>();
    for (UnitKind k : Labels.ORDER) {
      EffortModel.Review r = model.review().get(k);
      if (r != null) {
        review.add(new KindReview(k, r.base(), r.per100Lines()));
      }
    }
    List<String> notes =
        List.of(
            "One effort unit is "
                + model.unitMinutes()
                + " minutes; a person-day is "
                + number(model.hoursPerDay())
                + " hours.",
            "Every object is reviewed and tested: a base effort for its kind plus an effort per"
                + " 100 lines of its source (see the table of review efforts).",
            "Every action-item occurrence costs its code's weight; an occurrence graver than its"
                + " code's category costs at least the lower bound of its own category.",
            "Learning to handle a code is counted once per distinct code.",
            "An object's category is the band its total effort falls in: simple under "
                + number(model.simpleBelowHours())
                + " h, medium from "
                + number(model.simpleBelowHours())
                + " h to under "
                + number(model.complexFromHours())
                + " h, complex from "
                + number(model.complexFromHours())
                + " h; never lower than its worst action item.",
            "An object counts as converted automatically only when none of its items needs action"
                + " and, when the output was applied, it ran on the target.",
            "Objects that could not be read or parsed count as not converted, in the category of"
                + " their item.",
            "Complexity (1-10) is 1 + 9 x (simple/4 + medium/2 + complex) / objects, rounded.");
    return new Assumptions(
        model.unitMinutes(),
        model.hoursPerDay(),
        model.simpleBelowHours(),
        model.complexFromHours(),
        review,
        notes);
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }

  /** Counts of a group of objects. */
  static final class Tally {
    private final EffortModel model;
    int objects;
    int converted;
    int simple;
    int medium;
    int complex;
    int lines;
    double units;

    Tally(EffortModel model) {
      this.model = model;
    }

    void add(AssessedObject o) {
      objects++;
      lines += o.lines;
      units += o.reviewUnits + o.actionUnits;
      if (o.state == State.CONVERTED) {
        converted++;
      } else if (o.category == Category.SIMPLE || o.category == Category.INFO) {
        simple++;
      } else if (o.category == Category.MEDIUM) {
        medium++;
      } else {
        complex++;
      }
    }

    Figures figures() {
      return new Figures(
          objects,
          share(converted),
          share(simple),
          share(medium),
          share(complex),
          lines,
          round2(model.hours(units)));
    }

    TypeRow typeRow(UnitKind kind) {
      return new TypeRow(
          kind,
          Labels.plural(kind),
          Group.of(kind),
          objects,
          share(converted),
          simple,
          medium,
          complex,
          lines,
          round2(model.hours(units)));
    }

    private Share share(int n) {
      return new Share(n, objects == 0 ? 0 : Math.round(1000.0 * n / objects) / 10.0);
    }
  }
}
