package io.godwit.dialect;

import java.util.List;
import java.util.function.Consumer;

/**
 * What to read from a catalog.
 *
 * @param schemas the schemas to read, exactly as named in the catalog; empty means every user
 *     schema (for MySQL: the database of the URL, or every user database)
 * @param progress told the name of each step as it starts ("columns", "indexes", ...)
 * @param roundTrips counts the queries sent
 */
public record CatalogRequest(
    List<String> schemas, Consumer<String> progress, RoundTrips roundTrips) {

  public CatalogRequest {
    schemas = schemas == null ? List.of() : List.copyOf(schemas);
    progress = progress == null ? step -> {} : progress;
    roundTrips = roundTrips == null ? new RoundTrips() : roundTrips;
  }

  /** Reads these schemas, with no progress reporting. */
  public static CatalogRequest of(List<String> schemas) {
    return new CatalogRequest(schemas, null, null);
  }
}
