package io.godwit.cli;

import io.godwit.load.progress.LoadEvent;
import io.godwit.load.progress.LoadListener;
import io.godwit.load.progress.TableState;
import io.godwit.load.progress.TableStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Shows a running load: on a terminal one line that redraws itself (a bar, rows, rate, ETA); else a
 * plain line every few seconds and one when a table finishes.
 */
final class LoadProgressPrinter implements LoadListener {

  private static final int BAR = 24;

  private final PrintWriter out;
  private final boolean terminal;
  private final long intervalNanos;
  private volatile Supplier<List<TableStatus>> snapshot = List::of;
  private long lastPrint;
  private int lastWidth;
  private final long started = System.nanoTime();

  LoadProgressPrinter(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
    this.intervalNanos = terminal ? 500_000_000L : 10_000_000_000L;
  }

  void source(Supplier<List<TableStatus>> snapshot) {
    this.snapshot = snapshot;
  }

  @Override
  public void onEvent(LoadEvent event) {
    if (!terminal && event instanceof LoadEvent.TableChanged c && c.table().state().isFinal()) {
      synchronized (this) {
        TableStatus t = c.table();
        out.printf(
            "%s -> %s: %s, %,d rows%s%s%n",
            t.source(),
            t.target(),
            t.state().label(),
            t.rows(),
            t.rejected() > 0 ? String.format(", %,d rejected", t.rejected()) : "",
            t.message() == null ? "" : " (" + t.message() + ")");
        out.flush();
      }
    }
  }

  /** Prints the current state if enough time has passed (called from a timer thread). */
  synchronized void tick(boolean force) {
    long now = System.nanoTime();
    if (!force && now - lastPrint < intervalNanos) {
      return;
    }
    lastPrint = now;
    List<TableStatus> tables = snapshot.get();
    if (tables.isEmpty()) {
      return;
    }
    long rows = 0;
    long estimate = 0;
    boolean known = true;
    int done = 0;
    int loading = 0;
    double rate = 0;
    for (TableStatus t : tables) {
      rows += t.rows();
      if (t.estimatedRows() < 0) {
        known = false;
      } else {
        estimate += Math.max(t.estimatedRows(), t.rows());
      }
      if (t.state().isFinal()) {
        done++;
      } else if (t.state() == TableState.LOADING || t.state() == TableState.VALIDATING) {
        loading++;
        rate += t.rowsPerSecond();
      }
    }
    double seconds = (now - started) / 1e9;
    double overall = seconds > 0 ? rows / seconds : 0;
    double fraction = known && estimate > 0 ? Math.min(1, (double) rows / estimate) : -1;
    String eta =
        fraction >= 0 && overall > 0 ? duration((long) ((estimate - rows) / overall)) : "?";
    String line;
    if (terminal) {
      StringBuilder bar = new StringBuilder("[");
      int filled = fraction < 0 ? 0 : (int) Math.round(fraction * BAR);
      for (int i = 0; i < BAR; i++) {
        bar.append(i < filled ? '#' : '.');
      }
      bar.append(']');
      line =
          String.format(
              "%s %s %,d rows  %,.0f rows/s  ETA %s  tables %d/%d done, %d loading",
              bar,
              fraction < 0 ? "  ?%" : String.format("%3.0f%%", fraction * 100),
              rows,
              Math.max(rate, 0),
              eta,
              done,
              tables.size(),
              loading);
      int pad = Math.max(0, lastWidth - line.length());
      out.print("\r" + line + " ".repeat(pad));
      lastWidth = line.length();
    } else {
      line =
          String.format(
              "loading: %,d rows%s, %,.0f rows/s, %d of %d tables done, %d loading, ETA %s",
              rows,
              fraction < 0 ? "" : String.format(" (%.0f%%)", fraction * 100),
              overall,
              done,
              tables.size(),
              loading,
              eta);
      out.println(line);
    }
    out.flush();
  }

  /** Ends the redrawn line so what follows starts on a line of its own. */
  synchronized void finish() {
    if (terminal && lastWidth > 0) {
      out.println();
      out.flush();
    }
  }

  static String duration(long seconds) {
    if (seconds < 0) {
      return "?";
    }
    Duration d = Duration.ofSeconds(seconds);
    if (d.toHours() > 0) {
      return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
    return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
  }
}
