package io.godwit.load.progress;

/**
 * Receives a task's events. Called on the task's worker threads: a view hands them to its own
 * thread and must not block.
 */
@FunctionalInterface
public interface LoadListener {

  void onEvent(LoadEvent event);

  static LoadListener none() {
    return event -> {};
  }
}
