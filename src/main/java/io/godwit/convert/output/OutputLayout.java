package io.godwit.convert.output;

import io.godwit.convert.ConvertedObject;
import io.godwit.convert.ObjectRef;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each object's file goes: {@code <schema>/<kind>/<name>.sql}, with characters that cannot be
 * in file names replaced, and {@code ~2}, {@code ~3} appended when two objects would share a file.
 */
final class OutputLayout {

  private final Map<String, Integer> used = new HashMap<>();

  /** The relative path, with '/' separators, of a converted (or failed) object. */
  String fileFor(ConvertedObject o) {
    ObjectRef ref = o.target() != null ? o.target() : o.source();
    String schema = ref.schema() != null ? ref.schema() : ref.name();
    String base = safe(schema) + "/" + o.kind().label() + "/" + safe(ref.name());
    int n = used.merge(base.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
    return n == 1 ? base + ".sql" : base + "~" + n + ".sql";
  }

  /** {@code name} usable as one path element on Windows, macOS and Linux. */
  static String safe(String name) {
    StringBuilder s = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean bad =
          c < 32 || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"'
              || c == '<' || c == '>' || c == '|';
      s.append(bad ? '_' : c);
    }
    String out = s.toString().strip();
    if (out.isEmpty() || out.startsWith(".")) {
      out = "_" + out;
    }
    return out;
  }
}
