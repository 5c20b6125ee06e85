package io.godwit.dialect;

import java.util.Arrays;

/**
 * A password held in memory. Its {@code toString} never shows it, so it cannot leak into logs or
 * exception messages by accident.
 */
public final class Secret {

  private static final Secret NONE = new Secret(new char[0]);

  private final char[] value;

  private Secret(char[] value) {
    this.value = value;
  }

  /** A secret holding a copy of these characters. */
  public static Secret of(char[] value) {
    return value == null ? NONE : new Secret(value.clone());
  }

  /** A secret holding this string. */
  public static Secret of(String value) {
    return value == null ? NONE : new Secret(value.toCharArray());
  }

  /** No password. */
  public static Secret none() {
    return NONE;
  }

  public boolean isEmpty() {
    return value.length == 0;
  }

  /** The clear text, to hand to a driver and nowhere else. */
  public String reveal() {
    return new String(value);
  }

  /** A copy of the characters. */
  public char[] chars() {
    return value.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret s && Arrays.equals(value, s.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return isEmpty() ? "<none>" : "<secret>";
  }
}
