package io.godwit.service;

import io.godwit.dialect.ConnectionSpec;
import io.godwit.load.WriteMethod;
import io.godwit.load.engine.ErrorPolicy;
import io.godwit.load.engine.PrepMode;
import java.nio.file.Path;
import java.util.List;

/**
 * What a user asks a load to do.
 *
 * @param source where the data comes from
 * @param target where it goes ({@code null} when only exporting the mapping)
 * @param schemas source schemas, exactly as named; empty means the URL's database (MySQL) or every
 *     user schema
 * @param mapping a DMS table-mapping file, or {@code null} for the default mapping
 * @param exportMapping where to write the mapping the task would use, or {@code null}
 * @param prep the target preparation mode
 * @param ddl the converted DDL directory (needed for drop and create), or {@code null}
 * @param parallel segments loaded at once
 * @param validate compare counts and checksums after each table
 * @param errorPolicy what to do with bad rows
 * @param rejectDir where reject files go, or {@code null} for "rejects" beside the state file
 * @param stateFile the state file
 * @param resume finish the task the state file describes
 * @param method how rows are written
 * @param segmentRows rows per automatic key-range segment, or {@code null} for the default
 */
public record LoadRequest(
    ConnectionSpec source,
    ConnectionSpec target,
    List<String> schemas,
    Path mapping,
    Path exportMapping,
    PrepMode prep,
    Path ddl,
    int parallel,
    boolean validate,
    ErrorPolicy errorPolicy,
    Path rejectDir,
    Path stateFile,
    boolean resume,
    WriteMethod method,
    Long segmentRows) {

  public LoadRequest {
    schemas = schemas == null ? List.of() : List.copyOf(schemas);
  }
}
