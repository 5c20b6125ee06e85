package io.godwit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerListTest {

  static Path list(Path dir, String text) throws IOException {
    Path f = dir.resolve("servers.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void readsEveryColumn(@TempDir Path tmp) throws IOException {
    Path f =
        list(
            tmp,
            "\uFEFFName, From ,TO,url,user,password_env,password_file,schemas,inputs\r\n"
                + "hr-prod,oracle,postgresql,jdbc:oracle:thin:@//db1:1521/HR,hr_ro,HR_PW,,HR; PAYROLL ,\r\n"
                + "\r\n"
                + "legacy,sqlserver,mysql,,,,secrets/pw.txt,,scripts/a;scripts/b.sql\r\n");
    List<ServerList.Entry> e = ServerList.read(f);
    assertThat(e).hasSize(2);
    ServerList.Entry hr = e.get(0);
    assertThat(hr.line()).isEqualTo(2);
    assertThat(hr.name()).isEqualTo("hr-prod");
    assertThat(hr.from()).isEqualTo("oracle");
    assertThat(hr.to()).isEqualTo("postgresql");
    assertThat(hr.url()).isEqualTo("jdbc:oracle:thin:@//db1:1521/HR");
    assertThat(hr.user()).isEqualTo("hr_ro");
    assertThat(hr.passwordEnv()).isEqualTo("HR_PW");
    assertThat(hr.passwordFile()).isNull();
    assertThat(hr.schemas()).containsExactly("HR", "PAYROLL");
    assertThat(hr.inputs()).isEmpty();
    ServerList.Entry legacy = e.get(1);
    assertThat(legacy.url()).isNull();
    assertThat(legacy.passwordFile()).isEqualTo(tmp.toAbsolutePath().resolve("secrets/pw.txt"));
    assertThat(legacy.inputs())
        .containsExactly(
            tmp.toAbsolutePath().resolve("scripts/a"),
            tmp.toAbsolutePath().resolve("scripts/b.sql"));
  }

  @Test
  void mistakesNameTheLine(@TempDir Path tmp) throws IOException {
    assertThatThrownBy(() -> ServerList.read(list(tmp, "name,password\na,x\n")))
        .hasMessageContaining("unknown column 'password' (columns: from, inputs, name,");
    assertThatThrownBy(() -> ServerList.read(list(tmp, "from,inputs\noracle,x\n")))
        .hasMessageEndingWith("the header has no 'name' column");
    assertThatThrownBy(() -> ServerList.read(list(tmp, "name,inputs\na,x\nA,y\n")))
        .hasMessageEndingWith("servers.csv:3: the name 'A' is used twice");
    assertThatThrownBy(() -> ServerList.read(list(tmp, "name,inputs\n,x\n")))
        .hasMessageEndingWith("servers.csv:2: a source needs a name");
    assertThatThrownBy(() -> ServerList.read(list(tmp, "name,inputs,url\na,,\n")))
        .hasMessageEndingWith("servers.csv:2: give either a url or inputs for 'a'");
    assertThatThrownBy(() -> ServerList.read(list(tmp, "name,inputs\n")))
        .hasMessageEndingWith("lists no sources");
    assertThatThrownBy(() -> ServerList.read(tmp.resolve("none.csv")))
        .isInstanceOf(IOException.class)
        .hasMessage("no such server list: " + tmp.resolve("none.csv"));
  }
}
