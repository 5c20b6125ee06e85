package io.godwit.dialect.oracle.lower;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.model.CatalogIndex;
import io.godwit.model.Column;
import io.godwit.model.DataType;
import io.godwit.model.LengthUnit;
import io.godwit.model.Table;
import io.godwit.model.UserType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Oracle data types: parse tree to model type, and model type to neutral type. */
final class OraTypes {

  /** Oracle's predefined type names, which the model spells in lower case as the catalog does. */
  private static final Set<String> BUILTIN_NAMES =
      Set.of(
          "NUMBER",
          "VARCHAR2",
          "NVARCHAR2",
          "VARCHAR",
          "CHAR",
          "NCHAR",
          "CHARACTER",
          "STRING",
          "CLOB",
          "NCLOB",
          "BLOB",
          "BFILE",
          "LONG",
          "RAW",
          "ROWID",
          "UROWID",
          "DATE",
          "BINARY_FLOAT",
          "BINARY_DOUBLE",
          "FLOAT",
          "REAL",
          "INTEGER",
          "INT",
          "SMALLINT",
          "DECIMAL",
          "DEC",
          "NUMERIC",
          "PLS_INTEGER",
          "BINARY_INTEGER",
          "SIMPLE_INTEGER",
          "NATURAL",
          "NATURALN",
          "POSITIVE",
          "POSITIVEN",
          "SIGNTYPE",
          "BOOLEAN",
          "XMLTYPE",
          "JSON",
          "SYS_REFCURSOR",
          "MLSLABEL");

  private static final Set<String> LENGTH_TYPES =
      Set.of(
          "VARCHAR2",
          "VARCHAR",
          "NVARCHAR2",
          "CHAR",
          "NCHAR",
          "RAW",
          "UROWID",
          "STRING",
          "CHARACTER");

  private final OraContext cx;

  OraTypes(OraContext cx) {
    this.cx = cx;
  }

  /** The model type a datatype node declares, or null for anchored and REF types. */
  static DataType model(PlSqlParser.DatatypeContext t, String declared) {
    if (t instanceof PlSqlParser.IntervalYearToMonthTypeContext) {
      return new DataType("interval year to month", null, null, null, null, declared);
    }
    if (t instanceof PlSqlParser.IntervalDayToSecondTypeContext d) {
      Integer s = d.numeric_value().size() > 1 ? number(d.numeric_value(1).getText()) : null;
      return new DataType("interval day to second", null, s, null, null, declared);
    }
    if (t instanceof PlSqlParser.TimestampTypeContext ts) {
      String name =
          ts.TIME() == null
              ? "timestamp"
              : ts.LOCAL() != null ? "timestamp with local time zone" : "timestamp with time zone";
      Integer p = ts.numeric_value() == null ? null : number(ts.numeric_value().getText());
      return new DataType(name, null, p, null, null, declared);
    }
    if (t instanceof PlSqlParser.DoublePrecisionTypeContext) {
      return new DataType("double precision", null, null, null, null, declared);
    }
    if (t instanceof PlSqlParser.LongRawTypeContext) {
      return new DataType("long raw", null, null, null, null, declared);
    }
    if (t instanceof PlSqlParser.VaryingCharacterTypeContext v) {
      Size s = size(v.type_size());
      return new DataType(
          v.NATIONAL() != null ? "nvarchar2" : "varchar2", s.value, null, null, s.unit, declared);
    }
    if (t instanceof PlSqlParser.NationalCharacterTypeContext n) {
      Size s = n.type_size() == null ? new Size(null, null) : size(n.type_size());
      return new DataType("nchar", s.value, null, null, s.unit, declared);
    }
    if (t instanceof PlSqlParser.NamedTypeContext n) {
      String upper = typeName(n.type_name());
      boolean builtin =
          n.type_name().builtin_type_keyword() != null || BUILTIN_NAMES.contains(upper);
      String name = builtin ? upper.toLowerCase(Locale.ROOT) : upper;
      List<PlSqlParser.Type_sizeContext> sizes = n.type_size();
      if (sizes.isEmpty()) {
        return new DataType(name, null, null, null, null, declared);
      }
      Size first = size(sizes.get(0));
      if (LENGTH_TYPES.contains(upper)) {
        return new DataType(name, first.value, null, null, first.unit, declared);
      }
      Integer p = first.value == null ? null : first.value.intValue();
      Integer s =
          sizes.size() > 1
              ? size(sizes.get(1)).intValue()
              : upper.equals("NUMBER") || upper.equals("DECIMAL") || upper.equals("NUMERIC")
                  ? Integer.valueOf(0)
                  : null;
      return new DataType(name, null, p, s, null, declared);
    }
    return null;
  }

