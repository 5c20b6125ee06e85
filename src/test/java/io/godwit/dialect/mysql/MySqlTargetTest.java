package io.godwit.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.godwit.convert.ConvertOptions;
import org.junit.jupiter.api.Test;

class MySqlTargetTest {

  static MySqlTarget of(String version) {
    return MySqlTarget.of(ConvertOptions.defaults().withTargetVersion(version));
  }

  @Test
  void versionsAndCapabilities() {
    MySqlTarget plain = of(null);
    assertThat(plain.mariadb()).isFalse();
    assertThat(plain.describe()).isEqualTo("MySQL 8.0.23");
    assertThat(plain.intersectExcept()).isFalse();
    assertThat(plain.lateral()).isTrue();
    assertThat(plain.nativeSequences()).isFalse();
    assertThat(plain.uuid()).isEqualTo(MySqlTarget.Uuid.CHAR36);
    assertThat(plain.packageRoutineTemplate()).isEqualTo("{package}${routine}");
    assertThat(of("8.0.31").intersectExcept()).isTrue();
    assertThat(of("mysql-8.4").intersectExcept()).isTrue();
    assertThat(of("9.1.0").functionalIndexes()).isTrue();
    MySqlTarget maria = of("MariaDB-10.11");
    assertThat(maria.mariadb()).isTrue();
    assertThat(maria.describe()).isEqualTo("MariaDB 10.11");
    assertThat(maria.intersectExcept()).isTrue();
    assertThat(maria.lateral()).isFalse();
    assertThat(maria.nativeSequences()).isTrue();
    assertThat(maria.nativeRows()).isTrue();
    assertThat(maria.checkViolationErrno()).isEqualTo(4025);
  }

  @Test
  void theDialectOffersTheBackEnd() {
    assertThat(new MySqlDialect().backEnd()).get().isInstanceOf(MySqlBackEnd.class);
    assertThat(new MySqlBackEnd().naming(ConvertOptions.defaults()).maxBytes()).isEqualTo(64);
  }

  @Test
  void settings() {
    ConvertOptions o =
        ConvertOptions.defaults()
            .withTargetVersion("mariadb-11.4")
            .withTargetSetting("uuid", "binary16")
            .withTargetSetting("sequences", "table")
            .withTargetSetting("packageRoutineTemplate", "{package}__{routine}")
            .withTargetSetting("collation", "utf8mb4_bin");
    MySqlTarget t = MySqlTarget.of(o);
    assertThat(t.uuid()).isEqualTo(MySqlTarget.Uuid.BINARY16);
    assertThat(t.nativeSequences()).isFalse();
    assertThat(t.packageRoutineTemplate()).isEqualTo("{package}__{routine}");
    assertThat(t.collation()).isEqualTo("utf8mb4_bin");
  }

  @Test
  void badSettingsAreClearErrors() {
    assertThatThrownBy(() -> of("5.7"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MySQL 8.0 or later");
    assertThatThrownBy(() -> of("mariadb-10.5")).hasMessageContaining("MariaDB 10.6 or later");
    assertThatThrownBy(() -> of("eight")).hasMessageContaining("is not a MySQL or MariaDB version");
    assertThatThrownBy(() -> of("8")).hasMessageContaining("is not a MySQL or MariaDB version");
    ConvertOptions d = ConvertOptions.defaults();
    assertThatThrownBy(() -> MySqlTarget.of(d.withTargetSetting("uuid", "text")))
        .hasMessageContaining("setting uuid");
    assertThatThrownBy(() -> MySqlTarget.of(d.withTargetSetting("sequences", "native")))
        .hasMessageContaining("MySQL has no native sequences");
    assertThatThrownBy(() -> MySqlTarget.of(d.withTargetSetting("colour", "blue")))
        .hasMessageContaining("unknown MySQL target setting 'colour'");
    assertThatThrownBy(
            () -> MySqlTarget.of(d.withTargetSetting("packageRoutineTemplate", "{package}")))
        .hasMessageContaining("does not contain {routine}");
    assertThatThrownBy(() -> MySqlTarget.of(d.withTargetSetting("collation", "x; drop")))
        .hasMessageContaining("is not a collation name");
  }
}
