package io.godwit.ui.main;

import io.godwit.assess.AssessmentReport;
import io.godwit.assess.export.ReportFormat;
import io.godwit.convert.ConvertedObject;
import io.godwit.convert.ObjectRef;
import io.godwit.project.CredentialSeal;
import io.godwit.project.JdbcUrls;
import io.godwit.project.ObjectKey;
import io.godwit.project.Project;
import io.godwit.project.ProjectFile;
import io.godwit.ui.WorkbenchServices;
import io.godwit.ui.assess.AssessmentViewModel;
import io.godwit.ui.code.CodeViewModel;
import io.godwit.ui.connect.ConnectionRequest;
import io.godwit.ui.connect.ConnectionViewModel;
import io.godwit.ui.items.ActionItemsViewModel;
import io.godwit.ui.items.ItemRow;
import io.godwit.ui.items.PropertiesViewModel;
import io.godwit.ui.load.LoadChoices;
import io.godwit.ui.load.LoadFormViewModel;
import io.godwit.ui.load.LoadTaskViewModel;
import io.godwit.ui.model.ConversionModel;
import io.godwit.ui.model.RecentProjects;
import io.godwit.ui.model.Selection;
import io.godwit.ui.model.SourceModel;
import io.godwit.ui.model.SourceObject;
import io.godwit.ui.model.WorkbenchState;
import io.godwit.ui.notify.LogViewModel;
import io.godwit.ui.notify.NotificationsViewModel;
import io.godwit.ui.task.TaskViewModel;
import io.godwit.ui.task.UiThread;
import io.godwit.ui.tree.SourceTreeViewModel;
import io.godwit.ui.tree.TargetTreeViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;

/**
 * The main window's view model: the open project's state, the panels' view models, and every
 * command of the menus, the toolbar and the context menus. It never touches a control; long work
 * goes through {@link TaskViewModel}.
 */
public final class MainViewModel implements AutoCloseable {

  private final WorkbenchState state = new WorkbenchState();
  private final WorkbenchServices services;
  private final Executor background;
  private final UiThread ui;
  private final TaskViewModel task;
  private final LogViewModel log;
  private final NotificationsViewModel notices;
  private final SourceTreeViewModel sourceTree;
  private final TargetTreeViewModel targetTree;
  private final CodeViewModel code;
  private final ActionItemsViewModel items;
  private final PropertiesViewModel properties;
  private final ProjectCommands projects;
  private final SourceCommands sources;
  private final ConversionCommands conversions;
  private final ApplyCommands applies;
  private final AssessmentCommands assessments;
  private final AssessmentViewModel assessment;
  private final LoadTaskViewModel load;
  private final LoadCommands loads;
  private final RecentProjects recent;
  private final StringBinding title;
  private final BooleanBinding canConvert;
  private final BooleanBinding hasConversion;

  /**
   * @param background runs long work and tree building
   * @param ui posts results to the UI thread
   * @param seal seals and opens saved passwords
   */
  public MainViewModel(
      WorkbenchServices services,
      Prompts prompts,
      RecentProjects recent,
      Executor background,
      UiThread ui,
      Clock clock,
      CredentialSeal seal) {
    this.services = services;
    this.recent = recent;
    this.background = background;
    this.ui = ui;
    this.task = new TaskViewModel(background, ui);
    this.log = new LogViewModel(clock);
    this.notices = new NotificationsViewModel(log);
    this.sourceTree = new SourceTreeViewModel(state, background, ui);
    this.targetTree = new TargetTreeViewModel(state, background, ui);
    this.code = new CodeViewModel(state);
    this.items = new ActionItemsViewModel(state, services.items());
    this.properties = new PropertiesViewModel(state);
    WorkbenchContext cx =
        new WorkbenchContext(state, services, task, notices, log, prompts, recent);
    this.projects = new ProjectCommands(cx);
    this.sources = new SourceCommands(cx, seal);
    this.conversions = new ConversionCommands(cx, this::reselect);
    this.applies = new ApplyCommands(cx, seal);
    this.assessment = new AssessmentViewModel(this::exportReport, this::showOccurrence);
    this.assessments = new AssessmentCommands(cx, clock, assessment.reportProperty()::set);
    this.load = new LoadTaskViewModel(ui);
    this.loads = new LoadCommands(cx, seal, services.load(), load);
    state.projectProperty().set(Project.create("Untitled", services.version()));
    title =
        Bindings.createStringBinding(
            () ->
                "Godwit — "
                    + (state.project() == null ? "" : state.project().file().name())
                    + (state.dirtyProperty().get() ? " *" : "")
                    + (state.folder() == null ? "" : "  (" + state.folder() + ")"),
            state.projectProperty(),
            state.dirtyProperty(),
            state.folderProperty());
    canConvert =
        Bindings.createBooleanBinding(
            () -> state.source() != null && state.source().convertible() && !task.isRunning(),
            state.sourceProperty(),
            task.runningProperty());
    hasConversion = state.conversionProperty().isNotNull().and(task.runningProperty().not());
  }

