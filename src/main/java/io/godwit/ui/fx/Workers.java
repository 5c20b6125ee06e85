package io.godwit.ui.fx;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon thread pools for work off the UI thread, so they never keep the JVM alive. */
public final class Workers {

  private Workers() {}

  /** A pool that grows as needed; threads are named {@code godwit-<name>-N}. */
  public static ExecutorService pool(String name) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newCachedThreadPool(
        r -> {
          Thread t = new Thread(r, "godwit-" + name + "-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** One thread, for work where only the newest request matters (highlighting). */
  public static ExecutorService single(String name) {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "godwit-" + name);
          t.setDaemon(true);
          return t;
        });
  }
}
