package io.godwit.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A qualified name: {@code a}, {@code schema.table}, {@code pkg.routine}, {@code table.column}, up
 * to four parts. What each part means is resolved by the front end.
 */
public record QName(List<Ident> parts) {

  public QName {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a qualified name needs at least one part");
    }
  }

  public static QName of(Ident... parts) {
    return new QName(List.of(parts));
  }

  /** A name from case-insensitive parts. */
  public static QName of(String... parts) {
    List<Ident> idents = new ArrayList<>();
    for (String p : parts) {
      idents.add(Ident.of(p));
    }
    return new QName(idents);
  }

  /** The last part: the object's own name. */
  public Ident last() {
    return parts.get(parts.size() - 1);
  }

  /** Everything but the last part, or {@code null} for a one-part name. */
  public QName qualifier() {
    return parts.size() == 1 ? null : new QName(parts.subList(0, parts.size() - 1));
  }

  public int size() {
    return parts.size();
  }

  /** This name with {@code part} appended. */
  public QName plus(Ident part) {
    List<Ident> more = new ArrayList<>(parts);
    more.add(part);
    return new QName(more);
  }

  @Override
  public String toString() {
    return parts.stream().map(Ident::toString).collect(Collectors.joining("."));
  }
}
