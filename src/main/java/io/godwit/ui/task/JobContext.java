package io.godwit.ui.task;

/** What background work sees of the task running it. */
public interface JobContext {

  /** Reports how far it is; {@code total <= 0} means unknown. */
  void progress(long done, long total);

  /** Reports what it is doing now ("Converting SALES.ORDER_MGMT"). */
  void message(String text);

  /** Whether the user asked to cancel; long work polls this between steps. */
  boolean cancelled();

  /** Throws {@link java.util.concurrent.CancellationException} when the user cancelled. */
  default void checkCancelled() {
    if (cancelled()) {
      throw new java.util.concurrent.CancellationException("cancelled");
    }
  }
}
