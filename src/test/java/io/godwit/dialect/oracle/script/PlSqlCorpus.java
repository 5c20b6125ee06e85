package io.godwit.dialect.oracle.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The Oracle scripts under src/test/resources/plsql, written for these tests. */
public final class PlSqlCorpus {

  /** Every script, relative to the plsql resource folder. */
  public static final List<String> FILES =
      List.of(
          "corpus/sqldeveloper_export_hr.sql",
          "corpus/dbms_metadata_scott.sql",
          "corpus/export_fragments.sql",
          "corpus/installer/install.sql",
          "corpus/installer/orders_pkg.pks",
          "corpus/installer/orders_pkg.pkb",
          "corpus/sales_app/01_tables.sql",
          "corpus/sales_app/02_types.sql",
          "corpus/sales_app/03_pkg_util.sql",
          "corpus/sales_app/04_pkg_orders.sql",
          "corpus/sales_app/05_pkg_hr.sql",
          "corpus/sales_app/06_pkg_reports.sql",
          "corpus/sales_app/07_views.sql",
          "corpus/sales_app/08_triggers.sql",
          "corpus/sales_app/09_merge_and_jobs.sql",
          "features/ddl_tables.sql",
          "features/ddl_alter.sql",
          "features/ddl_misc.sql",
          "features/plsql_declarations.sql",
          "features/plsql_control.sql",
          "features/plsql_cursors_dynamic.sql",
          "features/sql_queries.sql",
          "features/sql_expressions.sql",
          "features/sql_dml.sql",
          "features/conditional_compilation.sql",
          "features/types.sql",
          "features/triggers.sql",
          "features/mixed_plsql_sql.sql");

  private PlSqlCorpus() {}

  /** The text of one script. */
  public static String read(String file) {
    try (InputStream in = PlSqlCorpus.class.getResourceAsStream("/plsql/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no corpus file " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
