package io.godwit.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A large value kept in a temporary file instead of memory, so a batch of rows holds at most a
 * fixed number of bytes whatever the size of its values. Text is stored as UTF-8. The file is
 * deleted by {@link #release()} once the value has been written (or validated).
 */
public final class LobValue {

  private final Path file;
  private final ValueKind kind;
  private final long length;

  LobValue(Path file, ValueKind kind, long length) {
    this.file = file;
    this.kind = kind;
    this.length = length;
  }

  /** {@link ValueKind#BINARY} or {@link ValueKind#TEXT}. */
  public ValueKind kind() {
    return kind;
  }

  /** The length in bytes (UTF-8 bytes for text). */
  public long length() {
    return length;
  }

  /** The bytes (UTF-8 for text), from the start; the caller closes the stream. */
  public InputStream open() {
    try {
      return new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read spilled value " + file, e);
    }
  }

  /** Deletes the file; the value cannot be read afterwards. */
  public void release() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file left behind is removed with its directory when the task ends
    }
  }

  @Override
  public String toString() {
    return "<" + kind.name().toLowerCase(java.util.Locale.ROOT) + " value of " + length + " bytes>";
  }
}
