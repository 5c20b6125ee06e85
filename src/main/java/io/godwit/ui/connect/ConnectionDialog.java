package io.godwit.ui.connect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Shows the connection dialog and hands back what the user entered. */
public final class ConnectionDialog {

  private ConnectionDialog() {}

  /** Shows the dialog; empty when the user cancelled. */
  public static Optional<ConnectionRequest> show(
      Window owner, String title, ConnectionViewModel vm, String confirm) {
    FXMLLoader loader = new FXMLLoader(ConnectionDialog.class.getResource("ConnectionDialog.fxml"));
    Node form;
    try {
      form = loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("the connection dialog is missing from this build", e);
    }
    ConnectionDialogController controller = loader.getController();
    controller.bind(vm);
    Dialog<ConnectionRequest> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(title);
    dialog.setHeaderText(title);
    ButtonType ok = new ButtonType(confirm, ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
    dialog.getDialogPane().setContent(form);
    if (owner != null && owner.getScene() != null) {
      dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
    }
    Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
    okButton.disableProperty().bind(vm.validProperty().not());
    dialog.setResultConverter(b -> b == ok ? vm.request() : null);
    return dialog.showAndWait();
  }
}
