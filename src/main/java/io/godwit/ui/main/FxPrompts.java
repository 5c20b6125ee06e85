package io.godwit.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link Prompts} answered by dialogs over the main window. */
public final class FxPrompts implements Prompts {

  private final Window owner;

  public FxPrompts(Window owner) {
    this.owner = owner;
  }

  @Override
  public int choose(String title, String message, List<String> options) {
    Alert a = new Alert(Alert.AlertType.CONFIRMATION);
    a.initOwner(owner);
    a.setTitle(title);
    a.setHeaderText(title);
    a.setContentText(message);
    List<ButtonType> buttons = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      String o = options.get(i);
      ButtonBar.ButtonData data =
          o.equals("Cancel")
              ? ButtonBar.ButtonData.CANCEL_CLOSE
              : i == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER;
      buttons.add(new ButtonType(o, data));
    }
    a.getButtonTypes().setAll(buttons);
    Optional<ButtonType> chosen = a.showAndWait();
    return chosen.map(buttons::indexOf).orElse(-1);
  }

  @Override
  public Optional<Path> chooseFolder(String title) {
    DirectoryChooser c = new DirectoryChooser();
    c.setTitle(title);
    File f = c.showDialog(owner);
    return Optional.ofNullable(f).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseSaveFile(String title, String initialName) {
    FileChooser c = new FileChooser();
    c.setTitle(title);
    c.setInitialFileName(initialName);
    c.getExtensionFilters().add(new FileChooser.ExtensionFilter("SQL scripts", "*.sql"));
    File f = c.showSaveDialog(owner);
    return Optional.ofNullable(f).map(File::toPath);
  }

  @Override
  public Optional<char[]> secret(String title, String message) {
    Dialog<char[]> d = new Dialog<>();
    d.initOwner(owner);
    d.setTitle(title);
    d.setHeaderText(title);
    PasswordField field = new PasswordField();
    d.getDialogPane().setContent(new VBox(8, new Label(message), field));
    d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    d.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
    javafx.application.Platform.runLater(field::requestFocus);
    return d.showAndWait();
  }
}
