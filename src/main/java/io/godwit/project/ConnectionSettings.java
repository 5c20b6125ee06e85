package io.godwit.project;

import io.godwit.dialect.ConnectionSpec;

/**
 * A database server as the connection dialog describes it. The password is not part of it: it is
 * kept in memory, and only written (sealed, see {@link CredentialSeal}) when the user asks.
 *
 * @param product the product id ({@code oracle}, {@code sqlserver}, {@code postgresql}, {@code
 *     mysql})
 * @param host the host name or address
 * @param port the port, or 0 for the product's default
 * @param database the database (Oracle: the service name)
 * @param user the user name
 * @param ssl how the connection is encrypted
 * @param url a JDBC URL that replaces host, port, database and SSL when set (for options the dialog
 *     does not offer)
 * @param savedPassword the sealed password, when the user chose to save it
 */
public record ConnectionSettings(
    String product,
    String host,
    int port,
    String database,
    String user,
    SslMode ssl,
    String url,
    SealedSecret savedPassword) {

  /** How the connection is encrypted. */
  public enum SslMode {
    /** No encryption. */
    DISABLE,
    /** Encrypted, server certificate not checked. */
    REQUIRE,
    /** Encrypted, the server certificate and host name are verified. */
    VERIFY
  }

  public ConnectionSettings {
    if (product == null || product.isBlank()) {
      throw new IllegalArgumentException("a connection needs a product");
    }
    ssl = ssl == null ? SslMode.DISABLE : ssl;
    host = host == null ? "" : host.strip();
    database = database == null ? "" : database.strip();
    url = url == null || url.isBlank() ? null : url.strip();
  }

  /** These settings with a sealed password, or none. */
  public ConnectionSettings withSavedPassword(SealedSecret sealed) {
    return new ConnectionSettings(product, host, port, database, user, ssl, url, sealed);
  }

  /** The port to use: the given one, or the product's default. */
  public int effectivePort() {
    return port > 0 ? port : JdbcUrls.defaultPort(product);
  }

  /** The JDBC URL these settings describe. */
  public String jdbcUrl() {
    return url != null ? url : JdbcUrls.build(this);
  }

  /** "user@host:port/database" for titles and logs; never the password. */
  public String describe() {
    String who = user == null || user.isBlank() ? "" : user + "@";
    if (url != null) {
      return new ConnectionSpec(url, user, null).safeUrl();
    }
    return who + host + ":" + effectivePort() + (database.isEmpty() ? "" : "/" + database);
  }
}
