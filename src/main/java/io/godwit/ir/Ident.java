package io.godwit.ir;

/**
 * An identifier as the source stores it.
 *
 * @param text the name exactly as the source catalog stores it ({@code EMPLOYEES} for Oracle's
 *     unquoted employees, {@code Order Details} for T-SQL's [Order Details])
 * @param caseSensitive whether the source distinguishes this name by case: a quoted Oracle name
 *     that is not all upper case, or a name the user asked to keep. Case-insensitive names are
 *     folded by the target's naming rules.
 */
public record Ident(String text, boolean caseSensitive) {

  public Ident {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("an identifier needs text");
    }
  }

  /** A case-insensitive identifier. */
  public static Ident of(String text) {
    return new Ident(text, false);
  }

  @Override
  public String toString() {
    return caseSensitive ? "\"" + text + "\"" : text;
  }
}
