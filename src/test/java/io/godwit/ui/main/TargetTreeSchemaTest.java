package io.godwit.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.ConvertedObject;
import io.godwit.convert.UnitKind;
import io.godwit.project.CredentialSeal;
import io.godwit.project.ObjectKey;
import io.godwit.ui.ScriptedPrompts;
import io.godwit.ui.WorkbenchServices;
import io.godwit.ui.model.RecentProjects;
import io.godwit.ui.task.UiThread;
import io.godwit.ui.tree.NodeType;
import io.godwit.ui.tree.TreeNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The target tree puts every converted object under a schema, packages included. */
class TargetTreeSchemaTest {

  @TempDir Path temp;
  final Preferences prefs = Preferences.userRoot().node("io/godwit/ui-tt-" + System.nanoTime());
  final MainViewModel vm =
      new MainViewModel(
          WorkbenchServices.create("test"),
          new ScriptedPrompts(),
          new RecentProjects(prefs),
          Runnable::run,
          UiThread.DIRECT,
          Clock.systemUTC(),
          new CredentialSeal(new SecureRandom(), 1000));

  @AfterEach
  void tearDown() throws Exception {
    vm.close();
    prefs.removeNode();
  }

  @Test
  void oracleDemoPackagesSitUnderTheirSchemaOnPostgres() {
    check("postgresql");
  }

  @Test
  void oracleDemoPackagesSitUnderTheirSchemaOnMySql() {
    check("mysql");
  }

  private void check(String target) {
    vm.openDemo("oracle", temp.resolve("oracle"));
    vm.setTargetProduct(target);
    vm.convertAll();
    TreeNode<ObjectKey> root = vm.targetTree().rootProperty().get();
    assertThat(root).isNotNull();
    List<String> schemas = new ArrayList<>();
    for (TreeNode<ObjectKey> s : root.children()) {
      schemas.add(s.label());
    }
    assertThat(schemas).doesNotContain("(no schema)");
    int packages = 0;
    for (TreeNode<ObjectKey> s : root.children()) {
      for (TreeNode<ObjectKey> kind : s.children()) {
        for (TreeNode<ObjectKey> o : kind.children()) {
          assertThat(o.type()).isEqualTo(NodeType.OBJECT);
          ConvertedObject c = vm.state().conversion().object(o.value());
          if (c.kind() == UnitKind.PACKAGE) {
            packages++;
            assertThat(s.label())
                .as("schema of " + c.source() + " -> " + c.target())
                .isEqualTo(expectedSchema(c));
          }
        }
      }
    }
    assertThat(packages).isPositive();
  }

  /**
   * A package sits in its target schema (MySQL: the owner's database), or, when it becomes a schema
   * of its own (PostgreSQL), under its owner's schema as the target names it.
   */
  private static String expectedSchema(ConvertedObject c) {
    if (c.target().schema() != null) {
      return c.target().schema();
    }
    return c.source().schema().toLowerCase(java.util.Locale.ROOT);
  }
}
