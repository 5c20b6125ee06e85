package io.godwit.dialect.oracle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored source of PL/SQL objects, assembled from {@code ALL_SOURCE} lines (one row per line,
 * each holding its own line break) and kept by owner, type ({@code PACKAGE BODY}, ...) and name.
 */
final class OracleSources {

  /** Prefixed to ALL_SOURCE text, which starts at the object type keyword, to make a statement. */
  static final String CREATE = "CREATE OR REPLACE ";

  private final Map<List<String>, StringBuilder> texts = new HashMap<>();

  /** Appends the next line of an object; lines must arrive in LINE order. */
  void add(String owner, String type, String name, String line) {
    texts
        .computeIfAbsent(List.of(owner, type, name), k -> new StringBuilder())
        .append(line == null ? "" : line);
  }

  /** The object's source as stored, or {@code null} when this user cannot see it. */
  String text(String owner, String type, String name) {
    StringBuilder text = texts.get(List.of(owner, type, name));
    return text == null ? null : text.toString();
  }

  /**
   * The source as a {@code CREATE OR REPLACE} statement, {@code null} when it is missing or wrapped
   * (check {@link #isWrapped} to tell which).
   */
  String statement(String owner, String type, String name) {
    String text = text(owner, type, name);
    return text == null || OracleSourceText.isWrapped(text) ? null : CREATE + text;
  }

  boolean isWrapped(String owner, String type, String name) {
    return OracleSourceText.isWrapped(text(owner, type, name));
  }
}
