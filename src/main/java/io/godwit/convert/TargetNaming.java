package io.godwit.convert;

import io.godwit.ir.Ident;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * How source names become target names: case folding and the target's length limit. Quoting is the
 * back end's business; this only decides the name's text.
 *
 * <p>A name longer than the limit is cut to fit with room for {@code _} and eight hex digits of a
 * checksum of the whole name, so two long names never collide and every reference to the same name
 * shortens the same way.
 */
public final class TargetNaming {

  /** What happens to the case of names the source treats case-insensitively. */
  public enum CaseRule {
    /** Fold to lower case (the default: unquoted names on PostgreSQL). */
    LOWER,
    /** Keep the source's spelling (names will be quoted where needed). */
    KEEP
  }

  private final int maxBytes;
  private final CaseRule caseRule;

  public TargetNaming(int maxBytes, CaseRule caseRule) {
    if (maxBytes < 16) {
      throw new IllegalArgumentException("a name limit below 16 bytes is not workable");
    }
    this.maxBytes = maxBytes;
    this.caseRule = caseRule;
  }

  public int maxBytes() {
    return maxBytes;
  }

  public CaseRule caseRule() {
    return caseRule;
  }

  /** The target spelling of {@code id}. */
  public String name(Ident id) {
    String text =
        id.caseSensitive() || caseRule == CaseRule.KEEP
            ? id.text()
            : id.text().toLowerCase(Locale.ROOT);
    return fit(text);
  }

  /** {@code text} cut to the limit if it is longer, with a checksum suffix. */
  public String fit(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= maxBytes) {
      return text;
    }
    CRC32 crc = new CRC32();
    crc.update(bytes);
    String suffix = String.format(Locale.ROOT, "_%08x", crc.getValue());
    int budget = maxBytes - suffix.length();
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + size > budget) {
        break;
      }
      out.appendCodePoint(cp);
      used += size;
      i += Character.charCount(cp);
    }
    return out + suffix;
  }
}
