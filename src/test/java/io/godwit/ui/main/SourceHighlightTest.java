package io.godwit.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.UnitKind;
import io.godwit.ir.SourceSpan;
import io.godwit.project.CredentialSeal;
import io.godwit.ui.ScriptedPrompts;
import io.godwit.ui.WorkbenchServices;
import io.godwit.ui.code.TextSpan;
import io.godwit.ui.items.ItemRow;
import io.godwit.ui.model.RecentProjects;
import io.godwit.ui.task.UiThread;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source highlight of an action item covers exactly the script text the item points at, in
 * every object of both demos: packages (whose text is the specification and the body together)
 * included.
 */
class SourceHighlightTest {

  @TempDir Path temp;
  final ScriptedPrompts prompts = new ScriptedPrompts();
  final Preferences prefs = Preferences.userRoot().node("io/godwit/ui-hl-" + System.nanoTime());
  final MainViewModel vm =
      new MainViewModel(
          WorkbenchServices.create("test"),
          prompts,
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
  void oracleDemoItemsHighlightTheirScriptText() throws Exception {
    check("oracle", true);
  }

  @Test
  void sqlServerDemoItemsHighlightTheirScriptText() throws Exception {
    check("sqlserver", false);
  }

  private void check(String demo, boolean expectPackages) throws Exception {
    vm.openDemo(demo, temp.resolve(demo));
    vm.convertAll();
    assertThat(vm.state().conversion()).isNotNull();
    Map<String, String> files = new HashMap<>();
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    int inPackageBodies = 0;
    for (ItemRow row : vm.items().allRows()) {
      SourceSpan span = row.item().source();
      if (span == null || span.file() == null || span.endOffset() == span.startOffset()) {
        continue;
      }
      vm.openItem(row);
      TextSpan shown = vm.code().sourceHighlightProperty().get();
      if (Boolean.getBoolean("hl.debug") && vm.state().selection() != null) {
        var sel = vm.state().selection();
        System.out.println(
            "HL "
                + row.item().code()
                + " "
                + row.item().object()
                + " span="
                + span.startOffset()
                + ".."
                + span.endOffset()
                + " unit="
                + (sel.source() == null || sel.source().unit() == null
                    ? null
                    : sel.source().unit().span())
                + " conv="
                + (sel.converted() == null ? null : sel.converted().sourceSpan())
                + " shown="
                + shown);
      }
      if (shown == null) {
        continue;
      }
      String script = files.computeIfAbsent(span.file(), f -> read(vm.state().folder(), f));
      String expected = script.substring(span.startOffset(), span.endOffset());
      String text = vm.code().sourceTextProperty().get();
      String actual = text.substring(shown.start(), Math.min(text.length(), shown.end()));
      checked++;
      if (row.item().object().kind() == UnitKind.PACKAGE
          && text.indexOf("PACKAGE BODY") >= 0
          && shown.start() > text.indexOf("PACKAGE BODY")) {
        inPackageBodies++;
      }
      if (!actual.equals(expected)) {
        wrong.add(
            row.item().code()
                + " in "
                + row.item().object()
                + ": ["
                + actual
                + "] for ["
                + expected
                + "]");
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(3);
    if (expectPackages) {
      assertThat(inPackageBodies).as("items in package bodies").isPositive();
    }
    assertThat(wrong).isEmpty();
  }

  private static String read(Path project, String file) {
    try {
      Path p = Path.of(file);
      if (!p.isAbsolute() && project != null) {
        p = project.resolve(file);
      }
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
