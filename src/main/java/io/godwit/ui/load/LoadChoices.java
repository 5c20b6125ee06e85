package io.godwit.ui.load;

import io.godwit.dialect.Secret;
import io.godwit.load.engine.ErrorPolicy;
import io.godwit.load.engine.PrepMode;
import io.godwit.project.ConnectionSettings;
import java.nio.file.Path;
import java.util.List;

/**
 * What the user chose in the "New load task" form.
 *
 * @param source the source server
 * @param sourcePassword the password typed for it in this session, or null (asked for when needed)
 * @param target the target server
 * @param targetPassword the password typed for it in this session, or null
 * @param schemas source schemas, exactly as named; empty for the URL's database or every user one
 * @param tables table name patterns ({@code %} wildcards); {@code ["%"]} for every table
 * @param mapping a DMS table-mapping file that replaces schemas and tables, or null
 * @param parallel segments loaded at once
 * @param prep the target preparation mode
 * @param validate compare counts and checksums after each table
 * @param errorPolicy what a bad row does
 */
public record LoadChoices(
    ConnectionSettings source,
    Secret sourcePassword,
    ConnectionSettings target,
    Secret targetPassword,
    List<String> schemas,
    List<String> tables,
    Path mapping,
    int parallel,
    PrepMode prep,
    boolean validate,
    ErrorPolicy errorPolicy) {

  public LoadChoices {
    schemas = List.copyOf(schemas);
    tables = List.copyOf(tables);
  }

  /** Whether every table of the schemas is chosen (no table patterns to write as a mapping). */
  public boolean allTables() {
    return mapping != null || tables.isEmpty() || tables.equals(List.of("%"));
  }
}
