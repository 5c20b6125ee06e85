package io.godwit.convert.item;

import java.util.Locale;

/** How much work an action item takes, in increasing order. INFO needs none. */
public enum Category {
  INFO,
  SIMPLE,
  MEDIUM,
  COMPLEX;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether an object with an item of this category still needs work. */
  public boolean needsAction() {
    return this != INFO;
  }
}
