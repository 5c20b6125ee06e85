package io.godwit.cli;

import io.godwit.dialect.ConnectionSpec;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The source and target of {@code godwit load}. Passwords come from environment variables, files or
 * a prompt, never from the command line.
 */
final class LoadConnectionOptions {

  @Option(
      names = "--source-url",
      required = true,
      paramLabel = "JDBC_URL",
      description = "Source JDBC URL (jdbc:postgresql:, jdbc:mysql:, jdbc:mariadb:, ...).")
  String sourceUrl;

  @Option(names = "--source-user", paramLabel = "USER", description = "Source user.")
  String sourceUser;

  @ArgGroup(exclusive = true)
  SourcePassword sourcePassword = new SourcePassword();

  static final class SourcePassword {
    @Option(
        names = "--source-password-env",
        paramLabel = "VAR",
        description = "Read the source password from environment variable VAR.")
    String env;

    @Option(
        names = "--source-password-file",
        paramLabel = "FILE",
        description = "Read the source password from the first line of FILE.")
    Path file;

    @Option(names = "--source-password-prompt", description = "Ask for the source password.")
    boolean prompt;
  }

  @Option(
      names = "--target-url",
      paramLabel = "JDBC_URL",
      description = "Target JDBC URL (jdbc:postgresql: or jdbc:mysql:).")
  String targetUrl;

  @Option(names = "--target-user", paramLabel = "USER", description = "Target user.")
  String targetUser;

  @ArgGroup(exclusive = true)
  TargetPassword targetPassword = new TargetPassword();

  static final class TargetPassword {
    @Option(
        names = "--target-password-env",
        paramLabel = "VAR",
        description = "Read the target password from environment variable VAR.")
    String env;

    @Option(
        names = "--target-password-file",
        paramLabel = "FILE",
        description = "Read the target password from the first line of FILE.")
    Path file;

    @Option(names = "--target-password-prompt", description = "Ask for the target password.")
    boolean prompt;
  }

  ConnectionSpec source() {
    return new ConnectionSpec(
        sourceUrl,
        sourceUser,
        ConnectionOptions.secret(
            sourcePassword.env,
            sourcePassword.file,
            sourcePassword.prompt,
            sourceUser,
            sourceUrl,
            "--source-password"));
  }

  ConnectionSpec target() {
    if (targetUrl == null) {
      throw new UserError("--target-url is required");
    }
    return new ConnectionSpec(
        targetUrl,
        targetUser,
        ConnectionOptions.secret(
            targetPassword.env,
            targetPassword.file,
            targetPassword.prompt,
            targetUser,
            targetUrl,
            "--target-password"));
  }
}
