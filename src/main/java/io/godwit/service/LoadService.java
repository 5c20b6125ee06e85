package io.godwit.service;

import com.zaxxer.hikari.HikariDataSource;
import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.Connections;
import io.godwit.dialect.DatabaseAccessException;
import io.godwit.dialect.DatabaseErrors;
import io.godwit.dialect.DatabaseErrors.Phase;
import io.godwit.dialect.Dialect;
import io.godwit.dialect.Dialects;
import io.godwit.load.ConnectionRole;
import io.godwit.load.LoadSupport;
import io.godwit.load.ddl.ConvertedDdl;
import io.godwit.load.ddl.DdlException;
import io.godwit.load.engine.Endpoint;
import io.godwit.load.engine.LoadOptions;
import io.godwit.load.engine.LoadTask;
import io.godwit.load.engine.PrepMode;
import io.godwit.load.mapping.DefaultMapping;
import io.godwit.load.mapping.MappingException;
import io.godwit.load.mapping.MappingPlanner;
import io.godwit.load.mapping.TableMapping;
import io.godwit.load.mapping.TableMappingJson;
import io.godwit.load.mapping.TablePlan;
import io.godwit.load.progress.LoadListener;
import io.godwit.load.state.LoadState;
import io.godwit.load.state.StateStore;
import io.godwit.model.Database;
import io.godwit.model.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs data loads: opens the pools, picks each side's dialect, reads the source catalog, plans the
 * tables from the mapping, and hands everything to a {@link LoadTask}.
 */
public final class LoadService {

  private final Dialects dialects;

  public LoadService(Dialects dialects) {
    this.dialects = dialects;
  }

  /** A prepared load: the task and its connection pools. Close it when the task is done. */
  public static final class LoadRun implements AutoCloseable {
    private final LoadTask task;
    private final List<TablePlan> plans;
    private final List<HikariDataSource> pools;

    LoadRun(LoadTask task, List<TablePlan> plans, List<HikariDataSource> pools) {
      this.task = task;
      this.plans = List.copyOf(plans);
      this.pools = pools;
    }

    public LoadTask task() {
      return task;
    }

    public List<TablePlan> plans() {
      return plans;
    }

    @Override
    public void close() {
      pools.forEach(HikariDataSource::close);
    }
  }

  /**
   * Writes the mapping a load of {@code request} would use (the given mapping, or the default one
   * for the source schemas) to {@code request.exportMapping()}.
   */
  public void exportMapping(LoadRequest request) {
    TableMapping given = readMapping(request.mapping());
    TableMapping mapping = given;
    if (mapping == null) {
      Dialect dialect = new Connections(dialects).dialectFor(request.source());
      LoadSupport support = support(dialect, request.source());
      try (HikariDataSource pool =
          new Connections(dialects)
              .open(request.source(), 1, support.connectionProperties(ConnectionRole.SOURCE))) {
        Database catalog = catalog(pool, support, request.source(), request.schemas());
        mapping = DefaultMapping.forSchemas(catalog.schemas().stream().map(Schema::name).toList());
      }
    }
    write(request.exportMapping(), new TableMappingJson().write(mapping));
  }

  /**
   * Connects both sides, plans the tables and builds the task, without changing anything yet.
   *
   * @throws LoadSetupException, DatabaseAccessException with a one-line reason
   */
  public LoadRun open(LoadRequest request, LoadListener listener) {
    if (request.prep() == PrepMode.DROP_AND_CREATE && request.ddl() == null) {
      throw new LoadSetupException(
          "--prep drop-create builds the target tables from converted DDL: give the directory the"
              + " converter wrote with --ddl DIR");
    }
    ConvertedDdl ddl = request.ddl() == null ? null : readDdl(request.ddl());
    StateStore store = new StateStore(request.stateFile());
    LoadState resume = resumeState(request, store);
    TableMapping mapping = readMapping(request.mapping());
    String mappingJson = mapping == null ? null : new TableMappingJson().write(mapping);
    if (resume != null) {
      if (mapping == null) {
        if (resume.mapping() != null) {
          mapping = new TableMappingJson().read(resume.mapping());
          mappingJson = resume.mapping();
        }
      } else if (!mappingJson.equals(resume.mapping())) {
        throw new LoadSetupException(
            "the mapping differs from the one the interrupted task used; resume with the same"
                + " mapping, or delete "
                + store.file()
                + " to start over");
      }
    }
    Connections connections = new Connections(dialects);
    Dialect sourceDialect = connections.dialectFor(request.source());
    Dialect targetDialect = connections.dialectFor(request.target());
    LoadSupport source = support(sourceDialect, request.source());
    LoadSupport target = support(targetDialect, request.target());
    List<HikariDataSource> pools = new ArrayList<>();
    try {
      int size = request.parallel() + 2;
      HikariDataSource sourcePool =
          connections.open(
              request.source(), size, source.connectionProperties(ConnectionRole.SOURCE));
      pools.add(sourcePool);
      HikariDataSource targetPool =
          connections.open(
              request.target(), size, target.connectionProperties(ConnectionRole.TARGET));
      pools.add(targetPool);
      Database catalog = catalog(sourcePool, source, request.source(), request.schemas());
      List<TablePlan> plans;
      try {
        plans = new MappingPlanner(source::kindOf).plan(catalog, mapping);
      } catch (MappingException e) {
        throw new LoadSetupException(where(request.mapping()) + e.getMessage(), e);
      }
      if (plans.isEmpty()) {
        throw new LoadSetupException(
            mapping == null
                ? "no tables to load: "
                    + (catalog.schemas().isEmpty()
                        ? "no schema selected"
                        : "schema " + String.join(", ", schemaNames(catalog)) + " has no tables")
                : "the mapping selects no table of " + String.join(", ", schemaNames(catalog)));
      }
      Path stateDir = request.stateFile().toAbsolutePath().getParent();
      Path rejectDir =
          request.rejectDir() != null ? request.rejectDir() : stateDir.resolve("rejects");
      LoadOptions defaults =
          LoadOptions.defaults(rejectDir, Path.of(System.getProperty("java.io.tmpdir")));
      LoadOptions options =
          defaults
              .withPrep(request.prep())
              .withErrorPolicy(request.errorPolicy())
              .withParallel(request.parallel())
              .withValidate(request.validate())
              .withMethod(request.method());
      if (request.segmentRows() != null) {
        options = options.withSegmentRows(request.segmentRows());
      }
      LoadTask task =
          new LoadTask(
              new LoadTask.Setup(
                  new Endpoint(source, sourcePool, request.source().safeUrl()),
                  new Endpoint(target, targetPool, request.target().safeUrl()),
                  catalog,
                  plans,
                  ddl,
                  options,
                  store,
                  resume,
                  mappingJson,
                  display(request, rejectDir)),
              listener);
      return new LoadRun(task, plans, pools);
    } catch (RuntimeException e) {
      pools.forEach(HikariDataSource::close);
      throw e;
    }
  }

