package io.godwit.cli;

import io.godwit.convert.ConversionListener;
import io.godwit.convert.ObjectRef;
import java.io.PrintWriter;

/** Progress of the conversion an assessment runs: a line on stderr every few seconds. */
final class AssessProgress implements ConversionListener {

  private final PrintWriter err;
  private int total;
  private long last;

  AssessProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void started(int units) {
    total = units;
    last = System.nanoTime();
    err.println("assessing " + units + " objects");
    err.flush();
  }

  @Override
  public void converted(int done, ObjectRef unit) {
    long now = System.nanoTime();
    if (done == total || now - last > 5_000_000_000L) {
      last = now;
      err.println("assessed " + done + "/" + total + " (" + unit.path() + ")");
      err.flush();
    }
  }
}
