package io.godwit.dialect.oracle;

import io.godwit.dialect.DatabaseAccessException.Reason;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * What Oracle's error numbers mean for a user, where the driver's SQLSTATE does not say it. The
 * driver reports ORA-nnnnn as the error code nnnnn and starts the message with {@code ORA-}; both
 * are checked, so another product's error with the same number is not mistaken for Oracle's.
 */
final class OracleErrors {

  private static final Map<Integer, Reason> REASONS =
      Map.ofEntries(
          Map.entry(1017, Reason.AUTHENTICATION), // invalid username/password; logon denied
          Map.entry(1005, Reason.AUTHENTICATION), // null password given; logon denied
          Map.entry(28000, Reason.AUTHENTICATION), // the account is locked
          Map.entry(28001, Reason.AUTHENTICATION), // the password has expired
          Map.entry(12514, Reason.UNKNOWN_DATABASE), // listener does not know the service
          Map.entry(12505, Reason.UNKNOWN_DATABASE), // listener does not know the SID
          Map.entry(1045, Reason.PERMISSION), // user lacks CREATE SESSION
          Map.entry(1031, Reason.PERMISSION)); // insufficient privileges

  private OracleErrors() {}

  static Optional<Reason> reason(SQLException e) {
    String message = e.getMessage();
    if (message == null || !message.startsWith("ORA-")) {
      return Optional.empty();
    }
    return Optional.ofNullable(REASONS.get(e.getErrorCode()));
  }
}
