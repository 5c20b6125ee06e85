package io.godwit.dialect.sqlserver.script;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The clocks a batch's time budget runs on. The budget counts the parsing thread's CPU time where
 * the JVM measures it, so that a busy machine does not fail batches that would parse; wall time is
 * capped as well, at {@link #WALL_FACTOR} times the budget, so that work the thread's CPU time does
 * not see (garbage collection, a starved machine) cannot stretch a parse without bound.
 */
final class ParseClock {

  /** How many budgets of wall time a batch may take, whatever its CPU time. */
  static final int WALL_FACTOR = 5;

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final boolean cpu = threads.isCurrentThreadCpuTimeSupported();

  /** A deadline {@code budgetNanos} from now. */
  Deadline start(long budgetNanos) {
    return new Deadline(cpuNow() + budgetNanos, System.nanoTime() + WALL_FACTOR * budgetNanos);
  }

  private long cpuNow() {
    if (cpu) {
      long time = threads.getCurrentThreadCpuTime();
      if (time >= 0) {
        return time;
      }
    }
    return System.nanoTime();
  }

  /** One batch's deadline on both clocks. */
  final class Deadline {

    private final long cpuDeadline;
    private final long wallDeadline;

    private Deadline(long cpuDeadline, long wallDeadline) {
      this.cpuDeadline = cpuDeadline;
      this.wallDeadline = wallDeadline;
    }

    boolean passed() {
      return System.nanoTime() - wallDeadline > 0 || cpuNow() - cpuDeadline > 0;
    }
  }
}
