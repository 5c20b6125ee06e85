package io.godwit.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides which values stay in memory and which go to a temporary file. Values up to {@link
 * #inlineLimit()} bytes stay in memory; larger ones are written to a file under the store's
 * directory, streaming when the driver offers a stream.
 */
public final class LobStore {

  /** The default limit: values above 1 MiB are spilled. */
  public static final int DEFAULT_INLINE_LIMIT = 1 << 20;

  private final Path directory;
  private final int inlineLimit;
  private final AtomicLong counter = new AtomicLong();

  public LobStore(Path directory, int inlineLimit) {
    this.directory = directory;
    this.inlineLimit = inlineLimit;
  }

  public int inlineLimit() {
    return inlineLimit;
  }

  /** A binary value the driver already holds in memory. */
  public Object binary(byte[] value) {
    if (value == null || value.length <= inlineLimit) {
      return value;
    }
    try {
      Path file = newFile();
      Files.write(file, value);
      return new LobValue(file, ValueKind.BINARY, value.length);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spill a large value to " + directory, e);
    }
  }

  /** A binary value read from a stream; at most {@link #inlineLimit()} bytes are held at once. */
  public Object binary(InputStream in) throws IOException {
    if (in == null) {
      return null;
    }
    try (in) {
      byte[] head = in.readNBytes(inlineLimit + 1);
      if (head.length <= inlineLimit) {
        return head;
      }
      Path file = newFile();
      long length;
      try (OutputStream out = Files.newOutputStream(file)) {
        out.write(head);
        length = head.length + in.transferTo(out);
      }
      return new LobValue(file, ValueKind.BINARY, length);
    }
  }

  /** A text value the driver already holds in memory. */
  public Object text(String value) {
    if (value == null || value.length() <= inlineLimit / 4) {
      return value;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= inlineLimit) {
      return value;
    }
    try {
      Path file = newFile();
      Files.write(file, bytes);
      return new LobValue(file, ValueKind.TEXT, bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spill a large value to " + directory, e);
    }
  }

  /** A text value read from a stream; at most {@link #inlineLimit()} characters held at once. */
  public Object text(Reader in) throws IOException {
    if (in == null) {
      return null;
    }
    try (in) {
      char[] head = new char[inlineLimit / 4 + 1];
      int n = 0;
      while (n < head.length) {
        int r = in.read(head, n, head.length - n);
        if (r < 0) {
          return new String(head, 0, n);
        }
        n += r;
      }
      Path file = newFile();
      CountingOutputStream counting = new CountingOutputStream(Files.newOutputStream(file));
      try (BufferedWriter w =
          new BufferedWriter(new OutputStreamWriter(counting, StandardCharsets.UTF_8))) {
        w.write(head, 0, n);
        char[] buf = new char[8192];
        int r;
        while ((r = in.read(buf)) >= 0) {
          w.write(buf, 0, r);
        }
      }
      Arrays.fill(head, '\0');
      return new LobValue(file, ValueKind.TEXT, counting.count);
    }
  }

  private Path newFile() throws IOException {
    Files.createDirectories(directory);
    return directory.resolve("lob-" + counter.incrementAndGet() + ".bin");
  }

  /** Deletes the directory and whatever is left in it. */
  public void deleteAll() {
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (var files = Files.list(directory)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(directory);
    } catch (IOException e) {
      // temporary files; nothing else to do
    }
  }

  private static final class CountingOutputStream extends OutputStream {
    private final OutputStream out;
    long count;

    CountingOutputStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
