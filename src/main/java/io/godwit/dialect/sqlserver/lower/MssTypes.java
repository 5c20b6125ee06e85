package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.TsqlNames;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.model.DataType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** T-SQL data types of a parse tree, mapped to neutral types through the type rules. */
final class MssTypes {

  private final MssContext cx;

  MssTypes(MssContext cx) {
    this.cx = cx;
  }

  /** The source type as the catalog model spells it. */
  static DataType model(TSqlParser.DataTypeContext t, String declared) {
    String name;
    TSqlParser.TypeArgumentsContext args = null;
    if (t instanceof TSqlParser.NamedTypeContext n) {
      name = TsqlNames.objectName(n.qualifiedName()).name();
      args = n.typeArguments();
      if (n.VARYING() != null) {
        name = name + " varying";
      }
    } else if (t instanceof TSqlParser.NationalTypeContext n) {
      String base = TsqlNames.name(n.identifier()).toLowerCase(Locale.ROOT);
      name = n.VARYING() != null || base.equals("varchar") ? "nvarchar" : "nchar";
      args = n.typeArguments();
    } else {
      name = "float";
    }
    name = name.toLowerCase(Locale.ROOT);
    name =
        switch (name) {
          case "integer" -> "int";
          case "character", "char varying", "character varying" ->
              name.startsWith("char v") || name.startsWith("character v") ? "varchar" : "char";
          case "dec" -> "decimal";
          case "double precision" -> "float";
          default -> name;
        };
    Long length = null;
    Integer precision = null;
    Integer scale = null;
    if (args != null) {
      List<TSqlParser.TypeArgumentContext> a = args.typeArgument();
      Long first = number(a.get(0));
      boolean lengthType = lengthType(name);
      if (lengthType) {
        length = first;
      } else {
        precision = first == null ? null : first.intValue();
        if (a.size() > 1) {
          Long s = number(a.get(1));
          scale = s == null ? null : s.intValue();
        }
      }
    }
    return new DataType(name, length, precision, scale, null, declared);
  }

  private static boolean lengthType(String name) {
    return switch (name) {
      case "char", "varchar", "nchar", "nvarchar", "binary", "varbinary" -> true;
      default -> false;
    };
  }

  /** An INTEGER argument, -1 for MAX, null otherwise. */
  private static Long number(TSqlParser.TypeArgumentContext a) {
    if (a.INTEGER() != null) {
      return Long.parseLong(a.INTEGER().getText());
    }
    if (a.identifier() != null
        && TsqlNames.name(a.identifier()).toUpperCase(Locale.ROOT).equals("MAX")) {
      return -1L;
    }
    return null;
  }

  /**
   * The neutral type; a type no rule names is a user type (alias type or table type) kept by name;
   * a type without equivalent gets an item with the usual replacement.
   */
  SqlType map(TSqlParser.DataTypeContext t, boolean inKey) {
    String declared = cx.text(t);
    DataType source = model(t, declared);
    Optional<SqlType> mapped = cx.types.map(source, inKey);
    if (mapped.isEmpty()) {
      if (t instanceof TSqlParser.NamedTypeContext n) {
        return SqlType.named(TypeKind.NAMED, MssNames.qname(n.qualifiedName(), cx.defaultSchema))
            .withSource(declared);
      }
      return SqlType.of(TypeKind.UNSUPPORTED).withSource(declared);
    }
    SqlType type = mapped.get().withSource(declared);
    if (type.kind() == TypeKind.UNSUPPORTED) {
      cx.item(MssItems.TYPE, cx.mysql ? mysqlAdvice(source.name()) : advice(source.name()), t);
    }
    return type;
  }

  /** A type by its catalog model (catalog tables). */
  SqlType map(DataType source, boolean inKey) {
    return cx.types
        .map(source, inKey)
        .orElseGet(() -> SqlType.named(TypeKind.NAMED, QName.of(source.name())))
        .withSource(source.declared());
  }

  /** What to use on MySQL instead of a type without equivalent. */
  static String mysqlAdvice(String type) {
    return switch (type) {
      case "rowversion", "timestamp" ->
          "rowversion has no equivalent: use a BIGINT that a trigger increments on every update,"
              + " or a TIMESTAMP(6) column with ON UPDATE CURRENT_TIMESTAMP(6)";
      case "sql_variant" -> "sql_variant has no equivalent: use LONGTEXT or JSON";
      case "hierarchyid" ->
          "hierarchyid has no equivalent: store the path as VARCHAR and compare with LIKE";
      case "geography", "geometry" ->
          type + " has no direct equivalent: use MySQL's spatial types (GEOMETRY with an SRID)";
      default -> type + " has no equivalent on the target";
    };
  }

  static String advice(String type) {
    return switch (type) {
      case "rowversion", "timestamp" ->
          "rowversion has no equivalent: use the system column xmin,"
              + " or a bigint that a trigger increments on every update";
      case "sql_variant" -> "sql_variant has no equivalent: use text or jsonb";
      case "hierarchyid" -> "hierarchyid has no equivalent: use the ltree extension";
      case "geography", "geometry" -> type + " needs the PostGIS extension";
      default -> type + " has no equivalent on the target";
    };
  }
}
