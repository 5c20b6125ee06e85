package io.godwit.bench;

import io.godwit.cli.Main;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs {@code godwit} in this JVM (started with -Xmx512m by {@link LoadBench}) and prints the peak
 * heap afterwards: the largest heap use seen by a 50 ms sampler, and the sum of the heap pools'
 * peaks as the JVM recorded them.
 */
public final class LoadBenchChild {

  private LoadBenchChild() {}

  public static void main(String[] args) throws Exception {
    AtomicLong maxUsed = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                maxUsed.accumulateAndGet(used, Math::max);
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    long started = System.nanoTime();
    int code = Main.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    long nanos = System.nanoTime() - started;
    sampler.interrupt();
    long poolPeaks = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        poolPeaks += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "BENCH exit=%d seconds=%.3f maxHeapUsed=%d heapPoolPeaks=%d maxHeap=%d%n",
        code, nanos / 1e9, maxUsed.get(), poolPeaks, Runtime.getRuntime().maxMemory());
    System.exit(code);
  }
}
