package io.godwit.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Questions the view models ask the user in the middle of a command. The window answers with
 * dialogs; tests answer directly.
 */
public interface Prompts {

  /**
   * Asks the user to pick one of {@code options}.
   *
   * @return the index of the chosen option, or -1 when the user closed the question
   */
  int choose(String title, String message, List<String> options);

  /** Asks for a folder; empty when the user cancelled. */
  Optional<Path> chooseFolder(String title);

  /** Asks where to save a file, proposing {@code initialName}; empty when the user cancelled. */
  Optional<Path> chooseSaveFile(String title, String initialName);

  /** Asks for a password or passphrase; empty when the user cancelled. */
  Optional<char[]> secret(String title, String message);
}
