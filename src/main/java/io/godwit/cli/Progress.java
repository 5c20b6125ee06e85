package io.godwit.cli;

import io.godwit.convert.ConversionListener;
import io.godwit.convert.ObjectRef;
import java.io.PrintWriter;

/**
 * A progress line on stderr: redrawn in place on a terminal, printed every few seconds otherwise
 * (CI logs).
 */
final class Progress implements ConversionListener {

  private final PrintWriter err;
  private final boolean terminal;
  private final String what;
  private int total;
  private long lastPrint;

  Progress(PrintWriter err, String what) {
    this.err = err;
    this.terminal = System.console() != null;
    this.what = what;
  }

  @Override
  public void started(int units) {
    total = units;
  }

  @Override
  public void converted(int done, ObjectRef unit) {
    long now = System.nanoTime();
    boolean last = done == total;
    if (!last && now - lastPrint < (terminal ? 100_000_000L : 5_000_000_000L)) {
      return;
    }
    lastPrint = now;
    int width = 30;
    int filled = total == 0 ? width : done * width / total;
    String bar = "#".repeat(filled) + ".".repeat(width - filled);
    String line = String.format("%s [%s] %d/%d %s", what, bar, done, total, unit.path());
    if (terminal) {
      err.print("\r" + (line.length() > 100 ? line.substring(0, 100) : line) + "\u001b[K");
      if (last) {
        err.println();
      }
    } else {
      err.println(line);
    }
    err.flush();
  }
}
