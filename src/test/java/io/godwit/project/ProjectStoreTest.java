package io.godwit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.godwit.project.ProjectException.Reason;
import io.godwit.project.ProjectFile.SourceSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreTest {

  @TempDir Path temp;
  final ProjectStore store = new ProjectStore();

  static ObjectKey key(String name) {
    return new ObjectKey(
        "postgresql", "SALES", name, "package", "package", "sales." + name.toLowerCase());
  }

  @Test
  void savesEditsAsPlainSqlFilesAndReadsThemBack() throws Exception {
    Map<ObjectKey, Edit> edits = new LinkedHashMap<>();
    edits.put(key("ORDER_MGMT"), Edit.of("create schema order_mgmt; -- mine\n", "generated"));
    edits.put(key("BILLING"), new Edit("select 1;\n", null));
    Project p = Project.create("Shop", "test").withEdits(edits);
    Project saved = store.save(p, null, temp.resolve("shop"), "1.2.3");

    Path dir = temp.resolve("shop");
    assertThat(dir.resolve("godwit-project.json")).exists();
    assertThat(dir.resolve("edits/package/sales.order_mgmt.sql"))
        .hasContent("create schema order_mgmt; -- mine\n");
    assertThat(saved.file().godwitVersion()).isEqualTo("1.2.3");

    Project back = store.open(dir);
    assertThat(back.edits()).isEqualTo(edits);
    assertThat(back.file().name()).isEqualTo("Shop");
    assertThat(back.edits().get(key("ORDER_MGMT")).startedFrom("generated")).isTrue();
  }

  @Test
  void aDroppedEditLosesItsFileOnlyAfterTheProjectIsSaved() throws Exception {
    Path dir = temp.resolve("p");
    Project p =
        Project.create("P", "t")
            .withEdits(Map.of(key("A"), new Edit("a", null), key("B"), new Edit("b", null)));
    Project saved = store.save(p, null, dir, "t");
    assertThat(dir.resolve("edits/package/sales.a.sql")).exists();
    store.save(saved.withEdits(Map.of(key("B"), new Edit("b2", null))), dir, dir, "t");
    assertThat(dir.resolve("edits/package/sales.a.sql")).doesNotExist();
    assertThat(dir.resolve("edits/package/sales.b.sql")).hasContent("b2");
  }

  @Test
  void twoObjectsWithTheSameFileNameGetTwoFiles() throws Exception {
    ObjectKey upper = new ObjectKey("postgresql", "S", "X", "table", "table", "s.X");
    ObjectKey lower = new ObjectKey("postgresql", "S", "x", "table", "table", "s.x");
    Project p =
        Project.create("P", "t")
            .withEdits(Map.of(upper, new Edit("1", null), lower, new Edit("2", null)));
    store.save(p, null, temp, "t");
    Project back = store.open(temp);
    assertThat(back.edits().get(upper).text()).isEqualTo("1");
    assertThat(back.edits().get(lower).text()).isEqualTo("2");
  }

  @Test
  void scriptPathsFollowTheProjectWhenSavedElsewhere() throws Exception {
    Path a = temp.resolve("a");
    Files.createDirectories(a.resolve("scripts"));
    Project p =
        Project.create("P", "t")
            .withFile(
                ProjectFile.create("P", "t")
                    .withSource(SourceSettings.scripts("oracle", List.of("scripts"))));
    store.save(p, a, a, "t");
    assertThat(store.open(a).file().source().scripts()).containsExactly("scripts");
    Path b = temp.resolve("b");
    store.save(store.open(a), a, b, "t");
    List<Path> paths = ProjectStore.scriptPaths(store.open(b).file().source(), b);
    assertThat(paths).containsExactly(a.resolve("scripts").toAbsolutePath().normalize());
  }

  @Test
  void aFolderWithoutAProjectIsNotAProject() {
    assertThatThrownBy(() -> store.open(temp))
        .isInstanceOfSatisfying(
            ProjectException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_PROJECT))
        .hasMessageContaining("is not a Godwit project");
  }

  @Test
  void aDamagedProjectIsReportedAndNeverWrittenOver() throws Exception {
    Path file = temp.resolve(ProjectStore.FILE_NAME);
    String damaged = "{ \"format\": \"godwit-project\", \"formatVersion\": 1, \"name\": ";
    Files.writeString(file, damaged, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> store.open(temp))
        .isInstanceOfSatisfying(
            ProjectException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
        .hasMessageContaining("damaged")
        .hasMessageContaining("line 1")
        .hasMessageContaining("Nothing was changed");
    assertThatThrownBy(() -> store.save(Project.create("X", "t"), null, temp, "t"))
        .isInstanceOf(ProjectException.class)
        .hasMessageContaining("choose another folder");
    assertThat(file).hasContent(damaged);
  }

  @Test
  void aProjectFromANewerGodwitIsReportedAndKept() throws Exception {
    Path file = temp.resolve(ProjectStore.FILE_NAME);
    String newer =
        "{\"format\":\"godwit-project\",\"formatVersion\":7,\"godwitVersion\":\"9.0\","
            + "\"name\":\"Future\",\"somethingNew\":[1,2,3]}";
    Files.writeString(file, newer, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> store.open(temp))
        .isInstanceOfSatisfying(
            ProjectException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NEWER_VERSION))
        .hasMessageContaining("Godwit 9.0")
        .hasMessageContaining("format 7");
    assertThatThrownBy(() -> store.save(Project.create("X", "t"), null, temp, "t"))
        .isInstanceOf(ProjectException.class);
    assertThat(file).hasContent(newer);
  }

  @Test
  void anUnknownFieldIsDamageNotSilence() throws Exception {
    store.save(Project.create("P", "t"), null, temp, "t");
    Path file = temp.resolve(ProjectStore.FILE_NAME);
    String json = Files.readString(file).replace("\"name\"", "\"colour\" : \"red\",\n  \"name\"");
    Files.writeString(file, json);
    assertThatThrownBy(() -> store.open(temp)).hasMessageContaining("colour");
  }

  @Test
  void aMissingEditFileIsReported() throws Exception {
    store.save(
        Project.create("P", "t").withEdits(Map.of(key("A"), new Edit("a", null))), null, temp, "t");
    Files.delete(temp.resolve("edits/package/sales.a.sql"));
    assertThatThrownBy(() -> store.open(temp))
        .hasMessageContaining("edits/package/sales.a.sql")
        .hasMessageContaining("missing");
  }

  @Test
  void anEditFileOutsideTheProjectIsRefused() throws Exception {
    store.save(
        Project.create("P", "t").withEdits(Map.of(key("A"), new Edit("a", null))), null, temp, "t");
    Path file = temp.resolve(ProjectStore.FILE_NAME);
    Files.writeString(
        file, Files.readString(file).replace("edits/package/sales.a.sql", "../../etc/passwd"));
    assertThatThrownBy(() -> store.open(temp)).hasMessageContaining("outside the project folder");
  }

  @Test
  void aSavedPasswordIsSealedInTheFile() throws Exception {
    CredentialSeal seal = new CredentialSeal(new java.security.SecureRandom(), 1000);
    ConnectionSettings c =
        new ConnectionSettings("oracle", "db", 0, "ORCL", "scott", null, null, null)
            .withSavedPassword(
                seal.seal(
                    io.godwit.dialect.Secret.of("tiger-secret"), "a passphrase".toCharArray()));
    Project p =
        Project.create("P", "t")
            .withFile(
                ProjectFile.create("P", "t").withSource(SourceSettings.live(c, List.of("SALES"))));
    store.save(p, null, temp, "t");
    String json = Files.readString(temp.resolve(ProjectStore.FILE_NAME));
    assertThat(json).doesNotContain("tiger-secret").contains("AES-256-GCM");
    ConnectionSettings back = store.open(temp).file().source().connection();
    assertThat(seal.open(back.savedPassword(), "a passphrase".toCharArray()).reveal())
        .isEqualTo("tiger-secret");
  }
}
