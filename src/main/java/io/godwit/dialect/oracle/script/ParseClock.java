package io.godwit.dialect.oracle.script;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.LongSupplier;

/** The clock a statement's parse budget is measured with. */
final class ParseClock {

  private ParseClock() {}

  /**
   * The CPU time of the calling thread in nanoseconds, or wall time where the JVM cannot measure
   * thread CPU time. Only differences between two readings on the same thread are meaningful.
   */
  static LongSupplier forCurrentThread() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()) {
      return threads::getCurrentThreadCpuTime;
    }
    return System::nanoTime;
  }
}
