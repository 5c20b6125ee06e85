package io.godwit.dialect.postgres;

import io.godwit.convert.TargetNaming;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import java.util.Set;

/** PostgreSQL identifiers: folding through the naming rules, then quoting where needed. */
final class PgNames {

  /**
   * Words that cannot be used as plain names: PostgreSQL's reserved keywords, those reserved for
   * function and type names, those that cannot be function or type names, and the words PL/pgSQL
   * reserves. Quoting a word that did not need it is harmless; missing one is not.
   */
  static final Set<String> KEYWORDS =
      Set.of(
          "all",
          "analyse",
          "analyze",
          "and",
          "any",
          "array",
          "as",
          "asc",
          "asymmetric",
          "authorization",
          "between",
          "bigint",
          "binary",
          "bit",
          "boolean",
          "both",
          "by",
          "case",
          "cast",
          "char",
          "character",
          "check",
          "coalesce",
          "collate",
          "collation",
          "column",
          "concurrently",
          "constraint",
          "create",
          "cross",
          "current_catalog",
          "current_date",
          "current_role",
          "current_schema",
          "current_time",
          "current_timestamp",
          "current_user",
          "dec",
          "decimal",
          "declare",
          "default",
          "deferrable",
          "desc",
          "distinct",
          "do",
          "else",
          "elsif",
          "end",
          "except",
          "execute",
          "exists",
          "extract",
          "false",
          "fetch",
          "float",
          "for",
          "foreach",
          "foreign",
          "freeze",
          "from",
          "full",
          "grant",
          "greatest",
          "group",
          "grouping",
          "having",
          "if",
          "ilike",
          "in",
          "initially",
          "inner",
          "inout",
          "int",
          "integer",
          "intersect",
          "interval",
          "into",
          "is",
          "isnull",
          "join",
          "json",
          "lateral",
          "leading",
          "least",
          "left",
          "like",
          "limit",
          "localtime",
          "localtimestamp",
          "loop",
          "national",
          "natural",
          "nchar",
          "none",
          "normalize",
          "not",
          "notnull",
          "null",
          "nullif",
          "numeric",
          "offset",
          "on",
          "only",
          "or",
          "order",
          "out",
          "outer",
          "overlaps",
          "overlay",
          "placing",
          "position",
          "precision",
          "primary",
          "real",
          "references",
          "returning",
          "right",
          "row",
          "select",
          "session_user",
          "setof",
          "similar",
          "smallint",
          "some",
          "strict",
          "substring",
          "symmetric",
          "system_user",
          "table",
          "tablesample",
          "then",
          "time",
          "timestamp",
          "to",
          "trailing",
          "treat",
          "trim",
          "true",
          "union",
          "unique",
          "user",
          "using",
          "values",
          "varchar",
          "variadic",
          "verbose",
          "when",
          "where",
          "while",
          "window",
          "with",
          "xmlattributes",
          "xmlconcat",
          "xmlelement",
          "xmlexists",
          "xmlforest",
          "xmlnamespaces",
          "xmlparse",
          "xmlpi",
          "xmlroot",
          "xmlserialize",
          "xmltable",
          "begin",
          "begin_",
          "exit",
          "raise",
          "return",
          "found");

  private final TargetNaming naming;

  PgNames(TargetNaming naming) {
    this.naming = naming;
  }

  TargetNaming naming() {
    return naming;
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
    return needsQuotes(name) ? "\"" + name.replace("\"", "\"\"") + "\"" : name;
  }

  static boolean needsQuotes(String name) {
    if (name.isEmpty() || KEYWORDS.contains(name)) {
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
    return false;
  }

  /** A string literal, standard-conforming (backslashes are plain characters). */
  static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
