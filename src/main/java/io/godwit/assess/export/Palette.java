package io.godwit.assess.export;

import io.godwit.assess.AssessmentReport.Figures;
import io.godwit.assess.AssessmentReport.TypeRow;
import java.util.List;

/** The colours and series the charts of every export share. */
final class Palette {

  static final int BRAND = 0x1F3A5F;
  static final int INK = 0x1D2733;
  static final int MUTED = 0x5B6776;
  static final int LINE = 0xD9DEE5;
  static final int BAND = 0xF4F6F9;

  /** Converted, simple, medium, complex. */
  static final int[] SERIES = {0x2E7D32, 0x9CCC65, 0xFFA726, 0xE53935};

  static final List<String> SERIES_NAMES =
      List.of("Converted automatically", "Simple actions", "Medium actions", "Complex actions");

  /** Whether text on a series colour should be dark. */
  static final boolean[] DARK_TEXT = {false, true, true, false};

  private Palette() {}

  static String hex(int rgb) {
    return String.format(java.util.Locale.ROOT, "#%06x", rgb);
  }

  /** Converted, simple, medium, complex counts of a group. */
  static int[] values(Figures f) {
    return new int[] {
      f.converted().count(), f.simple().count(), f.medium().count(), f.complex().count()
    };
  }

  static int[] values(TypeRow t) {
    return new int[] {t.converted().count(), t.simple(), t.medium(), t.complex()};
  }
}
