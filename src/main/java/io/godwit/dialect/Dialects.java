package io.godwit.dialect;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/** The dialects on the class path, found through {@link ServiceLoader}. */
public final class Dialects {

  private final List<Dialect> all;

  public Dialects(List<Dialect> dialects) {
    this.all = List.copyOf(dialects);
  }

  /** Every dialect registered in {@code META-INF/services}, sorted by id. */
  public static Dialects discover() {
    List<Dialect> found =
        ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get)
            .sorted(Comparator.comparing(Dialect::id))
            .toList();
    return new Dialects(found);
  }

  public List<Dialect> all() {
    return all;
  }

  /** The dialect that handles this JDBC URL. */
  public Optional<Dialect> forUrl(String jdbcUrl) {
    return all.stream().filter(d -> d.acceptsUrl(jdbcUrl)).findFirst();
  }

  /** The dialect with this id, ignoring case. */
  public Optional<Dialect> byId(String id) {
    String wanted = id.toLowerCase(Locale.ROOT);
    return all.stream().filter(d -> d.id().equals(wanted)).findFirst();
  }

  /** The ids, for messages ("supported: mysql, oracle, postgresql, sqlserver"). */
  public String ids() {
    return String.join(", ", all.stream().map(Dialect::id).toList());
  }
}
