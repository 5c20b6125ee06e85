package io.godwit.dialect;

import io.godwit.dialect.DatabaseAccessException.Reason;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/** Turns driver exceptions into one line a user can act on. */
public final class DatabaseErrors {

  /** Whether the failure happened while connecting or while the connection was in use. */
  public enum Phase {
    CONNECT,
    READ
  }

  private DatabaseErrors() {}

  /** Classifies {@code failure}, which happened against {@code spec} during {@code phase}. */
  public static DatabaseAccessException classify(
      Throwable failure, ConnectionSpec spec, Phase phase) {
    return classify(failure, spec, phase, null);
  }

  /**
   * Classifies {@code failure}, asking {@code dialect} (may be {@code null}) first what its own
   * error codes mean.
   */
  public static DatabaseAccessException classify(
      Throwable failure, ConnectionSpec spec, Phase phase, Dialect dialect) {
    if (failure instanceof DatabaseAccessException known) {
      return known;
    }
    String where = spec.safeUrl();
    UnknownHostException unknownHost = find(failure, UnknownHostException.class);
    if (unknownHost != null) {
      return new DatabaseAccessException(
          Reason.UNREACHABLE,
          "cannot connect to " + where + ": unknown host '" + hostOf(unknownHost) + "'",
          failure);
    }
    String state = sqlState(failure);
    Reason own = productReason(failure, dialect);
    if (own == Reason.AUTHENTICATION
        || state.startsWith("28")
        || find(failure, SQLInvalidAuthorizationSpecException.class) != null) {
      String user = spec.user() == null ? "" : " for user '" + spec.user() + "'";
      return new DatabaseAccessException(
          Reason.AUTHENTICATION,
          "cannot connect to " + where + ": authentication failed" + user,
          failure);
    }
    if (own == Reason.UNKNOWN_DATABASE || state.equals("3D000") || errorCode(failure) == 1049) {
      return new DatabaseAccessException(
          Reason.UNKNOWN_DATABASE,
          "cannot connect to " + where + ": " + firstLine(rootSqlMessage(failure)),
          failure);
    }
    if (own == Reason.PERMISSION
        || state.equals("42501")
        || errorCode(failure) == 1142
        || errorCode(failure) == 1044) {
      return new DatabaseAccessException(
          Reason.PERMISSION, "permission denied: " + firstLine(rootSqlMessage(failure)), failure);
    }
    boolean transport =
        state.startsWith("08")
            || find(failure, SQLNonTransientConnectionException.class) != null
            || find(failure, SQLTransientConnectionException.class) != null
            || find(failure, SocketException.class) != null
            || find(failure, EOFException.class) != null
            || find(failure, SocketTimeoutException.class) != null;
    if (phase == Phase.CONNECT && transport) {
      String detail =
          find(failure, ConnectException.class) != null
              ? "connection refused"
              : find(failure, NoRouteToHostException.class) != null
                  ? "no route to host"
                  : find(failure, SocketTimeoutException.class) != null
                      ? "timed out"
                      : firstLine(rootSqlMessage(failure));
      return new DatabaseAccessException(
          Reason.UNREACHABLE, "cannot connect to " + where + ": " + detail, failure);
    }
    if (phase == Phase.READ && transport) {
      return new DatabaseAccessException(
          Reason.CONNECTION_LOST,
          "the connection to " + where + " was lost: " + firstLine(rootSqlMessage(failure)),
          failure);
    }
    return new DatabaseAccessException(Reason.FAILED, firstLine(rootSqlMessage(failure)), failure);
  }

  /** The first reason {@code dialect} gives for an SQLException in the cause chain, or null. */
  private static Reason productReason(Throwable failure, Dialect dialect) {
    if (dialect == null) {
      return null;
    }
    for (Throwable c = failure; c != null; c = c.getCause()) {
      if (c instanceof SQLException s) {
        Reason reason = dialect.errorReason(s).orElse(null);
        if (reason != null) {
          return reason;
        }
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }

  private static String hostOf(UnknownHostException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int colon = message.indexOf(':');
    return colon > 0 ? message.substring(0, colon) : message;
  }

  private static String sqlState(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException s && s.getSQLState() != null) {
        return s.getSQLState();
      }
    }
    return "";
  }

  private static int errorCode(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException s && s.getErrorCode() != 0) {
        return s.getErrorCode();
      }
    }
    return 0;
  }

  /** The message of the innermost SQLException, else of the outermost throwable. */
  private static String rootSqlMessage(Throwable t) {
    String message = null;
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException && c.getMessage() != null) {
        message = c.getMessage();
      }
    }
    if (message == null) {
      message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
    return message;
  }

  private static <T extends Throwable> T find(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }

  static String firstLine(String message) {
    String trimmed = message.strip();
    int newline = trimmed.indexOf('\n');
    String line = newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    return line.toLowerCase(Locale.ROOT).startsWith("error: ") ? line.substring(7) : line;
  }
}
