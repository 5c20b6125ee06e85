package io.godwit.dialect.mysql;

import io.godwit.dialect.Row;
import io.godwit.model.DataType;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/** MySQL's catalog types as model types. */
final class MySqlTypes {

  private static final Set<String> LENGTH_TYPES = Set.of("char", "varchar", "binary", "varbinary");
  private static final Set<String> EXACT_NUMERIC = Set.of("decimal", "numeric");
  private static final Set<String> TIME_TYPES = Set.of("datetime", "timestamp", "time");

  private MySqlTypes() {}

  /**
   * The model type for a column or parameter row holding {@code character_maximum_length}, {@code
   * numeric_precision}, {@code numeric_scale} and {@code datetime_precision}.
   *
   * @param dataType {@code data_type} in lower case
   * @param columnType {@code column_type} or {@code dtd_identifier}: the full declaration
   */
  static DataType fromCatalog(String dataType, String columnType, Row r) throws SQLException {
    String declared = columnType == null ? dataType : columnType;
    boolean unsigned = declared.toLowerCase(Locale.ROOT).contains("unsigned");
    String name = unsigned ? dataType + " unsigned" : dataType;
    Long length = null;
    Integer precision = null;
    Integer scale = null;
    if (LENGTH_TYPES.contains(dataType)) {
      length = r.longValue("character_maximum_length");
    } else if (dataType.equals("bit")) {
      Integer bits = r.integer("numeric_precision");
      length = bits == null ? null : bits.longValue();
    } else if (EXACT_NUMERIC.contains(dataType)) {
      precision = r.integer("numeric_precision");
      scale = r.integer("numeric_scale");
    } else if (TIME_TYPES.contains(dataType)) {
      precision = r.integer("datetime_precision");
    }
    return new DataType(name, length, precision, scale, null, declared);
  }
}
