package io.godwit.project;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * JDBC URLs from the fields of the connection dialog, one form per product, with the product's SSL
 * parameters. Values are percent-encoded where the URL form needs it.
 */
public final class JdbcUrls {

  /**
   * What the connection dialog needs to know about a product.
   *
   * @param id the product id
   * @param displayName the name for people
   * @param defaultPort the usual port
   * @param databaseLabel what the database field is called for this product
   * @param defaultDatabase what the database field starts with
   */
  public record Product(
      String id,
      String displayName,
      int defaultPort,
      String databaseLabel,
      String defaultDatabase) {}

  /** Products Godwit connects to, in menu order. */
  public static final List<Product> PRODUCTS =
      List.of(
          new Product("oracle", "Oracle", 1521, "Service name", "ORCLPDB1"),
          new Product("sqlserver", "SQL Server", 1433, "Database", "master"),
          new Product("postgresql", "PostgreSQL", 5432, "Database", "postgres"),
          new Product("mysql", "MySQL / MariaDB", 3306, "Database", ""));

  private JdbcUrls() {}

  /** The product with this id. */
  public static Optional<Product> product(String id) {
    return PRODUCTS.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The usual port of {@code product}, or 0 when it is unknown. */
  public static int defaultPort(String product) {
    return product(product).map(Product::defaultPort).orElse(0);
  }

  /** The URL for {@code s} (its host, port, database and SSL mode). */
  public static String build(ConnectionSettings s) {
    String host = host(s.host());
    int port = s.effectivePort();
    String db = s.database();
    return switch (s.product()) {
      case "postgresql" ->
          "jdbc:postgresql://"
              + host
              + ":"
              + port
              + "/"
              + encode(db)
              + "?sslmode="
              + switch (s.ssl()) {
                case DISABLE -> "disable";
                case REQUIRE -> "require";
                case VERIFY -> "verify-full";
              };
      case "mysql" ->
          "jdbc:mysql://"
              + host
              + ":"
              + port
              + "/"
              + encode(db)
              + "?sslMode="
              + switch (s.ssl()) {
                case DISABLE -> "DISABLED";
                case REQUIRE -> "REQUIRED";
                case VERIFY -> "VERIFY_IDENTITY";
              };
      case "oracle" ->
          switch (s.ssl()) {
            case DISABLE -> "jdbc:oracle:thin:@//" + host + ":" + port + "/" + db;
            case REQUIRE -> "jdbc:oracle:thin:@tcps://" + host + ":" + port + "/" + db;
            case VERIFY ->
                "jdbc:oracle:thin:@tcps://"
                    + host
                    + ":"
                    + port
                    + "/"
                    + db
                    + "?oracle.net.ssl_server_dn_match=true";
          };
      case "sqlserver" ->
          "jdbc:sqlserver://"
              + host
              + ":"
              + port
              + (db.isEmpty() ? "" : ";databaseName=" + braced(db))
              + switch (s.ssl()) {
                case DISABLE -> ";encrypt=false";
                case REQUIRE -> ";encrypt=true;trustServerCertificate=true";
                case VERIFY -> ";encrypt=true;trustServerCertificate=false";
              };
      default -> throw new IllegalArgumentException("unknown product '" + s.product() + "'");
    };
  }

  /** An IPv6 literal goes in brackets. */
  private static String host(String host) {
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      return "[" + host + "]";
    }
    return host;
  }

  /** SQL Server property values with ';' or braces go in braces, with '}' doubled. */
  private static String braced(String value) {
    if (value.indexOf(';') < 0 && value.indexOf('{') < 0 && value.indexOf('}') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(c);
      if (c == '}') {
        out.append('}');
      }
    }
    return out.append('}').toString();
  }

  /** Percent-encodes everything but unreserved URL characters. */
  static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || c == '.'
              || c == '~';
      if (plain) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }
}
