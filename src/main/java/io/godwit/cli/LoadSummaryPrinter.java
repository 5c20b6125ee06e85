package io.godwit.cli;

import io.godwit.load.progress.LoadReport;
import io.godwit.load.progress.Mismatch;
import io.godwit.load.progress.TableStatus;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The table of per-table statistics printed when a load ends. */
final class LoadSummaryPrinter {

  private final PrintWriter out;

  LoadSummaryPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(LoadReport report) {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {"table", "target", "state", "rows", "rejected", "rows/s", "time", "method"});
    for (TableStatus t : report.tables()) {
      rows.add(
          new String[] {
            t.source().toString(),
            t.target().toString(),
            t.state().label(),
            String.format("%,d", t.rows()),
            String.format("%,d", t.rejected()),
            String.format("%,.0f", t.rowsPerSecond()),
            LoadProgressPrinter.duration(t.elapsed().toSeconds()),
            t.method() == null ? "" : t.method()
          });
    }
    int[] width = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        boolean number = i >= 3 && i <= 5;
        String cell = number ? pad(r[i], width[i], true) : pad(r[i], width[i], false);
        line.append(cell).append(i + 1 < r.length ? "  " : "");
      }
      out.println(line.toString().stripTrailing());
    }
    out.printf(
        "%,d rows in %d tables in %s%s%n",
        report.totalRows(),
        report.tables().size(),
        LoadProgressPrinter.duration(report.duration().toSeconds()),
        report.totalRejected() > 0
            ? String.format(", %,d rows rejected", report.totalRejected())
            : "");
    for (TableStatus t : report.tables()) {
      if (t.message() != null) {
        out.printf("%s: %s%n", t.source(), t.message());
      }
      for (Mismatch m : t.mismatches()) {
        out.printf(
            "  mismatch in %s: %,d source rows, %,d target rows%s%n",
            m.range(),
            m.sourceRows(),
            m.targetRows(),
            m.keys().isEmpty() ? "" : "; " + String.join(", ", m.keys()));
      }
    }
    for (Map.Entry<String, List<String>> n : report.notes().entrySet()) {
      for (String line : n.getValue()) {
        out.printf("%s: note: %s%n", n.getKey(), line);
      }
    }
    for (Map.Entry<String, String> r : report.rejectFiles().entrySet()) {
      out.printf("%s: rejected rows are in %s%n", r.getKey(), r.getValue());
    }
    out.flush();
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - s.length()));
    return right ? fill + s : s + fill;
  }
}
