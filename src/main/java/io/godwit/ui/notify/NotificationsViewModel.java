package io.godwit.ui.notify;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The notification bar: the latest notice, until the user closes it. */
public final class NotificationsViewModel {

  private final ObjectProperty<Notice> current = new SimpleObjectProperty<>();
  private final LogViewModel log;

  public NotificationsViewModel(LogViewModel log) {
    this.log = log;
  }

  /** Shows {@code notice} (and writes it to the log console). */
  public void show(Notice notice) {
    log.add(notice.level(), notice.message());
    current.set(notice);
  }

  public void dismiss() {
    current.set(null);
  }

  public ReadOnlyObjectProperty<Notice> currentProperty() {
    return current;
  }
}
