package io.godwit.ui.fx;

import io.godwit.ui.task.UiThread;
import javafx.application.Platform;

/** Posts to the JavaFX application thread (runs at once when already on it). */
public final class FxUiThread implements UiThread {

  @Override
  public void post(Runnable r) {
    if (Platform.isFxApplicationThread()) {
      r.run();
    } else {
      Platform.runLater(r);
    }
  }
}
