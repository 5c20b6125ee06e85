package io.godwit.assess.export;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import io.godwit.convert.item.Category;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Fonts and colours of the PDF report. Liberation Sans and Mono are embedded (subset, Identity-H),
 * so any Latin, Greek or Cyrillic text in names and excerpts prints, and the text can be extracted.
 */
final class PdfStyle {

  static final Color BRAND = new Color(Palette.BRAND);
  static final Color INK = new Color(Palette.INK);
  static final Color MUTED = new Color(Palette.MUTED);
  static final Color LINE = new Color(Palette.LINE);
  static final Color BAND = new Color(Palette.BAND);
  static final Color WHITE = Color.WHITE;

  final BaseFont sans;
  final BaseFont sansBold;
  final BaseFont mono;

  final Font body;
  final Font bodyBold;
  final Font muted;
  final Font small;
  final Font smallBold;
  final Font smallMono;
  final Font h1;
  final Font h2;
  final Font h3;

  PdfStyle() {
    sans = font("liberation/LiberationSans-Regular.ttf");
    sansBold = font("liberation/LiberationSans-Bold.ttf");
    mono = font("liberation/LiberationMono-Regular.ttf");
    body = new Font(sans, 9.5f, Font.NORMAL, INK);
    bodyBold = new Font(sansBold, 9.5f, Font.NORMAL, INK);
    muted = new Font(sans, 9f, Font.NORMAL, MUTED);
    small = new Font(sans, 7.8f, Font.NORMAL, INK);
    smallBold = new Font(sansBold, 7.8f, Font.NORMAL, INK);
    smallMono = new Font(mono, 7f, Font.NORMAL, INK);
    h1 = new Font(sansBold, 17f, Font.NORMAL, BRAND);
    h2 = new Font(sansBold, 12.5f, Font.NORMAL, BRAND);
    h3 = new Font(sansBold, 10.5f, Font.NORMAL, INK);
  }

  Font font(BaseFont base, float size, Color color) {
    return new Font(base, size, Font.NORMAL, color);
  }

  static Color color(Category c) {
    return switch (c) {
      case INFO -> new Color(0x90A4AE);
      case SIMPLE -> new Color(Palette.SERIES[1]);
      case MEDIUM -> new Color(Palette.SERIES[2]);
      case COMPLEX -> new Color(Palette.SERIES[3]);
    };
  }

  static boolean darkText(Category c) {
    return c == Category.SIMPLE || c == Category.MEDIUM;
  }

  /** Text the fonts can show: tabs become spaces, other control characters are dropped. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = c < 0x20 && c != '\n';
      if (control && b == null) {
        b = new StringBuilder(s.length());
        b.append(s, 0, i);
      }
      if (b != null) {
        if (c == '\t') {
          b.append("    ");
        } else if (!control) {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  private static BaseFont font(String resource) {
    try {
      return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load font " + resource, e);
    }
  }
}