  private LoadSupport support(Dialect dialect, ConnectionSpec spec) {
    return dialect
        .load()
        .orElseThrow(
            () ->
                new LoadSetupException(
                    dialect.displayName()
                        + " cannot take part in a load yet ("
                        + spec.safeUrl()
                        + ")"));
  }

  private static Database catalog(
      HikariDataSource pool, LoadSupport support, ConnectionSpec spec, List<String> schemas) {
    try (Connection c = pool.getConnection()) {
      support.prepareSession(c, ConnectionRole.SOURCE);
      Database db = support.readCatalog(c, schemas);
      if (!c.getAutoCommit()) {
        c.rollback();
      }
      return db;
    } catch (SQLException | RuntimeException e) {
      if (e instanceof DatabaseAccessException d) {
        throw d;
      }
      throw DatabaseErrors.classify(e, spec, Phase.READ);
    }
  }

  private static List<String> schemaNames(Database db) {
    return db.schemas().stream().map(Schema::name).toList();
  }

  private static LoadState resumeState(LoadRequest request, StateStore store) {
    if (request.resume()) {
      return store.load();
    }
    if (store.exists()) {
      LoadState previous;
      try {
        previous = store.load();
      } catch (RuntimeException e) {
        throw new LoadSetupException(
            "the state file "
                + store.file()
                + " exists but cannot be read; delete it or choose another with --state",
            e);
      }
      if (!"completed".equals(previous.status())) {
        throw new LoadSetupException(
            "the state file "
                + store.file()
                + " holds an unfinished task ("
                + previous.status()
                + "); add --resume to finish it, or delete the file to start over");
      }
    }
    return null;
  }

  private static TableMapping readMapping(Path file) {
    if (file == null) {
      return null;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new LoadSetupException("mapping file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new LoadSetupException("cannot read mapping file " + file + ": " + e.getMessage(), e);
    }
    try {
      return new TableMappingJson().read(text);
    } catch (MappingException e) {
      throw new LoadSetupException(where(file) + e.getMessage(), e);
    }
  }

  private static String where(Path mapping) {
    return mapping == null ? "" : "mapping file " + mapping + ": ";
  }

  private static ConvertedDdl readDdl(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new LoadSetupException("the converted DDL directory " + dir + " does not exist");
    }
    try {
      return ConvertedDdl.read(dir);
    } catch (DdlException e) {
      throw new LoadSetupException(e.getMessage(), e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LoadSetupException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, String> display(LoadRequest r, Path rejectDir) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(
        "prep",
        switch (r.prep()) {
          case DROP_AND_CREATE -> "drop-create";
          case TRUNCATE_BEFORE_LOAD -> "truncate";
          case DO_NOTHING -> "none";
        });
    out.put("errorPolicy", label(r.errorPolicy()));
    out.put("parallel", Integer.toString(r.parallel()));
    out.put("validate", Boolean.toString(r.validate()));
    out.put("method", label(r.method()));
    if (!r.schemas().isEmpty()) {
      out.put("schemas", String.join(",", r.schemas()));
    }
    if (r.mapping() != null) {
      out.put("mapping", r.mapping().toString());
    }
    if (r.ddl() != null) {
      out.put("ddl", r.ddl().toString());
    }
    out.put("state", r.stateFile().toString());
    out.put("rejectDir", rejectDir.toString());
    return out;
  }

  private static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
