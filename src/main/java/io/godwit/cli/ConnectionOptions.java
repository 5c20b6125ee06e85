package io.godwit.cli;

import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.Secret;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Where to connect and as whom. The password is never an option value: it comes from an environment
 * variable, a file, or a prompt.
 */
final class ConnectionOptions {

  @Option(
      names = "--url",
      required = true,
      paramLabel = "JDBC_URL",
      description = "JDBC URL, e.g. jdbc:postgresql://host:5432/db or jdbc:mysql://host/db")
  String url;

  @Option(names = "--user", paramLabel = "USER", description = "Database user.")
  String user;

  @ArgGroup(exclusive = true)
  PasswordSource password = new PasswordSource();

  static final class PasswordSource {
    @Option(
        names = "--password-env",
        paramLabel = "VAR",
        description = "Read the password from environment variable VAR.")
    String env;

    @Option(
        names = "--password-file",
        paramLabel = "FILE",
        description = "Read the password from the first line of FILE.")
    Path file;

    @Option(
        names = "--password-prompt",
        description = "Ask for the password (the default when --user is given on a terminal).")
    boolean prompt;

    /** The password from the chosen source; a prompt when asked or when on a terminal. */
    Secret secret(String user, String url) {
      return ConnectionOptions.secret(env, file, prompt, user, url, "--password");
    }
  }

  /**
   * The password from an environment variable, a file (first line), or a prompt (when asked for, or
   * when a user is given on a terminal); none otherwise. {@code optionPrefix} names the options in
   * messages ({@code --password}, {@code --source-password}, ...).
   */
  static Secret secret(
      String env, Path file, boolean prompt, String user, String url, String optionPrefix) {
    if (env != null) {
      String value = System.getenv(env);
      if (value == null) {
        throw new UserError("environment variable " + env + " is not set");
      }
      return Secret.of(value);
    }
    if (file != null) {
      try {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int newline = content.indexOf('\n');
        String line = newline < 0 ? content : content.substring(0, newline);
        return Secret.of(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
      } catch (IOException e) {
        throw new UserError("cannot read password file " + file + ": " + e.getMessage());
      }
    }
    Console console = System.console();
    if (prompt || (user != null && console != null)) {
      if (console == null) {
        throw new UserError(
            optionPrefix
                + "-prompt needs a terminal; use "
                + optionPrefix
                + "-env or "
                + optionPrefix
                + "-file");
      }
      char[] typed = console.readPassword("Password for %s: ", user == null ? url : user);
      return typed == null ? Secret.none() : Secret.of(typed);
    }
    return Secret.none();
  }

  ConnectionSpec toSpec() {
    return new ConnectionSpec(url, user, password.secret(user, url));
  }
}
