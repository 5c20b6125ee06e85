package io.godwit.assess.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.godwit.assess.AssessmentReport;
import io.godwit.assess.AssessmentReport.Figures;
import io.godwit.assess.AssessmentReport.Summary;
import io.godwit.assess.AssessmentReport.TypeRow;
import io.godwit.assess.Labels;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code <base>.pdf}: a cover, the executive summary with charts, the per-type table, the action
 * items with their occurrences, the objects, what could not be read, the verified results and the
 * effort model. Page numbers in the footer, an outline with one bookmark per section and per action
 * item, A4 or Letter.
 */
public final class PdfExporter implements Exporter {

  private final ExportOptions options;

  public PdfExporter(ExportOptions options) {
    this.options = options;
  }

  @Override
  public List<Path> export(AssessmentReport report, Path dir) throws IOException {
    Path file = dir.resolve(options.baseName() + ".pdf");
    return List.of(AtomicFile.write(file, out -> write(report, out)));
  }

  /** Writes the report to {@code out}. */
  public void write(AssessmentReport report, OutputStream out) throws IOException {
    Rectangle page =
        options.pageSize() == ExportOptions.PageSize.LETTER
            ? com.lowagie.text.PageSize.LETTER
            : com.lowagie.text.PageSize.A4;
    Document document = new Document(page, 50, 50, 54, 62);
    PdfStyle style = new PdfStyle();
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
      writer.setFullCompression();
      PdfPageDecor decor =
          new PdfPageDecor(
              style,
              "Godwit assessment \u00b7 " + Fmt.source(report) + " \u2192 " + Fmt.target(report));
      writer.setPageEvent(decor);
      document.addTitle(
          "Migration assessment: " + Fmt.source(report) + " to " + Fmt.target(report));
      document.addCreator("Godwit " + report.godwitVersion());
      document.addSubject(String.join(", ", report.source().schemas()));
      document.open();
      new Body(report, document, writer, style, decor).write();
      document.close();
    } catch (DocumentException | com.lowagie.text.ExceptionConverter e) {
      throw new IOException("cannot write the PDF report: " + e.getMessage(), e);
    }
  }

  /** One rendering of one report. */
  static final class Body {
    final AssessmentReport r;
    final Document doc;
    final PdfWriter writer;
    final PdfStyle style;
    final PdfPageDecor decor;
    final PdfTables tables;

    Body(AssessmentReport r, Document doc, PdfWriter writer, PdfStyle style, PdfPageDecor decor) {
      this.r = r;
      this.doc = doc;
      this.writer = writer;
      this.style = style;
      this.decor = decor;
      this.tables = new PdfTables(style, doc);
    }

    void write() {
      cover();
      doc.newPage();
      summary();
      types();
      PdfDetails details = new PdfDetails(this);
      details.actionItems();
      details.objects();
      details.unreadable();
      details.verification();
      details.effortModel();
    }

    float contentWidth() {
      return doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
    }

    /** A heading with a bookmark; level 0 starts a new page, level 1 one when little is left. */
    void heading(String title, int level) {
      if (level == 0) {
        doc.newPage();
      } else {
        keepRoom(150);
      }
      Chunk c = new Chunk(title, level == 0 ? style.h1 : style.h2);
      c.setGenericTag(decor.bookmark(title, level));
      Paragraph p = new Paragraph(c);
      p.setSpacingBefore(level == 0 ? 0 : 12);
      p.setSpacingAfter(level == 0 ? 8 : 4);
      p.setKeepTogether(true);
      doc.add(p);
    }

    void text(String text) {
      Paragraph p = new Paragraph(PdfStyle.clean(text), style.body);
      p.setSpacingAfter(6);
      p.setLeading(13);
      doc.add(p);
    }

    /** Starts a new page unless {@code points} are left on this one. */
    void keepRoom(float points) {
      if (writer.getVerticalPosition(false) - doc.bottom() < points) {
        doc.newPage();
      }
    }

    void subheading(String text) {
      keepRoom(90);
      Paragraph p = new Paragraph(text, style.h3);
      p.setSpacingBefore(8);
      p.setSpacingAfter(2);
      doc.add(p);
    }

    private void cover() {
      Rectangle page = doc.getPageSize();
      float w = page.getWidth();
      float h = page.getHeight();
      PdfContentByte under = writer.getDirectContentUnder();
      under.saveState();
      under.setColorFill(PdfStyle.BRAND);
      under.rectangle(0, h * 0.58f, w, h * 0.42f);
      under.fill();
      under.restoreState();
      PdfContentByte cb = writer.getDirectContent();
      float left = doc.leftMargin();
      float width = w - doc.leftMargin() - doc.rightMargin();
      column(
          cb,
          new Phrase(
              "GODWIT  \u00b7  DATABASE MIGRATION ASSESSMENT",
              style.font(style.sans, 9.5f, PdfStyle.WHITE)),
          left,
          h - 110,
          width,
          20);
      column(
          cb,
          new Phrase(
              Fmt.source(r) + " \u2192 " + Fmt.target(r),
              style.font(style.sansBold, 27, PdfStyle.WHITE)),
          left,
          h - 140,
          width,
          80);
      String schemas =
          r.source().schemas().isEmpty()
              ? ""
              : (r.source().schemas().size() == 1 ? "Schema " : "Schemas ")
                  + String.join(", ", r.source().schemas());
      column(
          cb,
          new Phrase(schemas, style.font(style.sans, 12, new java.awt.Color(0xDCE3EC))),
          left,
          h - 225,
          width,
          40);
      Summary s = r.summary();
      PdfPTable kpis = new PdfPTable(3);
      kpis.setTotalWidth(width);
      kpis.setLockedWidth(true);
      kpi(
          kpis,
          Fmt.percent(s.total().converted().percent()),
          "of the objects convert automatically");
      kpi(
          kpis,
          Fmt.hours(s.effort().hours()) + " h",
          "estimated effort (" + Fmt.hours(s.effort().personDays()) + " person-days)");
      kpi(kpis, s.complexity() + " / 10", "migration complexity");
      kpis.writeSelectedRows(0, -1, left, h * 0.58f - 30, cb);

      PdfPTable facts = new PdfPTable(new float[] {1.3f, 4});
      facts.setTotalWidth(width);
      facts.setLockedWidth(true);
      fact(
          facts,
          "Source",
          Fmt.source(r)
              + (r.source().database() == null ? "" : ", database " + r.source().database()));
      fact(facts, "Target", Fmt.target(r));
      fact(facts, "Read from", String.join(", ", r.source().inputs()));
      fact(
          facts,
          "Objects",
          Fmt.count(s.total().objects()) + " (" + Fmt.count(s.linesOfCode()) + " lines of code)");
      fact(
          facts,
          "Verified",
          r.verification() == null
              ? "not applied to a target yet"
              : "applied to " + r.verification().target());
      fact(facts, "Generated", Fmt.date(r.generatedAt()) + " by Godwit " + r.godwitVersion());
      facts.writeSelectedRows(0, -1, left, h * 0.58f - 130, cb);
      column(
          cb,
          new Phrase(
              "Estimates follow the effort model printed at the end of this report; they are a"
                  + " planning aid, not a quote.",
              style.muted),
          left,
          doc.bottomMargin() + 10,
          width,
          30);
    }

    private static void column(
        PdfContentByte cb, Phrase phrase, float x, float top, float width, float height) {
      ColumnText ct = new ColumnText(cb);
      ct.setSimpleColumn(
          phrase,
          x,
          top - height,
          x + width,
          top,
          phrase.getFont().getSize() * 1.2f,
          Element.ALIGN_LEFT);
      ct.go();
    }

    private void kpi(PdfPTable t, String value, String label) {
      PdfPCell c = new PdfPCell();
      c.setBorder(Rectangle.LEFT);
      c.setBorderColor(PdfStyle.BRAND);
      c.setBorderWidth(3);
      c.setPaddingLeft(10);
      c.setPaddingBottom(8);
      Paragraph v = new Paragraph(value, style.font(style.sansBold, 22, PdfStyle.INK));
      c.addElement(v);
      c.addElement(new Paragraph(label, style.muted));
      t.addCell(c);
    }

    private void fact(PdfPTable t, String name, String value) {
      PdfPCell n = new PdfPCell(new Phrase(name, style.bodyBold));
      PdfPCell v = new PdfPCell(new Phrase(PdfStyle.clean(value), style.body));
      for (PdfPCell c : new PdfPCell[] {n, v}) {
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(PdfStyle.LINE);
        c.setPadding(5);
        t.addCell(c);
      }
    }

    private void summary() {
      Summary s = r.summary();
      heading("Executive summary", 0);
      text(
          Fmt.share(s.total().converted())
              + " of "
              + Fmt.count(s.total().objects())
              + " objects convert automatically to "
              + Fmt.target(r)
              + ". The rest needs an estimated "
              + Fmt.hours(s.effort().hours())
              + " hours ("
              + Fmt.hours(s.effort().personDays())
              + " person-days) of work: reviewing and testing every object, resolving "
              + Fmt.count(s.actionItems())
              + " action items of "
              + s.distinctActionItems()
              + " kinds, and learning each kind once. "
              + (s.unreadable() == 0
                  ? "Every object could be read."
                  : Fmt.count(s.unreadable())
                      + " objects could not be read or parsed; they count as not converted."));
      PdfPTable charts = new PdfPTable(2);
      charts.setWidthPercentage(80);
      charts.setSpacingBefore(6);
      charts.setSpacingAfter(6);
      PdfCharts draw = new PdfCharts(writer.getDirectContent(), style);
      try {
        charts.addCell(chartCell(draw.donut("Storage objects", s.storage())));
        charts.addCell(chartCell(draw.donut("Code objects", s.code())));
      } catch (DocumentException e) {
        throw new com.lowagie.text.ExceptionConverter(e);
      }
      doc.add(charts);
      tables.start(
          new float[] {3.2f, 1, 1.6f, 1.5f, 1.5f, 1.5f, 1.1f, 1.1f},
          new String[] {
            "", "Objects", "Converted", "Simple", "Medium", "Complex", "Lines", "Effort (h)"
          },
          new boolean[] {false, true, true, true, true, true, true, true});
      figures("Storage objects", s.storage(), false);
      figures("Code objects", s.code(), false);
      figures("All objects", s.total(), true);
      tables.end();
      subheading("Estimated effort");
      tables.start(
          new float[] {5, 1.2f}, new String[] {"Work", "Hours"}, new boolean[] {false, true});
      tables.cell("Reviewing and testing every object").cell(Fmt.hours(s.effort().reviewHours()));
      tables
          .cell("Resolving " + Fmt.count(s.actionItems()) + " action items")
          .cell(Fmt.hours(s.effort().actionHours()));
      tables
          .cell("Learning " + s.distinctActionItems() + " kinds of action items, once each")
          .cell(Fmt.hours(s.effort().learningHours()));
      tables
          .totalCell("Total (" + Fmt.hours(s.effort().personDays()) + " person-days)")
          .totalCell(Fmt.hours(s.effort().hours()));
      tables.end();
      subheading("Assumptions");
      com.lowagie.text.List notes = new com.lowagie.text.List(false, 10);
      notes.setListSymbol(new Chunk("\u2022", style.body));
      for (String n : r.effortModel().notes()) {
        com.lowagie.text.ListItem item = new com.lowagie.text.ListItem(n, style.body);
        item.setLeading(12.5f);
        notes.add(item);
      }
      doc.add(notes);
    }

    private static PdfPCell chartCell(com.lowagie.text.Image image) {
      PdfPCell c = new PdfPCell(image, false);
      c.setBorder(Rectangle.NO_BORDER);
      c.setHorizontalAlignment(Element.ALIGN_CENTER);
      return c;
    }

    private void figures(String label, Figures f, boolean total) {
      String[] cells = {
        label,
        Fmt.count(f.objects()),
        Fmt.share(f.converted()),
        Fmt.share(f.simple()),
        Fmt.share(f.medium()),
        Fmt.share(f.complex()),
        Fmt.count(f.lines()),
        Fmt.hours(f.effortHours())
      };
      for (String c : cells) {
        if (total) {
          tables.totalCell(c);
        } else {
          tables.cell(c);
        }
      }
    }

    private void types() {
      heading("Per object type", 0);
      if (r.objectTypes().isEmpty()) {
        text("No objects were found.");
        return;
      }
      text(
          "Each bar shows an object type's objects by what they need; the table gives the"
              + " numbers.");
      try {
        com.lowagie.text.Image bars =
            new PdfCharts(writer.getDirectContent(), style)
                .stackedBars(r.objectTypes(), contentWidth());
        bars.setSpacingAfter(8);
        doc.add(bars);
      } catch (DocumentException e) {
        throw new com.lowagie.text.ExceptionConverter(e);
      }
      tables.start(
          new float[] {2.0f, 1.65f, 1.1f, 1.3f, 1.55f, 1, 1.1f, 1.15f, 0.9f, 1.15f},
          new String[] {
            "Object type",
            "Group",
            "Objects",
            "Converted",
            "Converted %",
            "Simple",
            "Medium",
            "Complex",
            "Lines",
            "Effort (h)"
          },
          new boolean[] {false, false, true, true, true, true, true, true, true, true});
      for (TypeRow t : r.objectTypes()) {
        tables
            .cell(t.label())
            .cell(Labels.group(t.group()))
            .cell(Fmt.count(t.objects()))
            .cell(Fmt.count(t.converted().count()))
            .cell(Fmt.percent(t.converted().percent()))
            .cell(Fmt.count(t.simple()))
            .cell(Fmt.count(t.medium()))
            .cell(Fmt.count(t.complex()))
            .cell(Fmt.count(t.lines()))
            .cell(Fmt.hours(t.effortHours()));
      }
      tables.end();
    }
  }
}
