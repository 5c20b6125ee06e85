package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.ObjectName;
import io.godwit.dialect.sqlserver.script.TsqlNames;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/** T-SQL names as IR names: brackets removed, case-insensitive as SQL Server's usual collations. */
final class MssNames {

  /** The schema of objects a script does not qualify. */
  static final String DEFAULT_SCHEMA = "dbo";

  private MssNames() {}

  static Ident ident(String name) {
    return Ident.of(name);
  }

  static Ident ident(ParserRuleContext identifier) {
    return identifier == null ? null : Ident.of(TsqlNames.name(identifier));
  }

  static List<Ident> idents(List<? extends ParserRuleContext> identifiers) {
    List<Ident> out = new ArrayList<>();
    for (ParserRuleContext i : identifiers) {
      out.add(ident(i));
    }
    return out;
  }

  /**
   * An object's name with its schema (the default schema when not written); database and server
   * parts are left out (the schema template decides the target schema).
   */
  static QName qname(TSqlParser.QualifiedNameContext name, String defaultSchema) {
    return object(TsqlNames.objectName(name), defaultSchema);
  }

  static QName object(ObjectName o, String defaultSchema) {
    String schema = o.schema() != null ? o.schema() : defaultSchema;
    if (isTemp(o.name()) || schema == null) {
      return QName.of(ident(tempName(o.name())));
    }
    return QName.of(ident(schema), ident(o.name()));
  }

  /** A name as written, every part kept (column references, aliases). */
  static QName written(TSqlParser.QualifiedNameContext name) {
    List<Ident> parts = new ArrayList<>();
    for (TSqlParser.IdentifierContext i : name.identifier()) {
      parts.add(ident(tempName(TsqlNames.name(i))));
    }
    return new QName(parts);
  }

  static boolean isTemp(String name) {
    return name.startsWith("#");
  }

  /** {@code #t} as the target names a temporary table: {@code t}; {@code ##t}: {@code t}. */
  static String tempName(String name) {
    int i = 0;
    while (i < name.length() - 1 && name.charAt(i) == '#') {
      i++;
    }
    return name.substring(i);
  }

  /** A variable's name without its @: {@code @total} is {@code total}. */
  static Ident variable(String written) {
    return Ident.of(written.startsWith("@") ? written.substring(1) : written);
  }
}