  private record Size(Long value, LengthUnit unit) {
    Integer intValue() {
      return value == null ? null : value.intValue();
    }
  }

  private static Size size(PlSqlParser.Type_sizeContext s) {
    Long value =
        s.STAR() != null
            ? null
            : Long.valueOf(
                parseLong(s.numeric_value().getText()) * (s.MINUS_SIGN() != null ? -1 : 1));
    LengthUnit unit =
        s.BYTE() != null ? LengthUnit.BYTE : s.CHAR() != null ? LengthUnit.CHAR : null;
    return new Size(value, unit);
  }

  private static long parseLong(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Integer number(String text) {
    return (int) parseLong(text);
  }

  static String typeName(PlSqlParser.Type_nameContext n) {
    if (n.builtin_type_keyword() != null) {
      return n.builtin_type_keyword().getText().toUpperCase(Locale.ROOT);
    }
    StringBuilder s = new StringBuilder();
    for (PlSqlParser.IdentifierContext id : n.identifier()) {
      if (s.length() > 0) {
        s.append('.');
      }
      s.append(
          OraNames.upper(id).equals(OraNames.ident(id).text().toUpperCase(Locale.ROOT))
                  && !OraNames.ident(id).caseSensitive()
              ? OraNames.ident(id).text().toUpperCase(Locale.ROOT)
              : OraNames.ident(id).text());
    }
    return s.toString();
  }

  /** The neutral type of a datatype node in PL/SQL or DDL. */
  SqlType lower(PlSqlParser.DatatypeContext t, boolean inKey) {
    String declared = cx.text(t);
    if (t instanceof PlSqlParser.AnchoredTypeContext a) {
      return anchored(a);
    }
    if (t instanceof PlSqlParser.RefTypeContext) {
      cx.note(t, OraItems.OBJECT_TYPE, "REF object types have no equivalent");
      return SqlType.of(TypeKind.UNSUPPORTED).withSource(declared);
    }
    DataType model = model(t, declared);
    return fromModel(model, inKey, t);
  }

  /** The neutral type of a model type (from DDL or the catalog). */
  SqlType fromModel(DataType model, boolean inKey, PlSqlParser.DatatypeContext node) {
    if (model.declared() != null && model.declared().indexOf('&') >= 0) {
      // A size given by a SQL*Plus substitution variable is not known until the script runs.
      if (node != null) {
        cx.note(
            node,
            OraItems.SUBSTITUTION_VARIABLE,
            "the size of " + model.declared() + " is a substitution variable: write the value");
      }
      return SqlType.of(TypeKind.UNSUPPORTED).withSource(model.declared());
    }
    Optional<SqlType> mapped = cx.types.map(model, inKey && cx.options.keysAsBigint());
    if (mapped.isPresent()) {
      return mapped.get();
    }
    // A user type: declared in PL/SQL, or a schema type from the catalog.
    String name = model.name();
    Scope.Symbol declared = cx.scope.lookup(lastPart(name));
    if (declared != null && declared.kind() == Scope.Kind.TYPE && name.indexOf('.') < 0) {
      return declared.type();
    }
    SqlType collection = catalogCollection(lastPart(name));
    if (collection != null) {
      return collection;
    }
    QName qualified = qualify(name);
    return SqlType.named(TypeKind.NAMED, qualified).withSource(model.declared());
  }

  /**
   * A schema-level TABLE OF or VARRAY type of this name as the array of its element type, so that
   * variables of it are collections (COUNT, EXTEND, subscripts); null when there is none.
   */
  SqlType catalogCollection(String name) {
    for (CatalogIndex.InSchema<UserType> found : cx.catalog.types(name)) {
      UserType t = found.object();
      boolean collection =
          t.typeKind() == io.godwit.model.TypeKind.NESTED_TABLE
              || t.typeKind() == io.godwit.model.TypeKind.VARRAY;
      if (collection && t.baseType() != null) {
        SqlType element = fromModel(t.baseType(), false, null);
        return element.kind() == TypeKind.UNSUPPORTED ? null : SqlType.arrayOf(element);
      }
    }
    return null;
  }

  /**
   * Whether the schema function {@code name} of the catalog returns a schema-level TABLE OF or
   * VARRAY of a scalar type: its rows are then one column, COLUMN_VALUE.
   */
  boolean returnsScalarCollection(String name) {
    for (CatalogIndex.InSchema<io.godwit.model.Routine> found : cx.catalog.routines(name)) {
      io.godwit.model.Routine r = found.object();
      if (r.returnType() != null) {
        SqlType c = catalogCollection(lastPart(r.returnType().name()));
        return c != null
            && c.element() != null
            && c.element().kind() != TypeKind.NAMED
            && c.element().kind() != TypeKind.ARRAY;
      }
    }
    return false;
  }

  /** A schema-level object type of this name as its composite type; null when there is none. */
  SqlType catalogObject(String name) {
    for (CatalogIndex.InSchema<UserType> found : cx.catalog.types(name)) {
      if (found.object().typeKind() == io.godwit.model.TypeKind.OBJECT) {
        return SqlType.named(TypeKind.NAMED, qualify(name));
      }
    }
    return null;
  }

  private static String lastPart(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(dot + 1);
  }

  /** A user type name, qualified with its package's target schema when it is a package type. */
  private QName qualify(String name) {
    String[] parts = splitDots(name);
    if (parts.length == 1) {
      return QName.of(OraNames.ident(parts[0]));
    }
    Ident first = OraNames.ident(parts[0]);
    Ident second = OraNames.ident(parts[1]);
    if (parts.length == 2 && isPackage(first.text())) {
      return OraUnits.packageMember(cx, null, first, second);
    }
    return parts.length == 2
        ? QName.of(first, second)
        : QName.of(first, second, OraNames.ident(parts[2]));
  }

  private static String[] splitDots(String name) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) == '.') {
        out.add(name.substring(start, i));
        start = i + 1;
      }
    }
    out.add(name.substring(start));
    return out.toArray(new String[0]);
  }

  boolean isPackage(String name) {
    return cx.catalog.hasPackage(name);
  }

  /**
   * {@code x%TYPE} and {@code t%ROWTYPE}: resolved to a concrete type when the catalog knows it.
   */
  private SqlType anchored(PlSqlParser.AnchoredTypeContext a) {
    List<PlSqlParser.IdentifierContext> ids = a.type_name().identifier();
    QName name = OraNames.qualified(ids);
    boolean row = a.ROWTYPE() != null;
    if (!row) {
      if (name.size() == 1) {
        Scope.Symbol v = cx.scope.lookup(name.last().text());
        if (v != null && v.type() != null && v.kind() != Scope.Kind.TYPE) {
          return v.type();
        }
      } else {
        Column c = column(name);
        if (c != null) {
          return fromModel(c.type(), false, null);
        }
      }
      return SqlType.named(TypeKind.TYPE_OF, name).withSource(cx.text(a));
    }
    if (name.size() == 1) {
      Scope.Symbol cursor = cx.scope.lookup(name.last().text());
      if (cursor != null
          && (cursor.kind() == Scope.Kind.CURSOR || cursor.kind() == Scope.Kind.CURSOR_VARIABLE)) {
        return SqlType.of(TypeKind.RECORD).withSource(cx.text(a));
      }
    }
    return SqlType.named(TypeKind.ROW_TYPE_OF, name).withSource(cx.text(a));
  }

  /** The catalog column {@code [schema.]table.column}, or null. */
  Column column(QName name) {
    if (name.size() < 2) {
      return null;
    }
    String column = name.last().text();
    String table = name.parts().get(name.size() - 2).text();
    String schema = name.size() > 2 ? name.parts().get(name.size() - 3).text() : null;
    Table t = table(schema, table);
    return t == null
        ? null
        : t.columns().stream()
            .filter(c -> c.name().equalsIgnoreCase(column))
            .findFirst()
            .orElse(null);
  }

  /** The catalog table, in {@code schema} or (when null) the default schema or any. */
  Table table(String schema, String table) {
    String in = schema != null ? schema : cx.defaultSchema == null ? null : cx.defaultSchema.text();
    return cx.catalog.table(in, table);
  }

  /** Whether a catalog user type of this name exists. */
  boolean isUserType(String name) {
    return !cx.catalog.types(name).isEmpty();
  }
}
