package io.godwit.load.progress;

import java.util.List;

/** Something a load task reports while it runs. */
public sealed interface LoadEvent
    permits LoadEvent.TaskStarted, LoadEvent.TableChanged, LoadEvent.Note, LoadEvent.TaskFinished {

  /** The plan is known: these tables, in this order. */
  record TaskStarted(List<TableStatus> tables) implements LoadEvent {
    public TaskStarted {
      tables = List.copyOf(tables);
    }
  }

  /** A table changed state, or its statistics moved (at most a few times per second per table). */
  record TableChanged(TableStatus table) implements LoadEvent {}

  /** Something worth telling the user that is not an error (a zero date read as NULL). */
  record Note(String table, String message) implements LoadEvent {}

  /** The task ended; the report says how. */
  record TaskFinished(LoadReport report) implements LoadEvent {}
}
