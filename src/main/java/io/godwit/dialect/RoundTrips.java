package io.godwit.dialect;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts the statements a reader sends to the server. */
public final class RoundTrips {

  private final AtomicInteger count = new AtomicInteger();

  void add() {
    count.incrementAndGet();
  }

  public int count() {
    return count.get();
  }
}
