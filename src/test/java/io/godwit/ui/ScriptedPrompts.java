package io.godwit.ui;

import io.godwit.ui.main.Prompts;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Answers the workbench's questions from a script, the way a user would, and records what was
 * asked. A question with no scripted answer fails the test.
 */
public final class ScriptedPrompts implements Prompts {

  private final Deque<Object> answers = new ArrayDeque<>();
  private final List<String> asked = new ArrayList<>();

  /** The next question is answered with option {@code index}. */
  public ScriptedPrompts choose(int index) {
    answers.add(index);
    return this;
  }

  /** The next folder or file question is answered with {@code path}. */
  public ScriptedPrompts path(Path path) {
    answers.add(path);
    return this;
  }

  /** The next password question is answered with {@code secret}. */
  public ScriptedPrompts secret(String secret) {
    answers.add(secret.toCharArray());
    return this;
  }

  /** The titles of the questions asked so far. */
  public List<String> asked() {
    return asked;
  }

  private Object next(String title) {
    asked.add(title);
    if (answers.isEmpty()) {
      throw new AssertionError("unexpected question: " + title);
    }
    return answers.removeFirst();
  }

  @Override
  public int choose(String title, String message, List<String> options) {
    return (Integer) next(title);
  }

  @Override
  public Optional<Path> chooseFolder(String title) {
    return Optional.of((Path) next(title));
  }

  @Override
  public Optional<Path> chooseSaveFile(String title, String initialName) {
    return Optional.of((Path) next(title));
  }

  @Override
  public Optional<char[]> secret(String title, String message) {
    return Optional.of((char[]) next(title));
  }
}
