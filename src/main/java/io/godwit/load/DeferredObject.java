package io.godwit.load;

import java.util.List;

/**
 * An index, foreign key or trigger that is set aside while a table loads and put back afterwards.
 * The dialect writes both sets of statements when the task starts; the state file keeps them, so an
 * interrupted task can still put the object back.
 *
 * @param kind what it is
 * @param table the table it belongs to (for a foreign key: the referencing table)
 * @param name its name
 * @param disable the statements that drop or disable it
 * @param restore the statements that create or enable it again
 */
public record DeferredObject(
    Kind kind, TableRef table, String name, List<String> disable, List<String> restore) {

  /** The kinds of objects set aside. */
  public enum Kind {
    INDEX,
    FOREIGN_KEY,
    TRIGGER,
    /** A constraint of the converted DDL, created once every table is loaded. */
    CONSTRAINT;

    /** Whether objects of this kind come back only when every table is loaded. */
    public boolean waitsForAllTables() {
      return this == FOREIGN_KEY || this == CONSTRAINT;
    }
  }

  public DeferredObject {
    disable = List.copyOf(disable);
    restore = List.copyOf(restore);
  }
}
