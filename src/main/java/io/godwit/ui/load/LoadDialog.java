package io.godwit.ui.load;

import io.godwit.dialect.Secret;
import io.godwit.load.engine.ErrorPolicy;
import io.godwit.load.engine.PrepMode;
import io.godwit.project.ConnectionSettings;
import java.io.File;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The "New load task" dialog: binds the form's controls to a {@link LoadFormViewModel}. */
public final class LoadDialog {

  /** A server the user picked in a connection dialog, with its password. */
  public record Chosen(ConnectionSettings settings, Secret password) {}

  private LoadDialog() {}

  /**
   * Shows the dialog.
   *
   * @param choose opens a connection dialog filled from the given settings (may be null); empty
   *     when the user cancelled it. The first argument says which side: "source" or "target".
   * @return the choices, or empty when the user cancelled
   */
  public static Optional<LoadChoices> show(
      Window owner, LoadFormViewModel vm, ServerChooser choose) {
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    int row = 0;
    grid.addRow(
        row++,
        new Label("Source"),
        server(
            "loadSource",
            vm.sourceProperty(),
            () -> choose.choose("source", vm.sourceProperty().get()),
            vm::chooseSource));
    grid.addRow(
        row++,
        new Label("Target"),
        server(
            "loadTarget",
            vm.targetProperty(),
            () -> choose.choose("target", vm.targetProperty().get()),
            vm::chooseTarget));
    TextField schemas = field("loadSchemas", "the URL's database, or every user schema");
    schemas.textProperty().bindBidirectional(vm.schemasProperty());
    grid.addRow(row++, new Label("Schemas"), schemas);
    TextField tables = field("loadTables", "% for every table; names or patterns, comma-separated");
    tables.textProperty().bindBidirectional(vm.tablesProperty());
    grid.addRow(row++, new Label("Tables"), tables);
    TextField mapping = field("loadMapping", "none: the schemas and tables above");
    mapping.textProperty().bindBidirectional(vm.mappingProperty());
    Button browse = new Button("Browse…");
    browse.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.setTitle("AWS DMS table-mapping file");
          chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
          File f = chooser.showOpenDialog(owner);
          if (f != null) {
            vm.mappingProperty().set(f.getAbsolutePath());
          }
        });
    HBox mappingBox = new HBox(6, mapping, browse);
    HBox.setHgrow(mapping, Priority.ALWAYS);
    grid.addRow(row++, new Label("Mapping file"), mappingBox);
    var byMapping = vm.mappingProperty().isNotEmpty();
    schemas.disableProperty().bind(byMapping);
    tables.disableProperty().bind(byMapping);

    Spinner<Integer> parallel = new Spinner<>(1, 64, vm.parallelProperty().get());
    parallel.setId("loadParallel");
    parallel.setEditable(true);
    parallel.valueProperty().addListener((o, a, b) -> vm.parallelProperty().set(b));
    grid.addRow(row++, new Label("Parallel segments"), parallel);

    ChoiceBox<PrepMode> prep = new ChoiceBox<>();
    prep.setId("loadPrep");
    prep.getItems().addAll(PrepMode.TRUNCATE_BEFORE_LOAD, PrepMode.DO_NOTHING);
    if (vm.convertedDdl()) {
      prep.getItems().add(PrepMode.DROP_AND_CREATE);
    }
    prep.setConverter(labels(LoadDialog::prepLabel));
    prep.valueProperty().bindBidirectional(vm.prepProperty());
    grid.addRow(row++, new Label("Target tables"), prep);

    ChoiceBox<ErrorPolicy> policy =
        new ChoiceBox<>(FXCollections.observableArrayList(ErrorPolicy.values()));
    policy.setId("loadPolicy");
    policy.setConverter(labels(LoadDialog::policyLabel));
    policy.valueProperty().bindBidirectional(vm.errorPolicyProperty());
    grid.addRow(row++, new Label("A bad row"), policy);

    CheckBox validate = new CheckBox("Validate: compare row counts and checksums afterwards");
    validate.setId("loadValidate");
    validate.selectedProperty().bindBidirectional(vm.validateProperty());
    grid.add(validate, 1, row++);

    Label problem = new Label();
    problem.setId("loadProblem");
    problem.getStyleClass().add("form-problem");
    problem
        .textProperty()
        .bind(
            Bindings.when(vm.problemProperty().isNull()).then("").otherwise(vm.problemProperty()));
    grid.add(problem, 0, row, 2, 1);

    Dialog<LoadChoices> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("New load task");
    dialog.setHeaderText("Copy table data from the source into the target");
    ButtonType start = new ButtonType("Start load", ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(start, ButtonType.CANCEL);
    dialog.getDialogPane().setContent(grid);
    if (owner != null && owner.getScene() != null) {
      dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
    }
    Button startButton = (Button) dialog.getDialogPane().lookupButton(start);
    startButton.setId("loadStart");
    startButton.disableProperty().bind(vm.problemProperty().isNotNull());
    dialog.setResultConverter(b -> b == start ? vm.choices() : null);
    return dialog.showAndWait();
  }

  /** Opens a connection dialog for one side of the load. */
  @FunctionalInterface
  public interface ServerChooser {
    Optional<Chosen> choose(String side, ConnectionSettings current);
  }

  private static HBox server(
      String id,
      ObjectProperty<ConnectionSettings> settings,
      java.util.function.Supplier<Optional<Chosen>> choose,
      BiConsumer<ConnectionSettings, Secret> use) {
    Label label = new Label();
    label.setId(id);
    label.setMaxWidth(Double.MAX_VALUE);
    label
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    settings.get() == null
                        ? "none chosen"
                        : settings.get().product() + " · " + settings.get().describe(),
                settings));
    Button change = new Button("Change…");
    change.setOnAction(e -> choose.get().ifPresent(c -> use.accept(c.settings(), c.password())));
    HBox box = new HBox(6, label, change);
    HBox.setHgrow(label, Priority.ALWAYS);
    box.setMinWidth(460);
    return box;
  }

  private static TextField field(String id, String prompt) {
    TextField f = new TextField();
    f.setId(id);
    f.setPromptText(prompt);
    return f;
  }

  private static <T> StringConverter<T> labels(Function<T, String> label) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : label.apply(value);
      }

      @Override
      public T fromString(String text) {
        throw new UnsupportedOperationException("choices are not typed");
      }
    };
  }

  static String prepLabel(PrepMode mode) {
    return switch (mode) {
      case TRUNCATE_BEFORE_LOAD -> "Truncate before loading";
      case DO_NOTHING -> "Keep as they are (append)";
      case DROP_AND_CREATE -> "Drop and create from the conversion";
    };
  }

  static String policyLabel(ErrorPolicy policy) {
    return switch (policy) {
      case STOP -> "stops the task";
      case SUSPEND -> "suspends its table";
      case REJECT -> "goes to a reject file";
    };
  }
}
