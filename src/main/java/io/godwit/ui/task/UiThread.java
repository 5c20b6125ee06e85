package io.godwit.ui.task;

/**
 * Runs code on the thread that owns the view state: the JavaFX application thread in the app, the
 * calling thread in unit tests.
 */
@FunctionalInterface
public interface UiThread {

  void post(Runnable r);

  /** Runs everything at once on the calling thread (tests and headless use). */
  UiThread DIRECT = Runnable::run;
}
