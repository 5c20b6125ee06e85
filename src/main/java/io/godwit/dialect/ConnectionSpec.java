package io.godwit.dialect;

import java.util.Locale;

/**
 * Where and as whom to connect.
 *
 * @param url the JDBC URL as the user gave it
 * @param user the user name, or {@code null} when it is in the URL or not needed
 * @param password the password; never printed
 */
public record ConnectionSpec(String url, String user, Secret password) {

  public ConnectionSpec {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("a JDBC URL is required");
    }
    password = password == null ? Secret.none() : password;
  }

  /** The URL with any password parameter's value replaced, safe to print. */
  public String safeUrl() {
    return maskPasswords(url);
  }

  @Override
  public String toString() {
    return "ConnectionSpec[url=" + safeUrl() + ", user=" + user + ", password=" + password + "]";
  }

  /**
   * Replaces the value of every {@code password=} parameter (URL query or semicolon style) with
   * asterisks.
   */
  static String maskPasswords(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(url.length());
    int i = 0;
    while (i < url.length()) {
      int hit = lower.indexOf("password=", i);
      if (hit < 0) {
        out.append(url, i, url.length());
        break;
      }
      int valueStart = hit + "password=".length();
      out.append(url, i, valueStart).append("***");
      int end = valueStart;
      while (end < url.length() && url.charAt(end) != '&' && url.charAt(end) != ';') {
        end++;
      }
      i = end;
    }
    return out.toString();
  }
}
