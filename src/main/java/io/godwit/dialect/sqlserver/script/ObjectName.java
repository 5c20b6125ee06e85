package io.godwit.dialect.sqlserver.script;

/**
 * A name of up to four parts, with brackets and quotes removed and case kept exactly as written.
 * Parts that were not written are {@code null} ({@code db..t} has no schema).
 *
 * @param server the linked server, or null
 * @param database the database, or null
 * @param schema the schema, or null
 * @param name the object's own name
 */
public record ObjectName(String server, String database, String schema, String name) {

  /** A one-part name. */
  public static ObjectName of(String name) {
    return new ObjectName(null, null, null, name);
  }

  /** The written parts joined with dots, without quoting: for messages. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    for (String part : new String[] {server, database, schema}) {
      if (part != null || out.length() > 0) {
        out.append(part == null ? "" : part).append('.');
      }
    }
    return out.append(name).toString();
  }
}
