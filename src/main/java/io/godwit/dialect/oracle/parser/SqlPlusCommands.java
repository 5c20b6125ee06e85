package io.godwit.dialect.oracle.parser;

import java.util.List;
import java.util.Locale;

/**
 * The SQL*Plus commands a script may contain, with the shortest abbreviation SQL*Plus accepts for
 * each (for example {@code PRO} for {@code PROMPT}).
 */
public final class SqlPlusCommands {

  /** One command: its full name and the length of its shortest accepted abbreviation. */
  private record Command(String name, int shortest) {}

  private static final List<Command> COMMANDS =
      List.of(
          new Command("ACCEPT", 3),
          new Command("APPEND", 1),
          new Command("ARCHIVE", 7),
          new Command("ATTRIBUTE", 4),
          new Command("BREAK", 3),
          new Command("BTITLE", 3),
          new Command("CHANGE", 1),
          new Command("CLEAR", 2),
          new Command("COLUMN", 3),
          new Command("COMPUTE", 4),
          new Command("CONNECT", 4),
          new Command("COPY", 4),
          new Command("DEFINE", 3),
          new Command("DEL", 3),
          new Command("DESCRIBE", 4),
          new Command("DISCONNECT", 4),
          new Command("EDIT", 2),
          new Command("EXECUTE", 4),
          new Command("EXIT", 4),
          new Command("GET", 3),
          new Command("HELP", 4),
          new Command("HISTORY", 4),
          new Command("HOST", 2),
          new Command("INPUT", 1),
          new Command("LIST", 1),
          new Command("PASSWORD", 5),
          new Command("PAUSE", 3),
          new Command("PRINT", 3),
          new Command("PROMPT", 3),
          new Command("QUIT", 4),
          new Command("RECOVER", 7),
          new Command("REMARK", 3),
          new Command("REPFOOTER", 4),
          new Command("REPHEADER", 4),
          new Command("RUN", 1),
          new Command("SAVE", 3),
          new Command("SET", 3),
          new Command("SHOW", 3),
          new Command("SHUTDOWN", 8),
          new Command("SPOOL", 3),
          new Command("START", 3),
          new Command("STARTUP", 7),
          new Command("STORE", 5),
          new Command("TIMING", 4),
          new Command("TTITLE", 3),
          new Command("UNDEFINE", 5),
          new Command("VARIABLE", 3),
          new Command("WHENEVER", 8),
          new Command("XQUERY", 6));

  /** {@code @file}: runs a script. */
  public static final String RUN_SCRIPT = "@";

  /** {@code @@file}: runs a script relative to the current one. */
  public static final String RUN_NESTED_SCRIPT = "@@";

  /** {@code !command}: the Unix form of HOST. */
  public static final String HOST_SHORTHAND = "!";

  private SqlPlusCommands() {}

  /**
   * The full name of the command a word at the start of a line names, or {@code null} when it names
   * none: {@code "PRO"} gives {@code "PROMPT"}, {@code "SAVEPOINT"} gives {@code null}.
   */
  public static String canonical(String word) {
    if (word.isEmpty()) {
      return null;
    }
    String upper = word.toUpperCase(Locale.ROOT);
    for (Command command : COMMANDS) {
      if (upper.length() >= command.shortest() && command.name().startsWith(upper)) {
        return command.name();
      }
    }
    return null;
  }

  /**
   * Whether a command's text never continues on the next line with a trailing hyphen. Banners such
   * as {@code PROMPT -----} are common, so REMARK and PROMPT lines always end at the line end.
   */
  static boolean endsAtLineEnd(String command) {
    return command.equals("REMARK") || command.equals("PROMPT");
  }
}
