package io.godwit.ui.load;

import io.godwit.dialect.Secret;
import io.godwit.load.engine.ErrorPolicy;
import io.godwit.load.engine.PrepMode;
import io.godwit.project.ConnectionSettings;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "New load task" form: source and target servers (the project's, or others chosen here), which
 * schemas and tables or a mapping file, parallelism, target preparation, validation and the error
 * policy. {@link #problemProperty()} says what is missing; it is null when the form can start.
 */
public final class LoadFormViewModel {

  private final ObjectProperty<ConnectionSettings> source = new SimpleObjectProperty<>();
  private final ObjectProperty<ConnectionSettings> target = new SimpleObjectProperty<>();
  private Secret sourcePassword;
  private Secret targetPassword;
  private final StringProperty schemas = new SimpleStringProperty("");
  private final StringProperty tables = new SimpleStringProperty("%");
  private final StringProperty mapping = new SimpleStringProperty("");
  private final IntegerProperty parallel = new SimpleIntegerProperty(4);
  private final ObjectProperty<PrepMode> prep =
      new SimpleObjectProperty<>(PrepMode.TRUNCATE_BEFORE_LOAD);
  private final BooleanProperty validate = new SimpleBooleanProperty(true);
  private final ObjectProperty<ErrorPolicy> errorPolicy =
      new SimpleObjectProperty<>(ErrorPolicy.STOP);
  private final boolean convertedDdl;
  private final StringBinding problem;

  /**
   * @param source the project's live source, or null
   * @param sourcePassword its password typed in this session, or null
   * @param target the project's target server, or null
   * @param targetPassword its password typed in this session, or null
   * @param convertedDdl whether there is a conversion to build target tables from (drop and create)
   */
  public LoadFormViewModel(
      ConnectionSettings source,
      Secret sourcePassword,
      ConnectionSettings target,
      Secret targetPassword,
      boolean convertedDdl) {
    this.source.set(source);
    this.sourcePassword = sourcePassword;
    this.target.set(target);
    this.targetPassword = targetPassword;
    this.convertedDdl = convertedDdl;
    problem =
        Bindings.createStringBinding(
            this::findProblem, this.source, this.target, mapping, tables, parallel, prep);
  }

  private String findProblem() {
    if (source.get() == null) {
      return "Choose the source database.";
    }
    if (target.get() == null) {
      return "Choose the target database.";
    }
    if (parallel.get() < 1 || parallel.get() > 64) {
      return "Parallel segments must be between 1 and 64.";
    }
    if (prep.get() == PrepMode.DROP_AND_CREATE && !convertedDdl) {
      return "Drop and create builds the tables from the conversion: convert first.";
    }
    String m = mapping.get().strip();
    if (!m.isEmpty()) {
      try {
        if (!Files.isRegularFile(Path.of(m))) {
          return "The mapping file " + m + " does not exist.";
        }
      } catch (InvalidPathException e) {
        return "The mapping file name is not valid: " + m;
      }
    } else if (split(tables.get()).isEmpty()) {
      return "Name the tables to load (% for every table).";
    }
    return null;
  }

  /** Uses {@code settings} as the source, with the password typed for it. */
  public void chooseSource(ConnectionSettings settings, Secret password) {
    sourcePassword = password;
    source.set(settings);
  }

  /** Uses {@code settings} as the target, with the password typed for it. */
  public void chooseTarget(ConnectionSettings settings, Secret password) {
    targetPassword = password;
    target.set(settings);
  }

  /** What the form says now; call only when {@link #problemProperty()} is null. */
  public LoadChoices choices() {
    String m = mapping.get().strip();
    return new LoadChoices(
        source.get(),
        sourcePassword,
        target.get(),
        targetPassword,
        split(schemas.get()),
        split(tables.get()),
        m.isEmpty() ? null : Path.of(m),
        parallel.get(),
        prep.get(),
        validate.get(),
        errorPolicy.get());
  }

  /** Names separated by commas, blanks dropped. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder name = new StringBuilder();
    String s = text == null ? "" : text;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == ',') {
        String n = name.toString().strip();
        if (!n.isEmpty()) {
          out.add(n);
        }
        name.setLength(0);
      } else {
        name.append(s.charAt(i));
      }
    }
    return out;
  }

  /** Whether drop and create can be offered. */
  public boolean convertedDdl() {
    return convertedDdl;
  }

  public ObjectProperty<ConnectionSettings> sourceProperty() {
    return source;
  }

  public ObjectProperty<ConnectionSettings> targetProperty() {
    return target;
  }

  public StringProperty schemasProperty() {
    return schemas;
  }

  public StringProperty tablesProperty() {
    return tables;
  }

  public StringProperty mappingProperty() {
    return mapping;
  }

  public IntegerProperty parallelProperty() {
    return parallel;
  }

  public ObjectProperty<PrepMode> prepProperty() {
    return prep;
  }

  public BooleanProperty validateProperty() {
    return validate;
  }

  public ObjectProperty<ErrorPolicy> errorPolicyProperty() {
    return errorPolicy;
  }

  /** What keeps the form from starting, or null. */
  public StringBinding problemProperty() {
    return problem;
  }
}
