package io.godwit.dialect.mysql;

import io.godwit.ir.proc.Trigger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/** What the statements of one stored program need to know about where they are. */
final class MyRoutineState {

  /** The kinds of stored program. */
  enum Kind {
    FUNCTION,
    PROCEDURE,
    TRIGGER,
    /** An anonymous block, run as a temporary procedure or (MariaDB) BEGIN NOT ATOMIC. */
    BLOCK
  }

  /** Helper variables every stored program may declare in its outermost block. */
  static final String NOT_FOUND = "godwit_nf";

  static final String ROW_COUNT = "godwit_row_count";
  static final String ERRNO = "godwit_errno";
  static final String ERRMSG = "godwit_errmsg";
  static final String SQLSTATE = "godwit_sqlstate";
  static final String MESSAGE = "godwit_message";
  static final String RETURNED = "godwit_return";

  final Kind kind;

  /** The label of the outermost block: RETURN in a procedure or trigger leaves it. */
  final String bodyLabel;

  /** For a trigger written for one event: that event (the trigger predicates fold to it). */
  final Trigger.Event event;

  /** Names of REF CURSOR output parameters: opening one returns a result set. */
  final Set<String> resultSetParams;

  /** The temporary table collecting the rows of a set-returning function, or null. */
  final String rowsTable;

  /** The label around the body of a set-returning function (RETURN leaves it), or null. */
  final String rowsLabel;

  MyScope scope;

  /** Whether the program was a function returning a cursor: local cursor variables are results. */
  boolean cursorResult;

  /** For each enclosing handler body, how many loops enclosed it (their labels it cannot use). */
  final Deque<Integer> handlerLoopFloors = new ArrayDeque<>();

  /** Labels of the enclosing loops, innermost first. */
  final Deque<String> loops = new ArrayDeque<>();

  /** Labels of the enclosing handler bodies, innermost first; empty outside handlers. */
  final Deque<String> handlers = new ArrayDeque<>();

  private int counter;

  MyRoutineState(
      Kind kind,
      String bodyLabel,
      Trigger.Event event,
      Set<String> resultSetParams,
      String rowsTable,
      String rowsLabel) {
    this.kind = kind;
    this.bodyLabel = bodyLabel;
    this.event = event;
    this.resultSetParams = resultSetParams == null ? Set.of() : Set.copyOf(resultSetParams);
    this.rowsTable = rowsTable;
    this.rowsLabel = rowsLabel;
  }

  /** A fresh name: {@code prefix} and a number unique in this program. */
  String fresh(String prefix) {
    counter++;
    return prefix + counter;
  }

  /** Whether statements that MySQL forbids in functions and triggers are forbidden here. */
  boolean restricted() {
    return kind == Kind.FUNCTION || kind == Kind.TRIGGER;
  }
}
