package io.godwit.project;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The user's text for one converted object.
 *
 * @param text the edited SQL
 * @param baseSha256 SHA-256 (hex) of the generated SQL the edit started from, or null when unknown
 */
public record Edit(String text, String baseSha256) {

  public Edit {
    if (text == null) {
      throw new IllegalArgumentException("an edit needs its text");
    }
  }

  /** An edit of {@code generated} into {@code text}. */
  public static Edit of(String text, String generated) {
    return new Edit(text, generated == null ? null : sha256(generated));
  }

  /** Whether {@code generated} is still the text this edit started from. */
  public boolean startedFrom(String generated) {
    return baseSha256 != null && generated != null && baseSha256.equals(sha256(generated));
  }

  /** SHA-256 of the UTF-8 bytes of {@code text}, as lower-case hex. */
  public static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
