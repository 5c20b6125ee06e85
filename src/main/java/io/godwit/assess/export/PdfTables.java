package io.godwit.assess.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.godwit.convert.item.Category;

/**
 * Tables of the PDF report in one style: a shaded header repeated on every page, hairlines between
 * rows, numbers right-aligned. Long tables are written in slices so memory stays flat.
 */
final class PdfTables {

  /** Rows written before a long table's finished part is flushed to the page. */
  private static final int SLICE = 150;

  private final PdfStyle style;
  private final Document document;
  private PdfPTable table;
  private boolean[] numeric;
  private int rows;
  private int column;

  PdfTables(PdfStyle style, Document document) {
    this.style = style;
    this.document = document;
  }

  /**
   * Starts a table.
   *
   * @param widths relative column widths
   * @param headers column titles
   * @param numeric which columns hold numbers
   */
  PdfTables start(float[] widths, String[] headers, boolean[] numeric) {
    table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.setSpacingBefore(4);
    table.setSpacingAfter(10);
    table.setComplete(false);
    this.numeric = numeric;
    this.rows = 0;
    this.column = 0;
    for (int i = 0; i < headers.length; i++) {
      PdfPCell c = new PdfPCell(new Phrase(headers[i], style.smallBold));
      c.setBackgroundColor(PdfStyle.BAND);
      c.setBorder(Rectangle.BOTTOM);
      c.setBorderColor(PdfStyle.INK);
      c.setBorderWidth(0.8f);
      c.setPadding(4);
      c.setHorizontalAlignment(numeric[i] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
      table.addCell(c);
    }
    return this;
  }

  /** A cell in the table's body font. */
  PdfTables cell(String text) {
    return cell(text, style.small);
  }

  PdfTables cell(String text, Font font) {
    PdfPCell c = new PdfPCell(new Phrase(PdfStyle.clean(text), font));
    style(c);
    return add(c);
  }

  /** A cell of two lines in two fonts (an object and where it is). */
  PdfTables cell(String first, Font firstFont, String second, Font secondFont) {
    Phrase p = new Phrase(PdfStyle.clean(first), firstFont);
    if (second != null && !second.isEmpty()) {
      p.add(new com.lowagie.text.Chunk("\n" + PdfStyle.clean(second), secondFont));
    }
    PdfPCell c = new PdfPCell(p);
    style(c);
    return add(c);
  }

  /** A cell whose text is the category, on the category's colour. */
  PdfTables category(Category category) {
    if (category == null) {
      return cell("");
    }
    Font f =
        style.font(
            style.sansBold, 7.5f, PdfStyle.darkText(category) ? PdfStyle.INK : PdfStyle.WHITE);
    PdfPCell c = new PdfPCell(new Phrase(io.godwit.assess.Labels.category(category), f));
    style(c);
    c.setBackgroundColor(PdfStyle.color(category));
    c.setBorderColor(PdfStyle.WHITE);
    c.setBorderWidth(1.2f);
    c.setBorder(Rectangle.BOX);
    return add(c);
  }

  /** A row in bold with a rule above it (totals). */
  PdfTables totalCell(String text) {
    PdfPCell c = new PdfPCell(new Phrase(PdfStyle.clean(text), style.smallBold));
    style(c);
    c.setBorder(Rectangle.TOP);
    c.setBorderColor(PdfStyle.INK);
    c.setBorderWidth(0.8f);
    return add(c);
  }

  private static void style(PdfPCell c) {
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColor(PdfStyle.LINE);
    c.setBorderWidth(0.5f);
    c.setPaddingTop(3);
    c.setPaddingBottom(4);
    c.setPaddingLeft(4);
    c.setPaddingRight(4);
  }

  private PdfTables add(PdfPCell c) {
    if (numeric[column]) {
      c.setHorizontalAlignment(Element.ALIGN_RIGHT);
    }
    table.addCell(c);
    column++;
    if (column == numeric.length) {
      column = 0;
      rows++;
      if (rows % SLICE == 0) {
        document.add(table);
      }
    }
    return this;
  }

  /** Finishes the table. */
  void end() {
    table.setComplete(true);
    document.add(table);
    table = null;
  }
}
