package io.godwit.load;

import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.Dialects;
import io.godwit.load.engine.ErrorPolicy;
import io.godwit.load.engine.PrepMode;
import io.godwit.load.progress.LoadListener;
import io.godwit.load.progress.LoadReport;
import io.godwit.load.progress.TableStatus;
import io.godwit.service.LoadRequest;
import io.godwit.service.LoadService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds and runs load requests in this JVM, the way the CLI does. */
public final class LoadFixture {

  private final ConnectionSpec source;
  private final ConnectionSpec target;
  private final Path dir;
  private List<String> schemas = new ArrayList<>();
  private Path mapping;
  private PrepMode prep = PrepMode.TRUNCATE_BEFORE_LOAD;
  private Path ddl;
  private int parallel = 2;
  private boolean validate = true;
  private ErrorPolicy policy = ErrorPolicy.STOP;
  private boolean resume;
  private WriteMethod method = WriteMethod.AUTO;
  private Long segmentRows;
  private LoadListener listener = LoadListener.none();

  public LoadFixture(ConnectionSpec source, ConnectionSpec target) {
    this.source = source;
    this.target = target;
    try {
      this.dir = Files.createTempDirectory("godwit-load-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path dir() {
    return dir;
  }

  public Path stateFile() {
    return dir.resolve("state.json");
  }

  public Path rejectDir() {
    return dir.resolve("rejects");
  }

  public LoadFixture schemas(String... names) {
    schemas = List.of(names);
    return this;
  }

  public LoadFixture mapping(Path file) {
    mapping = file;
    return this;
  }

  public LoadFixture prep(PrepMode mode) {
    prep = mode;
    return this;
  }

  public LoadFixture ddl(Path directory) {
    ddl = directory;
    return this;
  }

  public LoadFixture parallel(int n) {
    parallel = n;
    return this;
  }

  public LoadFixture validate(boolean v) {
    validate = v;
    return this;
  }

  public LoadFixture policy(ErrorPolicy p) {
    policy = p;
    return this;
  }

  public LoadFixture resume(boolean r) {
    resume = r;
    return this;
  }

  public LoadFixture method(WriteMethod m) {
    method = m;
    return this;
  }

  public LoadFixture segmentRows(long rows) {
    segmentRows = rows;
    return this;
  }

  public LoadFixture listener(LoadListener l) {
    listener = l;
    return this;
  }

  public LoadRequest request() {
    return new LoadRequest(
        source,
        target,
        schemas,
        mapping,
        null,
        prep,
        ddl,
        parallel,
        validate,
        policy,
        rejectDir(),
        stateFile(),
        resume,
        method,
        segmentRows);
  }

  public LoadReport run() {
    try (LoadService.LoadRun run = new LoadService(Dialects.discover()).open(request(), listener)) {
      return run.task().run();
    }
  }

  /** The status of one table in a report, by source table name. */
  public static TableStatus table(LoadReport report, String sourceName) {
    return report.tables().stream()
        .filter(t -> t.source().name().equals(sourceName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table " + sourceName + " in " + report.tables()));
  }
}
