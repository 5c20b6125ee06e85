package io.godwit.ui.model;

import io.godwit.dialect.Secret;
import io.godwit.project.Edit;
import io.godwit.project.ObjectKey;
import io.godwit.project.Project;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * What the open project holds right now, shared by the view models: the project settings, where it
 * is saved, the loaded source, the conversion, the user's edits and the selection. Passwords typed
 * in this session are kept here, in memory only. Touched on the UI thread only.
 */
public final class WorkbenchState {

  private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
  private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
  private final BooleanProperty dirty = new SimpleBooleanProperty(false);
  private final ObjectProperty<SourceModel> source = new SimpleObjectProperty<>();
  private final ObjectProperty<ConversionModel> conversion = new SimpleObjectProperty<>();
  private final ObservableMap<ObjectKey, Edit> edits =
      FXCollections.observableMap(new LinkedHashMap<>());
  private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>();
  private Secret sourcePassword;
  private Secret targetPassword;

  /** The project, with the current edits. */
  public Project snapshot() {
    return project.get().withEdits(Map.copyOf(edits));
  }

  public ObjectProperty<Project> projectProperty() {
    return project;
  }

  public Project project() {
    return project.get();
  }

  /** The folder the project was opened from or saved to; null for a new project. */
  public ObjectProperty<Path> folderProperty() {
    return folder;
  }

  public Path folder() {
    return folder.get();
  }

  /** Whether there are changes that are not saved. */
  public BooleanProperty dirtyProperty() {
    return dirty;
  }

  public ObjectProperty<SourceModel> sourceProperty() {
    return source;
  }

  public SourceModel source() {
    return source.get();
  }

  public ObjectProperty<ConversionModel> conversionProperty() {
    return conversion;
  }

  public ConversionModel conversion() {
    return conversion.get();
  }

  /** The user's edits of converted SQL, by object. */
  public ObservableMap<ObjectKey, Edit> edits() {
    return edits;
  }

  public ObjectProperty<Selection> selectionProperty() {
    return selection;
  }

  public Selection selection() {
    return selection.get();
  }

  /** The source password typed in this session (it may be empty), or null when not known. */
  public Secret sourcePassword() {
    return sourcePassword;
  }

  /** Remembers the source password for this session; null forgets it. */
  public void setSourcePassword(Secret secret) {
    sourcePassword = secret;
  }

  /** The target password typed in this session (it may be empty), or null when not known. */
  public Secret targetPassword() {
    return targetPassword;
  }

  /** Remembers the target password for this session; null forgets it. */
  public void setTargetPassword(Secret secret) {
    targetPassword = secret;
  }
}
