package io.godwit.ui.connect;

import io.godwit.project.ConnectionSettings.SslMode;
import io.godwit.project.JdbcUrls;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** The connection dialog's form, bound to a {@link ConnectionViewModel}. */
public final class ConnectionDialogController {

  @FXML private ChoiceBox<String> product;
  @FXML private TextField host;
  @FXML private TextField port;
  @FXML private Label databaseLabel;
  @FXML private TextField database;
  @FXML private TextField user;
  @FXML private PasswordField password;
  @FXML private ChoiceBox<SslMode> ssl;
  @FXML private TextField url;
  @FXML private CheckBox savePassword;
  @FXML private GridPane passphraseGrid;
  @FXML private PasswordField passphrase;
  @FXML private PasswordField passphraseAgain;
  @FXML private Button testButton;
  @FXML private Label testResult;
  @FXML private Label problem;
  @FXML private Label urlPreview;

  private ConnectionViewModel vm;

  public void bind(ConnectionViewModel model) {
    this.vm = model;
    product.getItems().setAll(vm.products());
    product.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(String id) {
            return id == null
                ? ""
                : JdbcUrls.product(id).map(JdbcUrls.Product::displayName).orElse(id);
          }

          @Override
          public String fromString(String s) {
            return s;
          }
        });
    product.valueProperty().bindBidirectional(vm.productProperty());
    host.textProperty().bindBidirectional(vm.hostProperty());
    port.textProperty().bindBidirectional(vm.portProperty());
    port.promptTextProperty()
        .bind(
            Bindings.createStringBinding(
                () -> Integer.toString(JdbcUrls.defaultPort(vm.productProperty().get())),
                vm.productProperty()));
    databaseLabel.textProperty().bind(vm.databaseLabelProperty());
    database.textProperty().bindBidirectional(vm.databaseProperty());
    user.textProperty().bindBidirectional(vm.userProperty());
    password.textProperty().bindBidirectional(vm.passwordProperty());
    ssl.getItems().setAll(SslMode.values());
    ssl.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(SslMode m) {
            if (m == null) {
              return "";
            }
            return switch (m) {
              case DISABLE -> "Off";
              case REQUIRE -> "Encrypt (certificate not checked)";
              case VERIFY -> "Encrypt and verify the server certificate";
            };
          }

          @Override
          public SslMode fromString(String s) {
            return SslMode.valueOf(s);
          }
        });
    ssl.valueProperty().bindBidirectional(vm.sslProperty());
    url.textProperty().bindBidirectional(vm.urlProperty());
    savePassword.selectedProperty().bindBidirectional(vm.savePasswordProperty());
    passphraseGrid.visibleProperty().bind(vm.savePasswordProperty());
    passphraseGrid.managedProperty().bind(vm.savePasswordProperty());
    passphrase.textProperty().bindBidirectional(vm.passphraseProperty());
    passphraseAgain.textProperty().bindBidirectional(vm.passphraseAgainProperty());
    testButton
        .disableProperty()
        .bind(vm.testStateProperty().isEqualTo(ConnectionViewModel.TestState.RUNNING));
    testResult.textProperty().bind(vm.testMessageProperty());
    vm.testStateProperty()
        .addListener(
            (o, a, b) -> {
              testResult.getStyleClass().removeAll("dialog-test-ok", "dialog-test-failed");
              if (b == ConnectionViewModel.TestState.OK) {
                testResult.getStyleClass().add("dialog-test-ok");
              } else if (b == ConnectionViewModel.TestState.FAILED) {
                testResult.getStyleClass().add("dialog-test-failed");
              }
            });
    problem.textProperty().bind(vm.problemProperty());
    urlPreview
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> vm.validProperty().get() ? "URL: " + vm.previewUrl() : "",
                vm.validProperty(),
                vm.productProperty(),
                vm.hostProperty(),
                vm.portProperty(),
                vm.databaseProperty(),
                vm.sslProperty(),
                vm.urlProperty()));
  }

  @FXML
  private void onTest() {
    vm.test();
  }
}
