package io.godwit.load.engine;

import io.godwit.load.ConnectionRole;
import io.godwit.load.DeferredObject;
import io.godwit.load.LoadSupport;
import io.godwit.load.TableRef;
import io.godwit.load.ValueConversions;
import io.godwit.load.ValueConverter;
import io.godwit.load.ValueKind;
import io.godwit.load.ddl.ConvertedDdl;
import io.godwit.load.ddl.DdlException;
import io.godwit.load.ddl.DdlObject;
import io.godwit.load.progress.TableState;
import io.godwit.model.Column;
import io.godwit.model.Database;
import io.godwit.model.Schema;
import io.godwit.model.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets the target ready (drop and create from the converted DDL, truncate, or leave as is; set
 * indexes, foreign keys and triggers aside), binds each table to its target columns, and after the
 * data puts back what was set aside: a table's indexes and triggers once it is loaded, foreign keys
 * and constraints once every table is.
 */
final class Preparation {

  private static final Logger LOG = LoggerFactory.getLogger(Preparation.class);

  private final TaskContext ctx;
  private final ConvertedDdl ddl;
  private final LoadSupport target;

  Preparation(TaskContext ctx, ConvertedDdl ddl) {
    this.ctx = ctx;
    this.ddl = ddl;
    this.target = ctx.target.support();
  }

  private Connection connect() throws SQLException {
    Connection c = ctx.target.pool().getConnection();
    target.prepareSession(c, ConnectionRole.TARGET);
    return c;
  }

  /** Reads the target catalog of the schemas the jobs load into. */
  Database targetCatalog(List<TableJob> jobs) throws SQLException {
    Set<String> schemas = new LinkedHashSet<>();
    for (TableJob j : jobs) {
      schemas.add(j.target().schema());
    }
    try (Connection c = connect()) {
      Set<String> existing = existingSchemas(c, schemas);
      return target.readCatalog(c, new ArrayList<>(existing));
    }
  }

