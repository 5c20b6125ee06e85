package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.ObjectName;
import io.godwit.ir.proc.Stmt;
import java.util.Locale;
import java.util.Set;

/**
 * Calls of SQL Server's own procedures that have no PostgreSQL equivalent: SQL Agent and Database
 * Mail in {@code msdb}, extended procedures ({@code xp_*}), Service Broker, procedures on linked
 * servers, and the other {@code sp_*} system procedures. Each is an item that names the usual
 * replacement.
 */
final class MssSystemObjects {

  /** SQL Agent procedures of msdb (jobs, schedules, alerts, operators). */
  private static final Set<String> AGENT_PREFIXES =
      Set.of(
          "sp_add_job",
          "sp_start_job",
          "sp_stop_job",
          "sp_delete_job",
          "sp_update_job",
          "sp_add_schedule",
          "sp_attach_schedule",
          "sp_add_jobstep",
          "sp_add_jobserver",
          "sp_add_alert",
          "sp_add_operator",
          "sp_add_notification",
          "sp_help_job");

  private MssSystemObjects() {}

  /** The item for a call of a system procedure, or null when {@code p} calls user code. */
  static Stmt call(MssContext cx, TSqlParser.ExecuteProcedureContext p) {
    if (p.procedureReference().qualifiedName() == null) {
      return null;
    }
    ObjectName o = MssDynamicSql.called(p);
    String name = o.name().toLowerCase(Locale.ROOT);
    if (o.server() != null) {
      return cx.unsupportedStmt(
          p,
          MssItems.LINKED_SERVER,
          "a procedure on the linked server "
              + o.server()
              + ": PostgreSQL reaches another server with postgres_fdw or dblink");
    }
    boolean msdb = o.database() != null && o.database().equalsIgnoreCase("msdb");
    if (AGENT_PREFIXES.contains(name) || msdb && name.contains("job")) {
      return cx.unsupportedStmt(
          p,
          MssItems.AGENT,
          "SQL Server Agent ("
              + o.name()
              + ") has no PostgreSQL equivalent: schedule with pg_cron or an external scheduler");
    }
    if (name.equals("sp_send_dbmail")) {
      return cx.unsupportedStmt(
          p,
          MssItems.AGENT,
          "Database Mail (sp_send_dbmail) has no PostgreSQL equivalent: send mail from the"
              + " application, or queue it in a table a mail job reads");
    }
    if (name.startsWith("xp_")) {
      return cx.unsupportedStmt(
          p,
          MssItems.EXTENDED_PROCEDURE,
          "the extended procedure "
              + o.name()
              + " has no PostgreSQL equivalent (xp_cmdshell: COPY ... TO PROGRAM or a job outside"
              + " the database)");
    }
    if (msdb || name.startsWith("sp_")) {
      return cx.unsupportedStmt(
          p,
          MssItems.SYSTEM_OBJECT,
          "the system procedure " + o.describe() + " has no PostgreSQL equivalent");
    }
    return null;
  }
}
