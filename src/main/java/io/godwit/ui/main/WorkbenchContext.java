package io.godwit.ui.main;

import io.godwit.ui.WorkbenchServices;
import io.godwit.ui.model.RecentProjects;
import io.godwit.ui.model.WorkbenchState;
import io.godwit.ui.notify.LogViewModel;
import io.godwit.ui.notify.Notice;
import io.godwit.ui.notify.NotificationsViewModel;
import io.godwit.ui.notify.Problems;
import io.godwit.ui.task.TaskViewModel;

/**
 * What the command classes of the main window share.
 *
 * @param state the open project
 * @param services the engine
 * @param task the long task runner (progress, Cancel)
 * @param notices the notification bar
 * @param log the log console
 * @param prompts questions to the user
 * @param recent the recent projects
 */
record WorkbenchContext(
    WorkbenchState state,
    WorkbenchServices services,
    TaskViewModel task,
    NotificationsViewModel notices,
    LogViewModel log,
    Prompts prompts,
    RecentProjects recent) {

  /** Shows a failure of {@code doing} as a notification with details. */
  void failed(String doing, Throwable e) {
    notices.show(Problems.notice(doing, e));
  }

  /** Tells the user something that needs no action. */
  void info(String message) {
    notices.show(Notice.info(message));
  }
}
