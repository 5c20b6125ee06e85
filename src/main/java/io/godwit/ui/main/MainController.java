package io.godwit.ui.main;

import io.godwit.project.DemoProjects;
import io.godwit.project.ProjectFile;
import io.godwit.ui.assess.AssessmentView;
import io.godwit.ui.code.CodeController;
import io.godwit.ui.connect.ConnectionDialog;
import io.godwit.ui.connect.ConnectionViewModel;
import io.godwit.ui.items.ActionItemsController;
import io.godwit.ui.items.PropertiesController;
import io.godwit.ui.load.LoadDialog;
import io.godwit.ui.load.LoadTaskView;
import io.godwit.ui.model.SourceObject;
import io.godwit.ui.notify.LogController;
import io.godwit.ui.notify.Notice;
import io.godwit.ui.tree.SourceTreeController;
import io.godwit.ui.tree.TargetTreeController;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

/**
 * The main window: menus, toolbar, status bar and notifications. It binds controls to {@link
 * MainViewModel} and turns clicks into its commands; the panels have their own controllers.
 */
public final class MainController {

  @FXML private BorderPane root;
  @FXML private Menu recentMenu;
  @FXML private RadioMenuItem targetPostgres;
  @FXML private RadioMenuItem targetMySql;
  @FXML private MenuItem offlineItem;
  @FXML private MenuItem reportItem;
  @FXML private MenuItem convertItem;
  @FXML private MenuItem applyItem;
  @FXML private Menu saveSqlMenu;
  @FXML private MenuItem refreshItem;
  @FXML private MenuItem saveItem;
  @FXML private Button saveButton;
  @FXML private Button reportButton;
  @FXML private Button convertButton;
  @FXML private Button applyButton;
  @FXML private Button saveSqlButton;
  @FXML private Button refreshButton;
  @FXML private Label routeLabel;
  @FXML private NotificationPane notifications;
  @FXML private TabPane centerTabs;
  @FXML private Tab codeTab;
  @FXML private Tab assessmentTab;
  @FXML private StackPane assessmentHolder;
  @FXML private Tab loadTab;
  @FXML private StackPane loadHolder;
  @FXML private MenuItem loadItem;
  @FXML private TabPane bottomTabs;
  @FXML private Tab itemsTab;
  @FXML private Label statusLabel;
  @FXML private ProgressBar progressBar;
  @FXML private Button cancelButton;
  @FXML private SourceTreeController sourceTreeController;
  @FXML private TargetTreeController targetTreeController;
  @FXML private CodeController codeController;
  @FXML private ActionItemsController itemsController;
  @FXML private PropertiesController propertiesController;
  @FXML private LogController logController;

  private MainViewModel vm;
  private AssessmentView view;
  private LoadTaskView loadView;
  private Prompts prompts;
  private Stage stage;
  private Path demoRoot;
  private Consumer<String> browser;

  /**
   * Wires the window to {@code model}.
   *
   * @param demoRoot where demos are installed before opening
   * @param browser opens a web address
   */
  public void init(
      MainViewModel model,
      Prompts dialogs,
      Stage window,
      Executor highlighting,
      Path demoRoot,
      Consumer<String> browser) {
    this.vm = model;
    this.prompts = dialogs;
    this.stage = window;
    this.demoRoot = demoRoot;
    this.browser = browser;
    stage.titleProperty().bind(vm.titleProperty());

    sourceTreeController.bind(
        vm.sourceTree(),
        new SourceTreeController.Actions() {
          @Override
          public void select(SourceObject object) {
            vm.selectSource(object);
          }

          @Override
          public void convert(List<SourceObject> objects) {
            vm.convert(objects);
          }

          @Override
          public void report(List<SourceObject> objects) {
            onReport();
          }

          @Override
          public void refresh() {
            vm.refresh();
          }
        },
        vm.task().runningProperty().not());
    targetTreeController.bind(vm.targetTree(), vm::selectTarget);
    codeController.bind(vm.code(), highlighting);
    itemsController.bind(
        vm.items(),
        vm::openItem,
        () -> {
          centerTabs.getSelectionModel().select(codeTab);
          codeController.targetEditor().area().requestFocus();
        });
    propertiesController.bind(vm.properties());
    logController.bind(vm.log());

    bindActions();
    bindStatus();
    bindNotifications();
    assessmentView();
    loadView();
    vm.state().projectProperty().addListener((o, a, p) -> showTarget());
    showTarget();
    refreshRecent();
    stage.setOnCloseRequest(
        e -> {
          e.consume();
          onExit();
        });
  }

