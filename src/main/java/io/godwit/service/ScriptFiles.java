package io.godwit.service;

import io.godwit.convert.ScriptInput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds and decodes script files: a mix of files and folders (searched recursively for script
 * extensions), each decoded by its byte-order mark (UTF-8, UTF-16 as SSMS writes), else as UTF-8,
 * else as Windows-1252. Files that are not text are reported, not read.
 */
public final class ScriptFiles {

  /** Extensions read from folders; files named explicitly are always read. */
  static final Set<String> EXTENSIONS =
      Set.of(
          "sql", "ddl", "pls", "plsql", "pks", "pkb", "pck", "prc", "fnc", "trg", "tps", "tpb",
          "vw", "tab", "seq", "syn", "idx", "con", "typ", "tsql", "proc", "udf", "viw");

  /** A file that could not be used, and why. */
  public record Rejected(String name, String reason) {}

  /** The scripts found, in path order, and the files that were skipped. */
  public record Found(List<ScriptInput> scripts, List<Rejected> rejected) {}

  private ScriptFiles() {}

  public static Found read(List<Path> inputs) throws IOException {
    List<ScriptInput> scripts = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new IOException("no such file or folder: " + input);
      }
      if (Files.isDirectory(input)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
          files =
              walk.filter(Files::isRegularFile)
                  .filter(ScriptFiles::hasScriptExtension)
                  .sorted()
                  .toList();
        }
        for (Path f : files) {
          add(f, scripts, rejected);
        }
      } else {
        add(input, scripts, rejected);
      }
    }
    return new Found(scripts, rejected);
  }

  private static boolean hasScriptExtension(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static void add(Path file, List<ScriptInput> scripts, List<Rejected> rejected)
      throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = decode(bytes);
    if (text == null) {
      rejected.add(new Rejected(file.toString(), "not a text file (binary content)"));
      return;
    }
    scripts.add(new ScriptInput(file.toString(), text));
  }

  /** The text of {@code bytes}, or null when they are not text. */
  static String decode(byte[] bytes) {
    int n = bytes.length;
    if (n >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      return strict(bytes, 3, StandardCharsets.UTF_8);
    }
    if (n >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (n >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    for (int i = 0; i < Math.min(n, 8192); i++) {
      if (bytes[i] == 0) {
        return null; // NUL bytes without a UTF-16 mark: binary
      }
    }
    String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    return utf8 != null ? utf8 : new String(bytes, Charset.forName("windows-1252"));
  }

  private static String strict(byte[] bytes, int offset, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
