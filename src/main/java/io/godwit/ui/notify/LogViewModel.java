package io.godwit.ui.notify;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The log console: what the workbench did, newest last, at most {@value #LIMIT} lines. */
public final class LogViewModel {

  static final int LIMIT = 5000;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  /**
   * One line.
   *
   * @param time when, as HH:mm:ss
   * @param level how serious
   * @param text what
   */
  public record Line(String time, Notice.Level level, String text) {
    @Override
    public String toString() {
      return time + "  " + (level == Notice.Level.INFO ? "" : level + ": ") + text;
    }
  }

  private final ObservableList<Line> lines = FXCollections.observableArrayList();
  private final Clock clock;

  public LogViewModel(Clock clock) {
    this.clock = clock;
  }

  public void info(String text) {
    add(Notice.Level.INFO, text);
  }

  public void add(Notice.Level level, String text) {
    String time = LocalTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(TIME);
    lines.add(new Line(time, level, text));
    if (lines.size() > LIMIT) {
      lines.remove(0, lines.size() - LIMIT);
    }
  }

  public ObservableList<Line> lines() {
    return lines;
  }

  /** The whole log as text, for copying. */
  public String text() {
    StringBuilder out = new StringBuilder();
    lines.forEach(l -> out.append(l).append('\n'));
    return out.toString();
  }
}
