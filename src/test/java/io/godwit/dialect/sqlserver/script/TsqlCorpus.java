package io.godwit.dialect.sqlserver.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The T-SQL scripts under src/test/resources/tsql, written for these tests. */
public final class TsqlCorpus {

  /** Every corpus file, by resource name. */
  public static final List<String> FILES =
      List.of(
          "harbor_ssms_schema.sql",
          "harbor_ssms_existence_checks.sql",
          "dba_scripts.sql",
          "order_entry_schema.sql",
          "order_entry_procedures.sql",
          "order_entry_functions_triggers.sql",
          "feature_queries.sql",
          "feature_expressions.sql",
          "feature_dml.sql",
          "feature_procedural.sql",
          "feature_ddl.sql");

  private TsqlCorpus() {}

  /** A corpus file's text. */
  public static String read(String name) {
    try (InputStream in = TsqlCorpus.class.getResourceAsStream("/tsql/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no corpus file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
