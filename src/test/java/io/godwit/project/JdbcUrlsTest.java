package io.godwit.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.project.ConnectionSettings.SslMode;
import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

  static ConnectionSettings c(String product, String host, int port, String db, SslMode ssl) {
    return new ConnectionSettings(product, host, port, db, "u", ssl, null, null);
  }

  @Test
  void eachProductHasItsForm() {
    assertThat(c("postgresql", "pg", 0, "shop", SslMode.VERIFY).jdbcUrl())
        .isEqualTo("jdbc:postgresql://pg:5432/shop?sslmode=verify-full");
    assertThat(c("mysql", "my", 3307, "shop", SslMode.REQUIRE).jdbcUrl())
        .isEqualTo("jdbc:mysql://my:3307/shop?sslMode=REQUIRED");
    assertThat(c("oracle", "ora", 0, "ORCLPDB1", SslMode.DISABLE).jdbcUrl())
        .isEqualTo("jdbc:oracle:thin:@//ora:1521/ORCLPDB1");
    assertThat(c("oracle", "ora", 2484, "ORCLPDB1", SslMode.REQUIRE).jdbcUrl())
        .isEqualTo("jdbc:oracle:thin:@tcps://ora:2484/ORCLPDB1");
    assertThat(c("sqlserver", "ms", 0, "Sales", SslMode.VERIFY).jdbcUrl())
        .isEqualTo(
            "jdbc:sqlserver://ms:1433;databaseName=Sales;encrypt=true;trustServerCertificate=false");
  }

  @Test
  void valuesAreEncodedAndIpv6HostsBracketed() {
    assertThat(c("postgresql", "::1", 0, "my db", SslMode.DISABLE).jdbcUrl())
        .isEqualTo("jdbc:postgresql://[::1]:5432/my%20db?sslmode=disable");
    assertThat(c("sqlserver", "ms", 0, "a;b", SslMode.DISABLE).jdbcUrl())
        .isEqualTo("jdbc:sqlserver://ms:1433;databaseName={a;b};encrypt=false");
  }

  @Test
  void anExplicitUrlWins() {
    ConnectionSettings s =
        new ConnectionSettings(
            "postgresql", "x", 0, "y", "u", null, "jdbc:postgresql://h/d?password=p", null);
    assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://h/d?password=p");
    assertThat(s.describe()).doesNotContain("password=p");
  }
}
