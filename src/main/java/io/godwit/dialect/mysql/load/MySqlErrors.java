package io.godwit.dialect.mysql.load;

import io.godwit.load.FailureKind;
import io.godwit.load.RowFailureException;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;

/** What MySQL's and MariaDB's error codes mean for a load. */
final class MySqlErrors {

  /** Lost or killed connections, server shutdown, deadlocks and lock timeouts: worth a retry. */
  private static final Set<Integer> RETRYABLE = Set.of(1053, 1205, 1213, 1927, 2006, 2013, 2055);

  /** Refused values and rows. */
  private static final Set<Integer> DATA =
      Set.of(
          1048, 1062, 1136, 1261, 1262, 1263, 1264, 1265, 1292, 1366, 1367, 1406, 1411, 1452, 1451,
          3140, 4025);

  private MySqlErrors() {}

  static FailureKind classify(SQLException e) {
    if (e instanceof RowFailureException) {
      return FailureKind.DATA;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        String state = s.getSQLState() == null ? "" : s.getSQLState();
        if (state.startsWith("08") || RETRYABLE.contains(s.getErrorCode())) {
          return FailureKind.CONNECTION;
        }
        if (state.startsWith("22") || state.startsWith("23") || DATA.contains(s.getErrorCode())) {
          return FailureKind.DATA;
        }
      }
      if (t instanceof IOException || t.getClass().getName().contains("CommunicationsException")) {
        return FailureKind.CONNECTION;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return FailureKind.FATAL;
  }

  /** The 0-based row named by "... at row N" in a message, or -1. */
  static int rowOf(SQLException e) {
    String m = e.getMessage();
    if (m == null) {
      return -1;
    }
    int at = m.lastIndexOf("at row ");
    if (at < 0) {
      return -1;
    }
    int i = at + 7;
    long n = 0;
    boolean any = false;
    while (i < m.length() && Character.isDigit(m.charAt(i)) && n < Integer.MAX_VALUE) {
      n = n * 10 + (m.charAt(i) - '0');
      i++;
      any = true;
    }
    return any && n >= 1 ? (int) (n - 1) : -1;
  }
}
