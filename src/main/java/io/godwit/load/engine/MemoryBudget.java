package io.godwit.load.engine;

import java.util.function.BooleanSupplier;

/**
 * Bounds the bytes of batches in flight across every segment. A reader takes its batch's bytes
 * before handing the batch on and the writer gives them back when the batch is written. A batch
 * larger than the whole budget is let through when nothing else is in flight, so a load always
 * moves.
 */
final class MemoryBudget {

  private final long limit;
  private long used;
  private long peak;

  MemoryBudget(long limit) {
    this.limit = limit;
  }

  /**
   * Waits until {@code bytes} fit; returns {@code false} without taking them when {@code abandon}
   * turns true while waiting.
   */
  synchronized boolean acquire(long bytes, BooleanSupplier abandon) throws InterruptedException {
    while (used > 0 && used + bytes > limit) {
      if (abandon.getAsBoolean()) {
        return false;
      }
      wait(100);
    }
    used += bytes;
    peak = Math.max(peak, used);
    return true;
  }

  synchronized void release(long bytes) {
    used -= bytes;
    notifyAll();
  }

  synchronized long peak() {
    return peak;
  }
}
