package io.godwit.assess.export;

import io.godwit.assess.AssessmentReport.Figures;
import io.godwit.assess.AssessmentReport.TypeRow;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Inline SVG charts for the HTML report: donuts for groups, 100 % stacked bars per type. */
final class SvgCharts {

  private final HtmlWriter w;

  SvgCharts(HtmlWriter w) {
    this.w = w;
  }

  /** A ring of converted/simple/medium/complex shares with the converted share in its centre. */
  void donut(String title, Figures f) throws IOException {
    int[] v = Palette.values(f);
    int total = f.objects();
    double size = 150;
    double r = 56;
    double stroke = 22;
    double circumference = 2 * Math.PI * r;
    w.start("figure", "class", "chart");
    w.element("figcaption", title);
    w.start(
        "svg",
        "width",
        n(size),
        "height",
        n(size),
        "viewBox",
        "0 0 " + n(size) + " " + n(size),
        "role",
        "img",
        "aria-label",
        title + ": " + f.converted().percent() + " % converted automatically");
    w.empty(
        "circle",
        "cx",
        n(size / 2),
        "cy",
        n(size / 2),
        "r",
        n(r),
        "fill",
        "none",
        "stroke",
        Palette.hex(Palette.LINE),
        "stroke-width",
        n(stroke));
    double offset = 0;
    for (int i = 0; i < v.length; i++) {
      if (total == 0 || v[i] == 0) {
        continue;
      }
      double len = circumference * v[i] / total;
      w.start(
          "circle",
          "cx",
          n(size / 2),
          "cy",
          n(size / 2),
          "r",
          n(r),
          "fill",
          "none",
          "stroke",
          Palette.hex(Palette.SERIES[i]),
          "stroke-width",
          n(stroke),
          "stroke-dasharray",
          n(len) + " " + n(circumference - len),
          "stroke-dashoffset",
          n(-offset),
          "transform",
          "rotate(-90 " + n(size / 2) + " " + n(size / 2) + ")");
      w.element("title", Palette.SERIES_NAMES.get(i) + ": " + v[i]);
      w.end("circle");
      offset += len;
    }
    w.element(
        "text",
        total == 0 ? "-" : pct(f.converted().percent()),
        "x",
        n(size / 2),
        "y",
        n(size / 2 + 2),
        "text-anchor",
        "middle",
        "font-size",
        "22",
        "font-weight",
        "600",
        "fill",
        Palette.hex(Palette.INK));
    w.element(
        "text",
        total + " objects",
        "x",
        n(size / 2),
        "y",
        n(size / 2 + 20),
        "text-anchor",
        "middle",
        "font-size",
        "11",
        "fill",
        Palette.hex(Palette.MUTED));
    w.end("svg");
    legend(v);
    w.end("figure");
  }

  /** One 100 % bar per object type, with the count of each part where it fits. */
  void stackedBars(List<TypeRow> rows) throws IOException {
    double labelWidth = 170;
    double barWidth = 560;
    double countWidth = 60;
    double rowHeight = 26;
    double height = rows.size() * rowHeight + 8;
    double width = labelWidth + barWidth + countWidth;
    w.start("figure", "class", "chart");
    legend(null);
    w.start(
        "svg",
        "width",
        n(width),
        "height",
        n(height),
        "viewBox",
        "0 0 " + n(width) + " " + n(height),
        "role",
        "img",
        "aria-label",
        "Objects per type by what they need");
    double y = 4;
    for (TypeRow t : rows) {
      int[] v = Palette.values(t);
      w.element(
          "text",
          t.label(),
          "x",
          n(labelWidth - 10),
          "y",
          n(y + rowHeight / 2 + 4),
          "text-anchor",
          "end",
          "font-size",
          "12",
          "fill",
          Palette.hex(Palette.INK));
      double x = labelWidth;
      for (int i = 0; i < v.length; i++) {
        if (t.objects() == 0 || v[i] == 0) {
          continue;
        }
        double part = barWidth * v[i] / t.objects();
        w.start(
            "rect",
            "x",
            n(x),
            "y",
            n(y + 3),
            "width",
            n(part),
            "height",
            n(rowHeight - 6),
            "fill",
            Palette.hex(Palette.SERIES[i]));
        w.element("title", t.label() + ": " + Palette.SERIES_NAMES.get(i) + " " + v[i]);
        w.end("rect");
        String label = Integer.toString(v[i]);
        if (part > label.length() * 7 + 6) {
          w.element(
              "text",
              label,
              "x",
              n(x + part / 2),
              "y",
              n(y + rowHeight / 2 + 4),
              "text-anchor",
              "middle",
              "font-size",
              "11",
              "fill",
              Palette.DARK_TEXT[i] ? Palette.hex(Palette.INK) : "#ffffff");
        }
        x += part;
      }
      w.element(
          "text",
          Integer.toString(t.objects()),
          "x",
          n(labelWidth + barWidth + 8),
          "y",
          n(y + rowHeight / 2 + 4),
          "font-size",
          "12",
          "fill",
          Palette.hex(Palette.MUTED));
      y += rowHeight;
    }
    w.end("svg");
    w.end("figure");
  }

  /** The series with their colours; with values, each name carries its count. */
  private void legend(int[] values) throws IOException {
    w.start("div", "class", "legend");
    for (int i = 0; i < Palette.SERIES.length; i++) {
      w.start("span");
      w.start("i", "style", "background:" + Palette.hex(Palette.SERIES[i])).end("i");
      w.text(Palette.SERIES_NAMES.get(i) + (values == null ? "" : " (" + values[i] + ")"));
      w.end("span");
    }
    w.end("div");
  }

  private static String pct(double p) {
    return (p == Math.rint(p) ? Long.toString((long) p) : String.format(Locale.ROOT, "%.1f", p))
        + "%";
  }

  private static String n(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
