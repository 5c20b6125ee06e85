package io.godwit.ui.task;

/** Work run off the UI thread; it may block on JDBC, parsing and files. */
@FunctionalInterface
public interface Work<T> {

  T run(JobContext context) throws Exception;
}
