package io.godwit.assess.export;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import io.godwit.assess.AssessmentReport.Figures;
import io.godwit.assess.AssessmentReport.TypeRow;
import java.awt.Color;
import java.util.List;
import java.util.Locale;

/**
 * Vector charts drawn with OpenPDF's content stream: the same donuts and stacked bars as the HTML
 * report, as templates that flow like images.
 */
final class PdfCharts {

  private final PdfContentByte canvas;
  private final PdfStyle style;

  PdfCharts(PdfContentByte canvas, PdfStyle style) {
    this.canvas = canvas;
    this.style = style;
  }

  /**
   * A ring of converted/simple/medium/complex shares, converted share in the centre, legend below.
   */
  Image donut(String title, Figures f) throws BadElementException {
    float width = 200;
    float height = 215;
    PdfTemplate t = canvas.createTemplate(width, height);
    float cx = width / 2;
    float cy = height - 20 - 62;
    float r = 52;
    float stroke = 20;
    text(t, style.sansBold, 10, PdfStyle.BRAND, Element.ALIGN_CENTER, title, cx, height - 12);
    t.setLineWidth(stroke);
    t.setLineCap(PdfContentByte.LINE_CAP_BUTT);
    ring(t, cx, cy, r, 90, -360, PdfStyle.LINE);
    int[] v = Palette.values(f);
    float angle = 90;
    for (int i = 0; i < v.length; i++) {
      if (f.objects() == 0 || v[i] == 0) {
        continue;
      }
      float extent = -360f * v[i] / f.objects();
      ring(t, cx, cy, r, angle, extent, new Color(Palette.SERIES[i]));
      angle += extent;
    }
    String centre = f.objects() == 0 ? "-" : percent(f.converted().percent());
    text(t, style.sansBold, 17, PdfStyle.INK, Element.ALIGN_CENTER, centre, cx, cy - 2);
    text(t, style.sans, 7.5f, PdfStyle.MUTED, Element.ALIGN_CENTER, "converted", cx, cy - 13);
    float y = cy - r - stroke / 2 - 16;
    for (int i = 0; i < v.length; i++) {
      swatch(t, 28, y, new Color(Palette.SERIES[i]));
      text(t, style.sans, 8, PdfStyle.INK, Element.ALIGN_LEFT, Palette.SERIES_NAMES.get(i), 40, y);
      text(t, style.sansBold, 8, PdfStyle.INK, Element.ALIGN_RIGHT, Integer.toString(v[i]), 178, y);
      y -= 12;
    }
    Image image = Image.getInstance(t);
    image.setAlt(title);
    return image;
  }

  /** One 100 % bar per object type with counts where they fit, and a legend on top. */
  Image stackedBars(List<TypeRow> rows, float width) throws BadElementException {
    float rowHeight = 17;
    float legend = 22;
    float height = rows.size() * rowHeight + legend + 4;
    PdfTemplate t = canvas.createTemplate(width, height);
    float labelWidth = 110;
    float countWidth = 34;
    float barWidth = width - labelWidth - countWidth;
    float lx = labelWidth;
    for (int i = 0; i < Palette.SERIES.length; i++) {
      swatch(t, lx, height - 12, new Color(Palette.SERIES[i]));
      text(
          t,
          style.sans,
          7.5f,
          PdfStyle.MUTED,
          Element.ALIGN_LEFT,
          Palette.SERIES_NAMES.get(i),
          lx + 11,
          height - 12);
      lx += style.sans.getWidthPoint(Palette.SERIES_NAMES.get(i), 7.5f) + 26;
    }
    float y = height - legend - rowHeight;
    for (TypeRow row : rows) {
      int[] v = Palette.values(row);
      text(
          t,
          style.sans,
          8,
          PdfStyle.INK,
          Element.ALIGN_RIGHT,
          row.label(),
          labelWidth - 8,
          y + rowHeight / 2 - 3);
      float x = labelWidth;
      for (int i = 0; i < v.length; i++) {
        if (row.objects() == 0 || v[i] == 0) {
          continue;
        }
        float part = barWidth * v[i] / row.objects();
        t.setColorFill(new Color(Palette.SERIES[i]));
        t.rectangle(x, y + 2.5f, part, rowHeight - 5);
        t.fill();
        String label = Integer.toString(v[i]);
        if (part > style.sans.getWidthPoint(label, 7.5f) + 6) {
          text(
              t,
              style.sans,
              7.5f,
              Palette.DARK_TEXT[i] ? PdfStyle.INK : PdfStyle.WHITE,
              Element.ALIGN_CENTER,
              label,
              x + part / 2,
              y + rowHeight / 2 - 2.5f);
        }
        x += part;
      }
      text(
          t,
          style.sans,
          8,
          PdfStyle.MUTED,
          Element.ALIGN_LEFT,
          Integer.toString(row.objects()),
          labelWidth + barWidth + 6,
          y + rowHeight / 2 - 3);
      y -= rowHeight;
    }
    Image image = Image.getInstance(t);
    image.setAlt("Objects per type by what they need");
    return image;
  }

  private static void ring(
      PdfTemplate t, float cx, float cy, float r, float start, float extent, Color color) {
    t.setColorStroke(color);
    t.arc(cx - r, cy - r, cx + r, cy + r, start, extent);
    t.stroke();
  }

  private static void swatch(PdfTemplate t, float x, float y, Color color) {
    t.setColorFill(color);
    t.rectangle(x, y - 1, 8, 8);
    t.fill();
  }

  private static void text(
      PdfTemplate t,
      BaseFont font,
      float size,
      Color color,
      int align,
      String s,
      float x,
      float y) {
    t.beginText();
    t.setFontAndSize(font, size);
    t.setColorFill(color);
    t.showTextAligned(align, s, x, y, 0);
    t.endText();
  }

  private static String percent(double p) {
    return String.format(Locale.ROOT, "%.1f%%", p);
  }
}
