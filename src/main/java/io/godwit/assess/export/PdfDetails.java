package io.godwit.assess.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import io.godwit.assess.AssessmentReport;
import io.godwit.assess.AssessmentReport.ActionItemRow;
import io.godwit.assess.AssessmentReport.KindReview;
import io.godwit.assess.AssessmentReport.ObjectRow;
import io.godwit.assess.AssessmentReport.Occurrence;
import io.godwit.assess.AssessmentReport.Unreadable;
import io.godwit.assess.AssessmentReport.VerifiedObject;
import io.godwit.assess.Execution;
import io.godwit.assess.Labels;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.Category;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The detailed sections of the PDF report. */
final class PdfDetails {

  private final PdfExporter.Body b;
  private final AssessmentReport r;
  private final PdfStyle style;
  private final PdfTables tables;

  PdfDetails(PdfExporter.Body body) {
    this.b = body;
    this.r = body.r;
    this.style = body.style;
    this.tables = body.tables;
  }

  void actionItems() {
    b.heading("Action items", 0);
    if (r.actionItems().isEmpty()) {
      b.text("Nothing needs attention: every object converted without action items.");
      return;
    }
    b.text(
        "One row per distinct action item, gravest first. Efforts are in hours: per occurrence,"
            + " and once per item for learning how to handle it. Each item's occurrences follow.");
    tables.start(
        new float[] {1.25f, 1.2f, 4.2f, 1.55f, 1.1f, 1.75f, 1.25f, 1},
        new String[] {
          "Code",
          "Category",
          "Action item",
          "Occurrences",
          "Objects",
          "Per occurrence",
          "Learning",
          "Total"
        },
        new boolean[] {false, false, false, true, true, true, true, true});
    for (ActionItemRow a : r.actionItems()) {
      tables
          .cell(a.code(), style.smallMono)
          .category(a.category())
          .cell(a.title())
          .cell(Fmt.count(a.occurrenceCount()))
          .cell(Fmt.count(a.objectCount()))
          .cell(Fmt.hours2(a.hoursPerOccurrence()))
          .cell(Fmt.hours2(a.learningHours()))
          .cell(Fmt.hours(a.totalHours()));
    }
    tables.end();
    for (ActionItemRow a : r.actionItems()) {
      item(a);
    }
  }

  private void item(ActionItemRow a) {
    b.heading(a.code() + "  " + a.title(), 1);
    Paragraph facts = new Paragraph();
    facts.setLeading(12.5f);
    facts.add(
        new Chunk(Labels.category(a.category()).toUpperCase(Locale.ROOT), badge(a.category())));
    facts.add(
        new Chunk(
            "   "
                + Fmt.counted(a.occurrenceCount(), "occurrence")
                + " in "
                + Fmt.counted(a.objectCount(), "object")
                + " \u00b7 "
                + Fmt.hours2(a.hoursPerOccurrence())
                + " h per occurrence \u00b7 "
                + Fmt.hours2(a.learningHours())
                + " h to learn \u00b7 "
                + Fmt.hours(a.totalHours())
                + " h in all",
            style.muted));
    facts.setSpacingAfter(4);
    b.doc.add(facts);
    labelled("Description", a.description());
    labelled("Recommended action", a.recommendation());
    tables.start(
        new float[] {3.2f, 3.6f, 3.6f},
        new String[] {"Object and source", "Message", "Excerpt"},
        new boolean[] {false, false, false});
    for (Occurrence o : a.occurrences()) {
      tables
          .cell(
              (o.object() == null ? "" : o.object())
                  + (o.objectKind() == null ? "" : " (" + Labels.singular(o.objectKind()) + ")"),
              style.small,
              Fmt.place(o.file(), o.line(), o.column()),
              style.smallMono)
          .cell(o.message())
          .cell(o.excerpt() == null ? "" : o.excerpt(), style.smallMono);
    }
    tables.end();
  }

  private com.lowagie.text.Font badge(Category c) {
    return style.font(style.sansBold, 8, PdfStyle.color(c).darker());
  }

  private void labelled(String label, String text) {
    Paragraph p = new Paragraph();
    p.setLeading(12.5f);
    p.add(new Chunk(label + ": ", style.bodyBold));
    p.add(new Chunk(PdfStyle.clean(text), style.body));
    p.setSpacingAfter(3);
    b.doc.add(p);
  }

