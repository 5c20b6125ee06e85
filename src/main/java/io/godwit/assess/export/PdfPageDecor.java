package io.godwit.assess.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Page furniture: the footer with "Page n of N" on every page but the cover, and the outline
 * (bookmarks), placed where each heading actually lands.
 */
final class PdfPageDecor extends PdfPageEventHelper {

  private final PdfStyle style;
  private final String footer;
  private final Map<String, Mark> marks = new HashMap<>();
  private PdfTemplate total;
  private PdfOutline lastTop;
  private int next;

  /** A bookmark to place. */
  private record Mark(String title, int level) {}

  PdfPageDecor(PdfStyle style, String footer) {
    this.style = style;
    this.footer = footer;
  }

  /** The generic tag of a heading that gets a bookmark at {@code level} (0 or 1). */
  String bookmark(String title, int level) {
    String tag = "bm" + (next++);
    marks.put(tag, new Mark(title, level));
    return tag;
  }

  @Override
  public void onOpenDocument(PdfWriter writer, Document document) {
    total = writer.getDirectContent().createTemplate(40, 12);
  }

  @Override
  public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
    Mark m = marks.remove(text);
    if (m == null) {
      return;
    }
    PdfDestination at =
        new PdfDestination(PdfDestination.XYZ, rect.getLeft(), rect.getTop() + 14, 0);
    PdfOutline parent = m.level() == 0 || lastTop == null ? writer.getRootOutline() : lastTop;
    PdfOutline outline = new PdfOutline(parent, at, m.title(), false);
    if (m.level() == 0) {
      lastTop = outline;
    }
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    int page = writer.getPageNumber();
    if (page == 1) {
      return;
    }
    PdfContentByte cb = writer.getDirectContent();
    Rectangle size = document.getPageSize();
    float y = document.bottomMargin() - 24;
    cb.saveState();
    cb.setColorStroke(PdfStyle.LINE);
    cb.setLineWidth(0.6f);
    cb.moveTo(document.leftMargin(), y + 11);
    cb.lineTo(size.getWidth() - document.rightMargin(), y + 11);
    cb.stroke();
    cb.restoreState();
    ColumnText.showTextAligned(
        cb, Element.ALIGN_LEFT, new Phrase(footer, style.muted), document.leftMargin(), y, 0);
    String pageText = "Page " + page + " of";
    float right = size.getWidth() - document.rightMargin();
    float totalWidth = 22;
    float space = style.sans.getWidthPoint(" ", style.muted.getSize());
    ColumnText.showTextAligned(
        cb,
        Element.ALIGN_RIGHT,
        new Phrase(pageText, style.muted),
        right - totalWidth - space,
        y,
        0);
    cb.addTemplate(total, right - totalWidth, y);
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    total.beginText();
    total.setFontAndSize(style.sans, style.muted.getSize());
    total.setColorFill(PdfStyle.MUTED);
    total.setTextMatrix(0, 0);
    total.showText(Integer.toString(writer.getPageNumber() - 1));
    total.endText();
  }
}
