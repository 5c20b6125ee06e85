package io.godwit.dialect;

import io.godwit.load.LobValue;
import io.godwit.load.ValueKind;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Binds canonical load values to statement parameters with the JDBC type their kind calls for. */
public final class JdbcValues {

  private JdbcValues() {}

  /** Binds every value of {@code binds} from parameter 1 on. */
  public static void bindAll(PreparedStatement ps, List<ConditionSql.Bind> binds)
      throws SQLException {
    for (int i = 0; i < binds.size(); i++) {
      bind(ps, i + 1, binds.get(i).value(), binds.get(i).kind());
    }
  }

  /** Binds one value of the given kind ({@code null} binds SQL NULL). */
  public static void bind(PreparedStatement ps, int index, Object value, ValueKind kind)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, sqlType(kind));
      return;
    }
    if (value instanceof LobValue lob) {
      if (lob.kind() == ValueKind.BINARY) {
        ps.setBinaryStream(index, lob.open(), lob.length());
      } else {
        ps.setCharacterStream(index, new InputStreamReader(lob.open(), StandardCharsets.UTF_8));
      }
      return;
    }
    switch (kind) {
      case BOOLEAN -> ps.setBoolean(index, (Boolean) value);
      case INTEGER -> ps.setLong(index, (Long) value);
      case DECIMAL -> {
        if (value instanceof BigDecimal d) {
          ps.setBigDecimal(index, d);
        } else {
          ps.setString(index, value.toString());
        }
      }
      case FLOAT32 -> ps.setFloat(index, (Float) value);
      case FLOAT64 -> ps.setDouble(index, (Double) value);
      case BINARY -> ps.setBytes(index, (byte[]) value);
      case TEXT, JSON -> ps.setString(index, (String) value);
      default -> ps.setObject(index, value);
    }
  }

  /** The JDBC type for NULLs of a kind. */
  public static int sqlType(ValueKind kind) {
    return switch (kind) {
      case BOOLEAN -> Types.BOOLEAN;
      case INTEGER -> Types.BIGINT;
      case DECIMAL -> Types.NUMERIC;
      case FLOAT32 -> Types.REAL;
      case FLOAT64 -> Types.DOUBLE;
      case BINARY -> Types.VARBINARY;
      case DATE -> Types.DATE;
      case TIME -> Types.TIME;
      case TIME_TZ -> Types.TIME_WITH_TIMEZONE;
      case TIMESTAMP -> Types.TIMESTAMP;
      case TIMESTAMP_TZ -> Types.TIMESTAMP_WITH_TIMEZONE;
      default -> Types.VARCHAR;
    };
  }
}