  void objects() {
    b.heading("Objects", 0);
    List<ObjectRow> work = new ArrayList<>();
    Map<UnitKind, List<String>> converted = new EnumMap<>(UnitKind.class);
    for (ObjectRow o : r.objects()) {
      if (o.state() == AssessmentReport.State.CONVERTED) {
        converted.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o.path());
      } else {
        work.add(o);
      }
    }
    if (!work.isEmpty()) {
      b.text(
          "Every object that needs work, in the order it runs on the target, with its status, the"
              + " category of the work and its estimated effort in hours. The objects that"
              + " converted automatically follow by name.");
      objectTable(work);
    }
    if (!converted.isEmpty()) {
      b.subheading("Converted automatically");
      for (Map.Entry<UnitKind, List<String>> e : converted.entrySet()) {
        names(Labels.plural(e.getKey()), e.getValue());
      }
    }
  }

  /**
   * A list of names as running text after a bold label: thousands of objects that need nothing take
   * a few pages this way, where a table row each would take hundreds and most of the time.
   */
  private void names(String label, List<String> names) {
    Paragraph p = new Paragraph();
    p.setLeading(10);
    p.add(new Chunk(label + " (" + Fmt.count(names.size()) + "): ", style.smallBold));
    p.add(new Chunk(PdfStyle.clean(String.join(", ", names)), style.small));
    p.setSpacingAfter(4);
    b.doc.add(p);
  }

  private void objectTable(List<ObjectRow> rows) {
    boolean verified = r.verification() != null;
    tables.start(
        verified
            ? new float[] {3.4f, 1.4f, 0.9f, 1.7f, 1.35f, 0.9f, 2.2f, 1, 1.1f}
            : new float[] {3.6f, 1.4f, 0.9f, 1.7f, 1.35f, 0.9f, 2.4f, 1},
        verified
            ? new String[] {
              "Object", "Kind", "Lines", "Status", "Category", "Items", "Codes", "Effort", "Target"
            }
            : new String[] {
              "Object", "Kind", "Lines", "Status", "Category", "Items", "Codes", "Hours"
            },
        verified
            ? new boolean[] {false, false, true, false, false, true, false, true, false}
            : new boolean[] {false, false, true, false, false, true, false, true});
    for (ObjectRow o : rows) {
      tables
          .cell(o.path())
          .cell(Labels.singular(o.kind()))
          .cell(Fmt.count(o.lines()))
          .cell(Labels.state(o.state()))
          .category(o.category())
          .cell(Integer.toString(o.actionItems()))
          .cell(String.join(" ", o.codes()), style.smallMono)
          .cell(Fmt.hours(o.effortHours()));
      if (verified) {
        tables.cell(o.verified() == null ? "" : o.verified().name().toLowerCase(Locale.ROOT));
      }
    }
    tables.end();
  }

  void unreadable() {
    b.heading("What could not be read", 0);
    if (r.unreadable().isEmpty()) {
      b.text("Every object was read and parsed.");
      return;
    }
    b.text(
        Fmt.count(r.unreadable().size())
            + " objects exist in the source but could not be read (wrapped or encrypted code,"
            + " missing permissions) or parsed. They count as not converted, and the work to"
            + " convert them by hand is in the estimate.");
    tables.start(
        new float[] {2.6f, 1.2f, 1.1f, 3.2f, 2.4f},
        new String[] {"Object", "Kind", "Code", "Reason", "Source"},
        new boolean[] {false, false, false, false, false});
    for (Unreadable u : r.unreadable()) {
      tables
          .cell(u.path())
          .cell(Labels.singular(u.kind()))
          .cell(u.code(), style.smallMono)
          .cell(u.reason())
          .cell(Fmt.place(u.file(), u.line(), u.column()), style.smallMono);
    }
    tables.end();
  }

  void verification() {
    b.heading("Verified results", 0);
    AssessmentReport.Verification v = r.verification();
    if (v == null) {
      b.text(
          "The output has not been applied to a target yet, so \"converted\" is not yet backed by"
              + " execution. Run godwit apply on the conversion output (or godwit apply --sandbox"
              + " for PostgreSQL) and assess again to see the result of every object here.");
      return;
    }
    b.text(
        "Applied to "
            + v.target()
            + ": "
            + Fmt.count(v.applied())
            + " applied, "
            + Fmt.count(v.failed())
            + " failed, "
            + Fmt.count(v.skipped())
            + " skipped. Storage objects: "
            + v.storage().applied()
            + " applied, "
            + v.storage().failed()
            + " failed. Code objects: "
            + v.code().applied()
            + " applied, "
            + v.code().failed()
            + " failed. Objects that failed carry action item GW-0020 with the target's message.");
    List<VerifiedObject> notApplied = new ArrayList<>();
    List<String> applied = new ArrayList<>();
    for (VerifiedObject o : v.objects()) {
      if (o.status() == Execution.Status.APPLIED) {
        applied.add(o.path());
      } else {
        notApplied.add(o);
      }
    }
    if (!notApplied.isEmpty()) {
      tables.start(
          new float[] {2.8f, 1.2f, 1, 5},
          new String[] {"Object", "Kind", "Result", "Target's message"},
          new boolean[] {false, false, false, false});
      for (VerifiedObject o : notApplied) {
        tables
            .cell(o.path())
            .cell(o.kind())
            .cell(o.status().name().toLowerCase(Locale.ROOT))
            .cell(o.error() == null ? "" : o.error(), style.smallMono);
      }
      tables.end();
    }
    if (!applied.isEmpty()) {
      names("Applied", applied);
    }
  }

  void effortModel() {
    AssessmentReport.Assumptions a = r.effortModel();
    b.heading("Effort model", 0);
    b.text(
        "Efforts are counted in units of "
            + a.unitMinutes()
            + " minutes and a person-day has "
            + Fmt.raw(a.hoursPerDay())
            + " hours. An object's effort is the review of its kind (a base plus an amount per 100"
            + " source lines, below) plus the weight of each of its action items; each distinct"
            + " action item adds its learning effort once. An object with actions is simple below "
            + Fmt.raw(a.simpleBelowHours())
            + " h, medium below "
            + Fmt.raw(a.complexFromHours())
            + " h and complex from "
            + Fmt.raw(a.complexFromHours())
            + " h on.");
    tables.start(
        new float[] {3, 1.5f, 1.8f, 1.6f},
        new String[] {"Object kind", "Base (units)", "Per 100 lines (units)", "Base (minutes)"},
        new boolean[] {false, true, true, true});
    for (KindReview k : a.review()) {
      tables
          .cell(Labels.plural(k.kind()))
          .cell(Fmt.raw(k.base()))
          .cell(Fmt.raw(k.per100Lines()))
          .cell(Fmt.raw(k.base() * a.unitMinutes()));
    }
    tables.end();
    b.doc.add(
        new Paragraph(new Phrase("See docs/effort-model.md for the calibration.", style.muted)));
  }
}