  // ---- File

  public void newProject() {
    projects.newProject();
  }

  public void open(Path dir) {
    projects.open(dir);
  }

  /** Opens bundled demo {@code name}, installed in {@code dir}. */
  public void openDemo(String name, Path dir) {
    projects.openDemo(name, dir);
  }

  /** Saves, asking for a folder when the project has none. */
  public void save() {
    projects.save(() -> {});
  }

  public void saveAs(Path dir) {
    projects.saveAs(dir, () -> {});
  }

  /** Runs {@code next} once unsaved changes are saved or dropped (Exit, Open). */
  public void whenSafeToLeave(Runnable next) {
    projects.whenSafeToLeave(next);
  }

  /** Renames the project. */
  public void rename(String name) {
    if (name != null && !name.isBlank()) {
      ProjectFile f = state.project().file();
      state.projectProperty().set(state.project().withFile(f.withName(name.strip())));
      state.dirtyProperty().set(true);
    }
  }

  // ---- Source and Target

  public void openScripts(String product, List<Path> paths) {
    sources.openScripts(product, paths);
  }

  public void connectSource(ConnectionRequest request, List<String> schemas) {
    sources.connectSource(request, schemas);
  }

  public void refresh() {
    sources.refresh();
  }

  public void setTargetProduct(String product) {
    sources.setTargetProduct(product);
  }

  public void connectTarget(ConnectionRequest request) {
    sources.connectTarget(request);
  }

  public void offline() {
    sources.offline();
  }

  /**
   * A view model for a connection dialog offering {@code products}, filled from {@code current}.
   */
  public ConnectionViewModel connectionDialog(
      List<String> products, io.godwit.project.ConnectionSettings current) {
    ConnectionViewModel vm = new ConnectionViewModel(products, services.check(), background, ui);
    vm.load(current);
    return vm;
  }

  // ---- Actions

  /** Converts every source object. */
  public void convertAll() {
    conversions.convert(null);
  }

  /** Converts the given source objects. */
  public void convert(List<SourceObject> selection) {
    conversions.convert(selection);
  }

  public void apply() {
    applies.apply();
  }

  /** Saves the converted SQL (with edits) as one script or as one file per object. */
  public void saveAsSql(Path target, boolean oneScript) {
    conversions.saveAsSql(target, oneScript);
  }

  /** Assesses the current conversion and shows the report in the assessment view. */
  public void createReport() {
    assessments.createReport();
  }

  /** Asks for a folder and exports {@code report} there in {@code format}. */
  public void exportReport(ReportFormat format, AssessmentReport report) {
    assessments.export(format, report);
  }

  /** Shows the object of an occurrence of {@code code} and highlights its spans. */
  public void showOccurrence(String code, AssessmentReport.Occurrence occurrence) {
    ItemRow row = AssessmentCommands.rowOf(code, occurrence, items.allRows());
    if (row != null) {
      openItem(row);
    }
  }