  private void bindActions() {
    var idle = vm.task().runningProperty().not();
    convertButton.disableProperty().bind(vm.canConvertProperty().not());
    convertItem.disableProperty().bind(vm.canConvertProperty().not());
    applyButton.disableProperty().bind(vm.hasConversionProperty().not());
    applyItem.disableProperty().bind(vm.hasConversionProperty().not());
    saveSqlButton.disableProperty().bind(vm.hasConversionProperty().not());
    saveSqlMenu.disableProperty().bind(vm.hasConversionProperty().not());
    saveButton.disableProperty().bind(idle.not());
    saveItem.disableProperty().bind(idle.not());
    var hasSource = vm.state().sourceProperty().isNotNull();
    refreshButton.disableProperty().bind(idle.not().or(vm.state().projectProperty().isNull()));
    refreshItem.disableProperty().bind(refreshButton.disableProperty());
    reportButton.disableProperty().bind(vm.hasConversionProperty().not());
    reportItem.disableProperty().bind(vm.hasConversionProperty().not());
    routeLabel
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                this::route, vm.state().projectProperty(), vm.state().sourceProperty(), hasSource));
  }

  private String route() {
    var state = vm.state();
    if (state.project() == null) {
      return "";
    }
    String source =
        state.source() == null
            ? "no source"
            : String.format(
                "%s · %,d objects", state.source().description(), state.source().objects().size());
    ProjectFile.TargetSettings t = state.project().file().target();
    return source
        + "  →  "
        + vm.targetName()
        + (t.connection() == null ? " (offline)" : " · " + t.connection().describe());
  }

  private void bindStatus() {
    var running = vm.task().runningProperty();
    statusLabel
        .textProperty()
        .bind(Bindings.when(running).then(vm.task().messageProperty()).otherwise("Ready"));
    progressBar.visibleProperty().bind(running);
    progressBar.managedProperty().bind(running);
    progressBar.progressProperty().bind(vm.task().progressProperty());
    cancelButton.visibleProperty().bind(running);
    cancelButton.managedProperty().bind(running);
    cancelButton.disableProperty().bind(vm.task().cancelRequestedProperty());
  }

  private void bindNotifications() {
    notifications.setShowFromTop(true);
    notifications.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
    vm.notices().currentProperty().addListener((o, a, n) -> showNotice(n));
    notifications.setOnHidden(e -> vm.notices().dismiss());
  }

  private void showNotice(Notice n) {
    if (n == null) {
      notifications.hide();
      return;
    }
    notifications.getActions().clear();
    if (!n.details().isEmpty()) {
      notifications.getActions().add(new Action("Details…", e -> Dialogs.details(stage, n)));
    }
    String prefix =
        switch (n.level()) {
          case INFO -> "";
          case WARNING -> "⚠  ";
          case ERROR -> "✕  ";
        };
    notifications.show(prefix + n.message());
    if (n.level() == Notice.Level.INFO) {
      PauseTransition hide = new PauseTransition(Duration.seconds(8));
      hide.setOnFinished(
          e -> {
            if (vm.notices().currentProperty().get() == n) {
              notifications.hide();
            }
          });
      hide.play();
    } else {
      bottomTabs.getSelectionModel().select(bottomTabs.getTabs().get(2));
    }
  }

  private void assessmentView() {
    view = new AssessmentView(vm.assessment(), vm.task().runningProperty());
    assessmentHolder.getChildren().setAll(view.node());
    vm.assessment()
        .reportProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null) {
                centerTabs.getSelectionModel().select(assessmentTab);
              }
            });
  }

  private void loadView() {
    loadView =
        new LoadTaskView(
            vm.load(), vm.task()::cancel, this::onResumeLoad, vm.task().runningProperty());
    loadHolder.getChildren().setAll(loadView.node());
    loadItem.disableProperty().bind(vm.task().runningProperty());
  }

  private void showTarget() {
    if (vm.state().project() == null) {
      return;
    }
    String product = vm.state().project().file().target().product();
    targetPostgres.setSelected(product.equals("postgresql"));
    targetMySql.setSelected(product.equals("mysql"));
    offlineItem.setDisable(vm.state().project().file().target().connection() == null);
  }

  private void refreshRecent() {
    recentMenu.getItems().clear();
    for (Path p : vm.recentProjects()) {
      MenuItem item = new MenuItem(p.toString());
      item.setMnemonicParsing(false);
      item.setOnAction(e -> vm.open(p));
      recentMenu.getItems().add(item);
    }
    recentMenu.setDisable(recentMenu.getItems().isEmpty());
  }

  /** The window's root node. */
  public BorderPane root() {
    return root;
  }

  public SourceTreeController sourceTree() {
    return sourceTreeController;
  }

  public TargetTreeController targetTree() {
    return targetTreeController;
  }

  public CodeController code() {
    return codeController;
  }

  public ActionItemsController items() {
    return itemsController;
  }

  /** The load task view. */
  public LoadTaskView load() {
    return loadView;
  }

  /** The assessment view. */
  public AssessmentView assessment() {
    return view;
  }

  // ---- File

  @FXML
  private void onNew() {
    vm.newProject();
  }

  @FXML
  private void onOpen() {
    prompts.chooseFolder("Open a Godwit project folder").ifPresent(vm::open);
    refreshRecentLater();
  }

  @FXML
  private void onDemoOracle() {
    vm.openDemo("oracle", demoRoot.resolve("oracle"));
    refreshRecentLater();
  }

  @FXML
  private void onDemoSqlServer() {
    vm.openDemo("sqlserver", demoRoot.resolve("sqlserver"));
    refreshRecentLater();
  }

  @FXML
  private void onSave() {
    vm.save();
    refreshRecentLater();
  }

  @FXML
  private void onSaveAs() {
    prompts.chooseFolder("Save the project in").ifPresent(vm::saveAs);
    refreshRecentLater();
  }

  @FXML
  private void onRename() {
    TextInputDialog d = new TextInputDialog(vm.state().project().file().name());
    d.initOwner(stage);
    d.setTitle("Rename project");
    d.setHeaderText("Project name");
    d.showAndWait().ifPresent(vm::rename);
  }

  @FXML
  private void onExit() {
    vm.whenSafeToLeave(
        () -> {
          vm.close();
          stage.close();
          Platform.exit();
        });
  }

  private void refreshRecentLater() {
    vm.task()
        .runningProperty()
        .addListener(
            new javafx.beans.value.ChangeListener<>() {
              @Override
              public void changed(
                  javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean a, Boolean b) {
                if (!b) {
                  o.removeListener(this);
                  refreshRecent();
                }
              }
            });
  }

  // ---- Source

  @FXML
  private void onConnectOracle() {
    connectSource("oracle");
  }

  @FXML
  private void onConnectSqlServer() {
    connectSource("sqlserver");
  }

  @FXML
  private void onConnectMySql() {
    connectSource("mysql");
  }

  @FXML
  private void onConnectPostgres() {
    connectSource("postgresql");
  }

  private void connectSource(String product) {
    ProjectFile.SourceSettings s = vm.state().project().file().source();
    List<String> products = List.of(product);
    ConnectionViewModel dialog =
        vm.connectionDialog(
            products,
            s.connection() != null && s.connection().product().equals(product)
                ? s.connection()
                : null);
    ConnectionDialog.show(stage, "Connect to the source database", dialog, "Connect")
        .ifPresent(r -> vm.connectSource(r, s.isLive() ? s.schemas() : List.of()));
  }

  @FXML
  private void onScriptsOracle() {
    prompts
        .chooseFolder("Open a folder of Oracle scripts")
        .ifPresent(p -> vm.openScripts("oracle", List.of(p)));
  }

  @FXML
  private void onScriptsSqlServer() {
    prompts
        .chooseFolder("Open a folder of SQL Server scripts")
        .ifPresent(p -> vm.openScripts("sqlserver", List.of(p)));
  }

  // ---- Target

  @FXML
  private void onTargetPostgres() {
    vm.setTargetProduct("postgresql");
    showTarget();
  }

  @FXML
  private void onTargetMySql() {
    vm.setTargetProduct("mysql");
    showTarget();
  }

  @FXML
  private void onConnectTarget() {
    ProjectFile.TargetSettings t = vm.state().project().file().target();
    ConnectionViewModel dialog = vm.connectionDialog(List.of(t.product()), t.connection());
    ConnectionDialog.show(stage, "Connect to the target server", dialog, "Use this server")
        .ifPresent(vm::connectTarget);
  }

  @FXML
  private void onOffline() {
    vm.offline();
  }

  // ---- Actions

  @FXML
  private void onReport() {
    vm.createReport();
  }

  @FXML
  private void onConvert() {
    vm.convertAll();
  }

  @FXML
  private void onApply() {
    vm.apply();
  }

  @FXML
  private void onSaveSqlScript() {
    Optional<Path> file =
        prompts.chooseSaveFile("Save the converted SQL as one script", "converted.sql");
    file.ifPresent(f -> vm.saveAsSql(f, true));
  }

  @FXML
  private void onSaveSqlFolder() {
    prompts
        .chooseFolder("Save the converted SQL, one file per object, in")
        .ifPresent(d -> vm.saveAsSql(d, false));
  }

  @FXML
  private void onRefresh() {
    vm.refresh();
  }

  @FXML
  private void onCancel() {
    vm.task().cancel();
  }

  // ---- Load

  @FXML
  private void onNewLoad() {
    LoadDialog.show(stage, vm.loadForm(), this::chooseServer)
        .ifPresent(
            choices -> {
              centerTabs.getSelectionModel().select(loadTab);
              vm.startLoad(choices);
            });
  }

  private Optional<LoadDialog.Chosen> chooseServer(
      String side, io.godwit.project.ConnectionSettings current) {
    ConnectionViewModel dialog =
        vm.connectionDialog(
            side.equals("target")
                ? List.of("postgresql", "mysql")
                : List.of("postgresql", "mysql", "oracle", "sqlserver"),
            current);
    return ConnectionDialog.show(stage, "The load task's " + side + " database", dialog, "Use")
        .map(r -> new LoadDialog.Chosen(r.settings(), r.password()));
  }

  private void onResumeLoad() {
    centerTabs.getSelectionModel().select(loadTab);
    vm.resumeLoad();
  }

  // ---- Help

  @FXML
  private void onDocs() {
    browser.accept("https://github.com/godwit-migrate/godwit#readme");
  }

  @FXML
  private void onItemReference() {
    Dialogs.itemReference(stage, vm.services().items());
  }

  @FXML
  private void onAbout() {
    Dialogs.about(stage, vm.services().version());
  }

  /** Used by {@link #init} to know the installed demos; kept for the File menu. */
  static List<String> demos() {
    return DemoProjects.NAMES;
  }
}