  /** The schemas of {@code wanted} that exist (reading a missing one fails). */
  private Set<String> existingSchemas(Connection c, Set<String> wanted) throws SQLException {
    Database all = target.readCatalog(c, List.of());
    Set<String> out = new LinkedHashSet<>();
    for (String w : wanted) {
      for (Schema s : all.schemas()) {
        if (s.name().equals(w)) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /**
   * Checks, before anything on the target changes, that every table can be prepared: its converted
   * DDL exists (drop and create) or the target table exists (the other modes).
   */
  void check(List<TableJob> jobs, Database catalog) {
    List<String> missing = new ArrayList<>();
    for (TableJob j : jobs) {
      if (j.prepared) {
        continue;
      }
      if (ctx.options.prep() == PrepMode.DROP_AND_CREATE) {
        if (ddl.table(j.target()).isEmpty()) {
          missing.add(j.target().toString());
        }
      } else if (table(catalog, j.target()).isEmpty()) {
        missing.add(j.target().toString());
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    String list =
        String.join(", ", missing.subList(0, Math.min(5, missing.size())))
            + (missing.size() > 5 ? " and " + (missing.size() - 5) + " more" : "");
    if (ctx.options.prep() == PrepMode.DROP_AND_CREATE) {
      throw LoadException.task(
          "the converted DDL in " + ddl.directory() + " has no table for " + list, null);
    }
    throw LoadException.task(
        (missing.size() == 1 ? "target table " : missing.size() + " target tables ")
            + list
            + (missing.size() == 1 ? " does not exist" : " do not exist")
            + " (create them first, or use --prep drop-create with --ddl DIR)",
        null);
  }

  /** Prepares the tables not prepared yet, saving the state after each step. */
  void prepare(List<TableJob> jobs, Database catalog) throws SQLException {
    List<TableJob> todo = jobs.stream().filter(j -> !j.prepared).toList();
    if (todo.isEmpty()) {
      return;
    }
    try (Connection c = connect()) {
      if (ctx.options.prep() == PrepMode.DROP_AND_CREATE) {
        dropAndCreate(c, todo, catalog);
        return;
      }
      if (ctx.book.deferred.isEmpty()) {
        List<TableRef> tables = todo.stream().map(TableJob::target).toList();
        for (DeferredObject o : target.deferrableObjects(c, tables)) {
          ctx.book.deferred.add(new StateBook.Deferred(o, false, false));
        }
        ctx.book.save();
      }
      disableDeferred(c);
      for (TableJob j : todo) {
        if (ctx.options.prep() == PrepMode.TRUNCATE_BEFORE_LOAD) {
          target.truncate(c, j.target());
          c.commit();
        }
        j.prepared = true;
        ctx.book.save();
      }
    }
  }

  /** Runs the disable statements of objects set aside but not yet disabled. */
  void disableDeferred(Connection c) throws SQLException {
    for (StateBook.Deferred d : ctx.book.deferred) {
      if (d.disabled || d.restored) {
        continue;
      }
      for (String sql : d.object.disable()) {
        target.execute(c, sql);
      }
      c.commit();
      d.disabled = true;
      ctx.book.save();
    }
  }

  private void dropAndCreate(Connection c, List<TableJob> todo, Database catalog)
      throws SQLException {
    Set<String> schemas = new LinkedHashSet<>();
    for (TableJob j : todo) {
      schemas.add(j.target().schema());
    }
    // The compatibility functions the converted tables may call (defaults, checks, triggers).
    for (ConvertedDdl.Support s : ddl.support()) {
      runSupport(c, s);
    }
    for (String schema : schemas) {
      target.createSchemaIfMissing(c, schema);
      c.commit();
      Optional<Schema> existing = catalog.schema(schema);
      for (DdlObject o : ddl.inSchema(schema, ConvertedDdl.TYPE)) {
        if (existing.map(s -> hasType(s, o.targetName())).orElse(false)) {
          continue;
        }
        run(c, o);
      }
      for (DdlObject o : ddl.inSchema(schema, ConvertedDdl.SEQUENCE)) {
        if (existing.map(s -> hasSequence(s, o.targetName())).orElse(false)) {
          continue;
        }
        run(c, o);
      }
    }
    for (TableJob j : todo) {
      DdlObject table = ddl.table(j.target()).orElseThrow();
      target.dropTable(c, j.target());
      run(c, table);
      register(j.target(), DeferredObject.Kind.INDEX, ConvertedDdl.INDEX);
      register(j.target(), DeferredObject.Kind.TRIGGER, ConvertedDdl.TRIGGER);
      register(j.target(), DeferredObject.Kind.CONSTRAINT, ConvertedDdl.CONSTRAINT);
      j.prepared = true;
      ctx.book.save();
    }
  }

  /** Records a table's indexes, triggers or constraints from the DDL, to run after the data. */
  private void register(TableRef table, DeferredObject.Kind kind, String ddlKind) {
    for (DdlObject o : ddl.ofTable(table, ddlKind)) {
      List<String> statements = target.splitScript(ddl.script(o));
      ctx.book.deferred.add(
          new StateBook.Deferred(
              new DeferredObject(kind, table, o.targetName(), List.of(), statements), true, false));
    }
  }

  private void runSupport(Connection c, ConvertedDdl.Support s) throws SQLException {
    String script;
    try {
      script = ddl.script(s);
    } catch (DdlException e) {
      throw LoadException.task(e.getMessage(), e);
    }
    runScript(c, script, "support file " + s.file() + " (" + s.name() + ")");
  }

  private void run(Connection c, DdlObject o) throws SQLException {
    String script;
    try {
      script = ddl.script(o);
    } catch (DdlException e) {
      throw LoadException.task(e.getMessage(), e);
    }
    runScript(c, script, o.file() + " (" + o.targetKind() + " " + o.targetName() + ")");
  }

  /** Runs one file's statements in one transaction; {@code what} names it in the error. */
  private void runScript(Connection c, String script, String what) throws SQLException {
    try {
      for (String sql : target.splitScript(script)) {
        target.execute(c, sql);
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw LoadException.task("running " + what + " failed: " + SegmentLoader.firstLine(e), e);
    }
  }

  private static boolean hasType(Schema s, String name) {
    return s.types().stream().anyMatch(t -> t.name().equalsIgnoreCase(name));
  }

  private static boolean hasSequence(Schema s, String name) {
    return s.sequences().stream().anyMatch(q -> q.name().equalsIgnoreCase(name));
  }

  /** The target table of a job in a catalog: same spelling first, then ignoring case. */
  static Optional<Table> table(Database catalog, TableRef ref) {
    for (Schema s : catalog.schemas()) {
      if (!s.name().equalsIgnoreCase(ref.schema())) {
        continue;
      }
      for (Table t : s.tables()) {
        if (t.name().equals(ref.name())) {
          return Optional.of(t);
        }
      }
      for (Table t : s.tables()) {
        if (t.name().toLowerCase(Locale.ROOT).equals(ref.name().toLowerCase(Locale.ROOT))) {
          return Optional.of(t);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Binds every job to its target table and decides how an interrupted segment is cleaned up. A job
   * that cannot be bound fails on its own.
   */
  void bind(List<TableJob> jobs, Database catalog, Database sourceCatalog) {
    for (TableJob j : jobs) {
      Optional<Table> t = table(catalog, j.target());
      try {
        if (t.isEmpty()) {
          throw LoadException.table("target table " + j.target() + " does not exist");
        }
        j.binding = TableBinding.bind(j.plan, t.get(), target);
        j.binding.notes.forEach(
            n -> j.notes.putIfAbsent(n, new java.util.concurrent.atomic.AtomicLong(1)));
        restartMode(j, t.get());
      } catch (LoadException e) {
        fail(j, e.getMessage());
      }
    }
  }

  private void restartMode(TableJob j, Table targetTable) {
    j.restart = j.segments.size() == 1 ? TableJob.Restart.TRUNCATE : TableJob.Restart.RELOAD_ALL;
    if (j.rangeColumns.isEmpty()) {
      return;
    }
    List<String> targetNames = new ArrayList<>();
    List<ValueKind> targetKinds = new ArrayList<>();
    ValueConverter[] to = new ValueConverter[j.rangeColumns.size()];
    ValueConverter[] from = new ValueConverter[j.rangeColumns.size()];
    boolean ordered = true;
    for (int k = 0; k < j.rangeColumns.size(); k++) {
      String source = j.rangeColumns.get(k);
      int i = j.binding.readIndex(source);
      if (i < 0) {
        return;
      }
      String name = j.binding.write.get(i).name();
      Column column = TableBinding.find(targetTable, name).orElse(null);
      ValueKind kind = j.binding.write.get(i).kind();
      to[k] = ValueConversions.converter(j.rangeKinds.get(k), kind);
      from[k] = ValueConversions.converter(kind, j.rangeKinds.get(k));
      if (column == null || to[k] == null || from[k] == null) {
        return;
      }
      ordered &= j.rangeKinds.get(k).ordersAlike() && kind.ordersAlike();
      targetNames.add(column.name());
      targetKinds.add(kind);
    }
    j.rangeFromTarget = from;
    if (ordered) {
      j.targetRangeColumns = targetNames;
      j.targetRangeKinds = targetKinds;
      j.rangeToTarget = to;
      j.restart = TableJob.Restart.RANGE;
    }
  }

  void fail(TableJob j, String message) {
    j.failed = true;
    j.message = message;
    j.state = TableState.ERROR;
    j.finished();
    ctx.changed(j, true);
    LOG.warn("table {}: {}", j.source(), message);
  }

  /** After a table's data: its indexes and triggers, then its identity columns. */
  void postLoad(TableJob j) throws SQLException {
    try (Connection c = connect()) {
      for (StateBook.Deferred d : ctx.book.deferred) {
        if (!d.restored
            && !d.attempted
            && !d.object.kind().waitsForAllTables()
            && d.object.table().equals(j.target())) {
          restore(c, d, j);
        }
      }
      target.resetIdentities(c, j.target());
      c.commit();
    }
    j.postLoadDone = true;
    ctx.book.save();
  }

  /** At the end of a complete run: whatever is still set aside (foreign keys, constraints). */
  void restoreRemaining(List<TableJob> jobs) {
    List<StateBook.Deferred> pending = new ArrayList<>();
    for (StateBook.Deferred d : ctx.book.deferred) {
      if (!d.restored && d.disabled && !d.attempted) {
        pending.add(d);
      }
    }
    if (pending.isEmpty()) {
      return;
    }
    try (Connection c = connect()) {
      for (StateBook.Deferred d : pending) {
        TableJob owner = null;
        for (TableJob j : jobs) {
          if (j.target().equals(d.object.table())) {
            owner = j;
          }
        }
        restore(c, d, owner);
      }
    } catch (SQLException e) {
      LOG.warn("cannot put back what was set aside: {}", SegmentLoader.firstLine(e));
      ctx.note("", "cannot put back what was set aside: " + SegmentLoader.firstLine(e));
    }
  }

  private void restore(Connection c, StateBook.Deferred d, TableJob owner) throws SQLException {
    String what =
        d.object.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + d.object.name();
    d.attempted = true;
    try {
      for (String sql : d.object.restore()) {
        target.execute(c, sql);
      }
      c.commit();
      d.restored = true;
      ctx.book.save();
    } catch (SQLException e) {
      c.rollback();
      String message = "could not create " + what + ": " + SegmentLoader.firstLine(e);
      if (owner != null) {
        fail(owner, message);
      } else {
        ctx.note(d.object.table().toString(), message);
      }
      LOG.warn("table {}: {}", d.object.table(), message);
    }
  }
}
