package io.godwit.dialect;

import io.godwit.convert.BackEnd;
import io.godwit.convert.FrontEnd;
import io.godwit.dialect.DatabaseAccessException.Reason;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One database product: everything Godwit knows about it is reached from here. Implementations live
 * in {@code io.godwit.dialect.<name>} and are registered in {@code
 * META-INF/services/io.godwit.dialect.Dialect}.
 */
public interface Dialect {

  /** Stable id used on the command line and in project files: {@code postgresql}, ... */
  String id();

  /** The product name for people. */
  String displayName();

  /** Whether this dialect handles databases at this JDBC URL. */
  boolean acceptsUrl(String jdbcUrl);

  /** The URL to hand to the JDBC driver; dialects may accept aliases such as jdbc:mariadb:. */
  default String driverUrl(String jdbcUrl) {
    return jdbcUrl;
  }

  /** The JDBC driver class, loaded by name so a missing jar gives a clear message. */
  String driverClassName();

  /**
   * Driver properties Godwit always sets: connect and socket timeouts, fetch behaviour. The user's
   * URL parameters win over these where the driver lets them.
   */
  Map<String, String> driverProperties();

  /** Reads this product's catalog into the model. */
  CatalogReader catalogReader();

  /** The front end that reads this product's scripts and code, when it is a source. */
  default Optional<FrontEnd> frontEnd() {
    return Optional.empty();
  }

  /** The back end that writes this product's SQL, when it is a target. */
  default Optional<BackEnd> backEnd() {
    return Optional.empty();
  }

  /**
   * Splits a script written for this product into statements to send one by one, respecting quotes,
   * comments and product-specific blocks (dollar quoting, DELIMITER lines). Terminators are
   * removed; blank statements are dropped.
   */
  List<ScriptStatement> splitStatements(String script);

  /**
   * What this product's own error code means, where the SQLSTATE does not say it (Oracle's
   * ORA-01017 for a refused login, SQL Server's 4060 for an unknown database); empty to leave the
   * failure to the generic rules of {@link DatabaseErrors}.
   */
  default Optional<Reason> errorReason(SQLException failure) {
    return Optional.empty();
  }
}