  // ---- Load

  /** The "New load task" form, filled from the project's source and target servers. */
  public LoadFormViewModel loadForm() {
    return loads.form();
  }

  /** Starts a load task from the form's choices. */
  public void startLoad(LoadChoices choices) {
    loads.start(choices);
  }

  /** Resumes the last load task that failed or was cancelled. */
  public void resumeLoad() {
    loads.resume();
  }

  // ---- Selection

  /** Shows {@code o} and what it converted to. */
  public void selectSource(SourceObject o) {
    if (o == null) {
      return;
    }
    ConversionModel c = state.conversion();
    ConvertedObject converted = null;
    if (c != null) {
      for (ConvertedObject x : c.from(o.ref())) {
        if (converted == null || x.kind() == o.ref().kind()) {
          converted = x;
          if (x.kind() == o.ref().kind()) {
            break;
          }
        }
      }
    }
    state
        .selectionProperty()
        .set(new Selection(o, converted, converted == null ? null : c.key(converted)));
  }

  /** Shows converted object {@code key} and its source. */
  public void selectTarget(ObjectKey key) {
    ConversionModel c = state.conversion();
    if (c == null || key == null) {
      return;
    }
    ConvertedObject converted = c.object(key);
    if (converted == null) {
      return;
    }
    SourceModel src = state.source();
    SourceObject so = src == null ? null : src.object(converted.source());
    state.selectionProperty().set(new Selection(so, converted, key));
  }

  /** Shows the object of an action item and highlights the item's spans in both editors. */
  public void openItem(ItemRow row) {
    if (row == null) {
      return;
    }
    Selection current = state.selection();
    if (row.key() != null) {
      if (current == null || !row.key().equals(current.key())) {
        selectTarget(row.key());
      }
    } else {
      ObjectRef ref = row.item().object();
      SourceObject so = state.source() == null ? null : state.source().object(ref);
      if (so != null && (current == null || current.source() != so)) {
        selectSource(so);
      }
    }
    code.highlight(row.item());
  }

  /** After a conversion: shows the new result of what was selected. */
  private void reselect() {
    Selection s = state.selection();
    if (s == null) {
      return;
    }
    if (s.source() != null) {
      SourceModel src = state.source();
      SourceObject fresh = src == null ? null : src.object(s.source().ref());
      selectSource(fresh != null ? fresh : s.source());
    } else if (s.key() != null) {
      selectTarget(s.key());
    }
  }

  // ---- Shutdown

  /** Stops the sandbox, if one is running. */
  @Override
  public void close() {
    applies.close();
  }

  // ---- State for the view

  public WorkbenchState state() {
    return state;
  }

  public WorkbenchServices services() {
    return services;
  }

  public TaskViewModel task() {
    return task;
  }

  public LogViewModel log() {
    return log;
  }

  public NotificationsViewModel notices() {
    return notices;
  }

  public SourceTreeViewModel sourceTree() {
    return sourceTree;
  }

  public TargetTreeViewModel targetTree() {
    return targetTree;
  }

  public CodeViewModel code() {
    return code;
  }

  public ActionItemsViewModel items() {
    return items;
  }

  public AssessmentViewModel assessment() {
    return assessment;
  }

  public LoadTaskViewModel load() {
    return load;
  }

  public PropertiesViewModel properties() {
    return properties;
  }

  public StringBinding titleProperty() {
    return title;
  }

  /** Whether Convert can run now. */
  public BooleanBinding canConvertProperty() {
    return canConvert;
  }

  /** Whether there is a conversion and no task running (Apply, Save as SQL). */
  public BooleanBinding hasConversionProperty() {
    return hasConversion;
  }

  /** The recently opened projects, newest first. */
  public List<Path> recentProjects() {
    return recent.list();
  }

  /** The target product's name. */
  public String targetName() {
    String id = state.project().file().target().product();
    return JdbcUrls.product(id).map(JdbcUrls.Product::displayName).orElse(id);
  }
}
