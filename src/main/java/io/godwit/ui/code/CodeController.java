package io.godwit.ui.code;

import java.util.concurrent.Executor;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The two editors side by side, bound to a {@link CodeViewModel}. */
public final class CodeController {

  @FXML private Label sourceTitle;
  @FXML private Label targetTitle;
  @FXML private Label editedBadge;
  @FXML private Label note;
  @FXML private Button revertButton;
  @FXML private StackPane sourceHolder;
  @FXML private StackPane targetHolder;

  private Runnable revert = () -> {};
  private SqlEditor source;
  private SqlEditor target;

  public void bind(CodeViewModel vm, Executor highlighting) {
    source = new SqlEditor(highlighting, "sourceEditor");
    target = new SqlEditor(highlighting, "targetEditor");
    sourceHolder.getChildren().add(source.node());
    targetHolder.getChildren().add(target.node());
    source.setEditable(false);

    sourceTitle.textProperty().bind(vm.sourceTitleProperty());
    targetTitle.textProperty().bind(vm.targetTitleProperty());
    editedBadge.visibleProperty().bind(vm.targetEditedProperty());
    editedBadge.managedProperty().bind(vm.targetEditedProperty());
    revertButton.visibleProperty().bind(vm.targetEditedProperty());
    revertButton.managedProperty().bind(vm.targetEditedProperty());
    note.textProperty().bind(vm.highlightNoteProperty());
    note.visibleProperty().bind(vm.highlightNoteProperty().isNotEmpty());
    note.managedProperty().bind(note.visibleProperty());
    revert = vm::revertEdit;

    source.setLanguage(vm.sourceLanguageProperty().get());
    target.setLanguage(vm.targetLanguageProperty().get());
    vm.sourceLanguageProperty().addListener((o, a, b) -> source.setLanguage(b));
    vm.targetLanguageProperty().addListener((o, a, b) -> target.setLanguage(b));
    vm.sourceTextProperty().addListener((o, a, b) -> source.setText(b));
    vm.targetTextProperty().addListener((o, a, b) -> target.setText(b));
    vm.targetEditableProperty().addListener((o, a, b) -> target.setEditable(b));
    target.setEditable(vm.targetEditableProperty().get());
    vm.sourceHighlightProperty().addListener((o, a, b) -> source.highlight(b));
    vm.targetHighlightProperty().addListener((o, a, b) -> target.highlight(b));
    target.onUserEdit(vm::userEdited);
  }

  @FXML
  private void onRevert() {
    revert.run();
  }

  public SqlEditor sourceEditor() {
    return source;
  }

  public SqlEditor targetEditor() {
    return target;
  }
}
