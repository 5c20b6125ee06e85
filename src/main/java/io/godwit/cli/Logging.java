package io.godwit.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Switches logging to debug for {@code --debug}. */
final class Logging {

  private Logging() {}

  static void enableDebug() {
    if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
      root.setLevel(Level.DEBUG);
    }
    if (LoggerFactory.getLogger("com.zaxxer.hikari") instanceof Logger hikari) {
      hikari.setLevel(Level.INFO);
    }
  }
}
