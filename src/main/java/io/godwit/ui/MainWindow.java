package io.godwit.ui;

import io.godwit.ui.main.MainController;
import io.godwit.ui.main.MainViewModel;
import io.godwit.ui.main.Prompts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Builds the main window around a view model. */
public final class MainWindow {

  private MainWindow() {}

  /**
   * Loads the main view into {@code stage} and shows it.
   *
   * @param highlighting the executor that colours code
   * @param demoRoot where demos are installed before opening
   * @param browser opens web addresses (Help menu)
   * @return the window's controller
   */
  public static MainController show(
      Stage stage,
      MainViewModel vm,
      Prompts prompts,
      Executor highlighting,
      Path demoRoot,
      Consumer<String> browser) {
    FXMLLoader loader = new FXMLLoader(MainController.class.getResource("MainView.fxml"));
    Parent root;
    try {
      root = loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("the main window is missing from this build", e);
    }
    MainController controller = loader.getController();
    controller.init(vm, prompts, stage, highlighting, demoRoot, browser);
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    double width = Math.min(1440, screen.getWidth());
    double height = Math.min(900, screen.getHeight());
    Scene scene = new Scene(root, width, height);
    scene.getStylesheets().add(MainWindow.class.getResource("godwit.css").toExternalForm());
    stage.setScene(scene);
    for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
      InputStream in = MainWindow.class.getResourceAsStream("icons/godwit-" + size + ".png");
      if (in != null) {
        stage.getIcons().add(new Image(in));
      }
    }
    stage.show();
    return controller;
  }
}
