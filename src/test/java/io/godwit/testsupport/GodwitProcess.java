package io.godwit.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs {@code godwit} in a fresh JVM on the test class path, as a user would. */
public final class GodwitProcess {

  /** What the process printed and how it ended. */
  public record Result(int exitCode, String out, String err) {}

  /**
   * How long a run may take before it counts as hung. Generous on purpose: this guards against a
   * process that never ends, it is not a speed check, and shared build machines can be slow.
   */
  private static final long TIMEOUT_SECONDS = 600;

  private GodwitProcess() {}

  public static Result run(Map<String, String> env, String... args) {
    return runWithInput(env, null, args);
  }

  /** Runs with extra environment variables and, when {@code stdin} is given, that input. */
  public static Result runWithInput(Map<String, String> env, String stdin, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("io.godwit.cli.Main");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    try {
      Process p = pb.start();
      CompletableFuture<String> out = read(p.getInputStream());
      CompletableFuture<String> err = read(p.getErrorStream());
      if (stdin != null) {
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      p.getOutputStream().close();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(
            "godwit did not finish in " + TIMEOUT_SECONDS + " s: " + args[0]);
      }
      return new Result(p.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static CompletableFuture<String> read(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
