package io.godwit.dialect.sqlserver;

import io.godwit.dialect.DatabaseAccessException.Reason;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * What SQL Server's error numbers mean for a user, where the driver's SQLSTATE does not say it.
 * Only exceptions of the Microsoft driver are read, so another product's error with the same number
 * is not mistaken for SQL Server's.
 */
final class SqlServerErrors {

  private static final String DRIVER_PACKAGE = "com.microsoft.sqlserver.";

  private static final Map<Integer, Reason> REASONS =
      Map.ofEntries(
          Map.entry(18456, Reason.AUTHENTICATION), // login failed
          Map.entry(18486, Reason.AUTHENTICATION), // account locked out
          Map.entry(18487, Reason.AUTHENTICATION), // password expired
          Map.entry(18488, Reason.AUTHENTICATION), // password must be changed
          Map.entry(4060, Reason.UNKNOWN_DATABASE), // cannot open database requested by the login
          Map.entry(916, Reason.PERMISSION), // principal cannot access the database
          Map.entry(229, Reason.PERMISSION), // permission denied on object
          Map.entry(230, Reason.PERMISSION), // permission denied on column
          Map.entry(262, Reason.PERMISSION), // permission denied in database
          Map.entry(297, Reason.PERMISSION), // user does not have permission
          Map.entry(300, Reason.PERMISSION)); // VIEW SERVER STATE and the like

  private SqlServerErrors() {}

  static Optional<Reason> reason(SQLException e) {
    if (!e.getClass().getName().startsWith(DRIVER_PACKAGE)) {
      return Optional.empty();
    }
    return Optional.ofNullable(REASONS.get(e.getErrorCode()));
  }
}
