package io.godwit.load.engine;

import io.godwit.load.LobStore;
import io.godwit.load.WriteMethod;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How a task runs.
 *
 * @param prep what happens to target tables first
 * @param errorPolicy what happens to bad rows
 * @param parallel how many segments load at once
 * @param validate whether to compare counts and checksums after each table
 * @param method how rows are written
 * @param rejectDir where reject files go
 * @param workDir where large values are spilled while in flight
 * @param segmentRows about how many rows an automatic key-range segment holds
 * @param batchRows the most rows in one batch (one COPY / LOAD DATA)
 * @param batchBytes the most bytes of values in one batch
 * @param memoryBudget the most bytes of batches in flight across all segments
 * @param retries how often a segment is retried after a lost connection
 * @param retryDelay the pause before the first retry (doubled for each further one)
 * @param lobInlineLimit values above this many bytes are spilled to {@code workDir}
 */
public record LoadOptions(
    PrepMode prep,
    ErrorPolicy errorPolicy,
    int parallel,
    boolean validate,
    WriteMethod method,
    Path rejectDir,
    Path workDir,
    long segmentRows,
    int batchRows,
    long batchBytes,
    long memoryBudget,
    int retries,
    Duration retryDelay,
    int lobInlineLimit) {

  public LoadOptions {
    if (parallel < 1) {
      throw new IllegalArgumentException("parallel must be at least 1");
    }
    if (segmentRows < 1 || batchRows < 1 || batchBytes < 1 || memoryBudget < 1) {
      throw new IllegalArgumentException("sizes must be positive");
    }
  }

  /** Defaults: truncate, stop on error, 4 at once, memory bounded by a quarter of the heap. */
  public static LoadOptions defaults(Path rejectDir, Path workDir) {
    long heap = Runtime.getRuntime().maxMemory();
    long budget = Math.max(32L << 20, Math.min(256L << 20, heap / 4));
    return new LoadOptions(
        PrepMode.TRUNCATE_BEFORE_LOAD,
        ErrorPolicy.STOP,
        4,
        false,
        WriteMethod.AUTO,
        rejectDir,
        workDir,
        500_000,
        10_000,
        4L << 20,
        budget,
        3,
        Duration.ofSeconds(1),
        LobStore.DEFAULT_INLINE_LIMIT);
  }

  public LoadOptions withPrep(PrepMode value) {
    return new LoadOptions(
        value,
        errorPolicy,
        parallel,
        validate,
        method,
        rejectDir,
        workDir,
        segmentRows,
        batchRows,
        batchBytes,
        memoryBudget,
        retries,
        retryDelay,
        lobInlineLimit);
  }

  public LoadOptions withErrorPolicy(ErrorPolicy value) {
    return new LoadOptions(
        prep,
        value,
        parallel,
        validate,
        method,
        rejectDir,
        workDir,
        segmentRows,
        batchRows,
        batchBytes,
        memoryBudget,
        retries,
        retryDelay,
        lobInlineLimit);
  }

  public LoadOptions withParallel(int value) {
    return new LoadOptions(
        prep,
        errorPolicy,
        value,
        validate,
        method,
        rejectDir,
        workDir,
        segmentRows,
        batchRows,
        batchBytes,
        memoryBudget,
        retries,
        retryDelay,
        lobInlineLimit);
  }

  public LoadOptions withValidate(boolean value) {
    return new LoadOptions(
        prep,
        errorPolicy,
        parallel,
        value,
        method,
        rejectDir,
        workDir,
        segmentRows,
        batchRows,
        batchBytes,
        memoryBudget,
        retries,
        retryDelay,
        lobInlineLimit);
  }

  public LoadOptions withMethod(WriteMethod value) {
    return new LoadOptions(
        prep,
        errorPolicy,
        parallel,
        validate,
        value,
        rejectDir,
        workDir,
        segmentRows,
        batchRows,
        batchBytes,
        memoryBudget,
        retries,
        retryDelay,
        lobInlineLimit);
  }

  public LoadOptions withSegmentRows(long value) {
    return new LoadOptions(
        prep,
        errorPolicy,
        parallel,
        validate,
        method,
        rejectDir,
        workDir,
        value,
        batchRows,
        batchBytes,
        memoryBudget,
        retries,
        retryDelay,
        lobInlineLimit);
  }

  public LoadOptions withBatch(int rows, long bytes) {
    return new LoadOptions(
        prep,
        errorPolicy,
        parallel,
        validate,
        method,
        rejectDir,
        workDir,
        segmentRows,
        rows,
        bytes,
        memoryBudget,
        retries,
        retryDelay,
        lobInlineLimit);
  }

  public LoadOptions withRetries(int value, Duration delay) {
    return new LoadOptions(
        prep,
        errorPolicy,
        parallel,
        validate,
        method,
        rejectDir,
        workDir,
        segmentRows,
        batchRows,
        batchBytes,
        memoryBudget,
        value,
        delay,
        lobInlineLimit);
  }

  public LoadOptions withLobInlineLimit(int value) {
    return new LoadOptions(
        prep,
        errorPolicy,
        parallel,
        validate,
        method,
        rejectDir,
        workDir,
        segmentRows,
        batchRows,
        batchBytes,
        memoryBudget,
        retries,
        retryDelay,
        value);
  }
}
