package io.godwit.dialect.mysql;

import io.godwit.convert.TargetNaming;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import java.util.Set;

/**
 * MySQL identifiers: folding through the naming rules, then backquoting where needed. A name is
 * written bare only when it is a plain lower-case word that is not a keyword of MySQL 8.0 or
 * MariaDB; quoting a name that did not need it is harmless, missing one is not.
 */
final class MyNames {

  /**
   * MySQL 8.0's and MariaDB's reserved words, and the words stored programs give a meaning (BEGIN,
   * END, OPEN, HANDLER, ...).
   */
  static final Set<String> KEYWORDS =
      Set.of(
          "accessible",
          "add",
          "all",
          "alter",
          "analyze",
          "and",
          "as",
          "asc",
          "asensitive",
          "before",
          "begin",
          "between",
          "bigint",
          "binary",
          "blob",
          "both",
          "by",
          "call",
          "cascade",
          "case",
          "change",
          "char",
          "character",
          "check",
          "close",
          "collate",
          "column",
          "commit",
          "condition",
          "constraint",
          "continue",
          "convert",
          "create",
          "cross",
          "cube",
          "cume_dist",
          "current_date",
          "current_role",
          "current_time",
          "current_timestamp",
          "current_user",
          "cursor",
          "database",
          "databases",
          "day_hour",
          "day_microsecond",
          "day_minute",
          "day_second",
          "deallocate",
          "dec",
          "decimal",
          "declare",
          "default",
          "delayed",
          "delete",
          "dense_rank",
          "desc",
          "describe",
          "deterministic",
          "distinct",
          "distinctrow",
          "div",
          "do",
          "do_domain_ids",
          "double",
          "drop",
          "dual",
          "each",
          "else",
          "elseif",
          "empty",
          "enclosed",
          "end",
          "escaped",
          "except",
          "execute",
          "exists",
          "exit",
          "explain",
          "false",
          "fetch",
          "first_value",
          "float",
          "float4",
          "float8",
          "for",
          "force",
          "foreign",
          "found",
          "from",
          "fulltext",
          "function",
          "general",
          "generated",
          "get",
          "grant",
          "group",
          "grouping",
          "groups",
          "handler",
          "having",
          "high_priority",
          "hour_microsecond",
          "hour_minute",
          "hour_second",
          "if",
          "ignore",
          "ignore_domain_ids",
          "ignore_server_ids",
          "in",
          "index",
          "infile",
          "inner",
          "inout",
          "insensitive",
          "insert",
          "int",
          "int1",
          "int2",
          "int3",
          "int4",
          "int8",
          "integer",
          "intersect",
          "interval",
          "into",
          "io_after_gtids",
          "io_before_gtids",
          "is",
          "iterate",
          "join",
          "json_table",
          "key",
          "keys",
          "kill",
          "lag",
          "last_value",
          "lateral",
          "lead",
          "leading",
          "leave",
          "left",
          "like",
          "limit",
          "linear",
          "lines",
          "load",
          "localtime",
          "localtimestamp",
          "lock",
          "long",
          "longblob",
          "longtext",
          "loop",
          "low_priority",
          "manual",
          "master_bind",
          "master_heartbeat_period",
          "master_ssl_verify_server_cert",
          "match",
          "maxvalue",
          "mediumblob",
          "mediumint",
          "mediumtext",
          "middleint",
          "minute_microsecond",
          "minute_second",
          "mod",
          "modifies",
          "natural",
          "no_write_to_binlog",
          "not",
          "nth_value",
          "ntile",
          "null",
          "numeric",
          "of",
          "offset",
          "on",
          "open",
          "optimize",
          "optimizer_costs",
          "option",
          "optionally",
          "or",
          "order",
          "out",
          "outer",
          "outfile",
          "over",
          "page_checksum",
          "parallel",
          "parse_vcol_expr",
          "partition",
          "percent_rank",
          "position",
          "precision",
          "prepare",
          "primary",
          "procedure",
          "purge",
          "qualify",
          "range",
          "rank",
          "read",
          "read_write",
          "reads",
          "real",
          "recursive",
          "ref_system_id",
          "references",
          "regexp",
          "release",
          "rename",
          "repeat",
          "replace",
          "require",
          "resignal",
          "restrict",
          "return",
          "returning",
          "revoke",
          "right",
          "rlike",
          "rollback",
          "row",
          "row_number",
          "rownum",
          "rows",
          "savepoint",
          "schema",
          "schemas",
          "second_microsecond",
          "select",
          "sensitive",
          "separator",
          "set",
          "show",
          "signal",
          "slow",
          "smallint",
          "spatial",
          "specific",
          "sql",
          "sql_big_result",
          "sql_calc_found_rows",
          "sql_small_result",
          "sqlexception",
          "sqlstate",
          "sqlwarning",
          "ssl",
          "starting",
          "stats_auto_recalc",
          "stats_persistent",
          "stats_sample_pages",
          "stored",
          "straight_join",
          "sysdate",
          "system",
          "table",
          "terminated",
          "then",
          "tinyblob",
          "tinyint",
          "tinytext",
          "to",
          "trailing",
          "trigger",
          "true",
          "undo",
          "union",
          "unique",
          "unlock",
          "unsigned",
          "until",
          "update",
          "usage",
          "use",
          "using",
          "utc_date",
          "utc_time",
          "utc_timestamp",
          "values",
          "varbinary",
          "varchar",
          "varcharacter",
          "varying",
          "vector",
          "virtual",
          "when",
          "where",
          "while",
          "window",
          "with",
          "write",
          "xor",
          "year_month",
          "zerofill");

  private final TargetNaming naming;

  MyNames(TargetNaming naming) {
    this.naming = naming;
  }

  TargetNaming naming() {
    return naming;
  }

  /** The target spelling of {@code id}, unquoted. */
  String text(Ident id) {
    return naming.name(id);
  }

  /** The target spelling of {@code id}, quoted if needed. */
  String ident(Ident id) {
    return quote(naming.name(id));
  }

  /** Each part of {@code name}, folded and quoted, joined with dots. */
  String qualified(QName name) {
    StringBuilder s = new StringBuilder();
    for (Ident part : name.parts()) {
      if (s.length() > 0) {
        s.append('.');
      }
      s.append(ident(part));
    }
    return s.toString();
  }

  /** {@code name} quoted unless it is a plain lower-case word that is not a keyword. */
  static String quote(String name) {
    return needsQuotes(name) ? MySqlNames.quote(name) : name;
  }

  static boolean needsQuotes(String name) {
    if (name.isEmpty() || KEYWORDS.contains(name) || name.contains("$$")) {
      return true;
    }
    char first = name.charAt(0);
    if (!(first >= 'a' && first <= 'z') && first != '_') {
      return true;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
      if (!plain) {
        return true;
      }
    }
    return name.charAt(name.length() - 1) == '$';
  }

  /** A user variable: {@code @`name`}, always quoted so no name needs checking. */
  static String userVariable(String name) {
    return "@" + MySqlNames.quote(name);
  }
}
