package io.godwit.dialect.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.model.DataType;
import org.junit.jupiter.api.Test;

class SqlServerTypesTest {

  private static DataType system(String name, int maxLength, int precision, int scale) {
    return SqlServerTypes.decode(name, "sys", false, name, maxLength, precision, scale);
  }

  @Test
  void lengthsAreBytesExceptForNationalTypesAndMinusOneIsMax() {
    assertThat(system("varchar", 40, 0, 0))
        .isEqualTo(new DataType("varchar", 40L, null, null, null, "varchar(40)"));
    assertThat(system("varchar", -1, 0, 0))
        .isEqualTo(new DataType("varchar", -1L, null, null, null, "varchar(max)"));
    assertThat(system("nvarchar", 80, 0, 0))
        .isEqualTo(new DataType("nvarchar", 40L, null, null, null, "nvarchar(40)"));
    assertThat(system("nvarchar", -1, 0, 0))
        .isEqualTo(new DataType("nvarchar", -1L, null, null, null, "nvarchar(max)"));
    assertThat(system("nchar", 10, 0, 0).length()).isEqualTo(5L);
    assertThat(system("varbinary", -1, 0, 0).declared()).isEqualTo("varbinary(max)");
    assertThat(system("binary", 16, 0, 0).length()).isEqualTo(16L);
  }

  @Test
  void numericAndTimeTypes() {
    assertThat(system("decimal", 9, 12, 2))
        .isEqualTo(new DataType("decimal", null, 12, 2, null, "decimal(12,2)"));
    // sys.columns keeps the fractional-second digits of datetime2, time, datetimeoffset in scale.
    assertThat(system("datetime2", 8, 27, 7))
        .isEqualTo(new DataType("datetime2", null, 7, null, null, "datetime2(7)"));
    assertThat(system("time", 5, 16, 3).precision()).isEqualTo(3);
    assertThat(system("datetimeoffset", 10, 34, 7).declared()).isEqualTo("datetimeoffset(7)");
    assertThat(system("float", 8, 53, 0))
        .isEqualTo(new DataType("float", null, 53, null, null, "float(53)"));
    assertThat(system("int", 4, 10, 0)).isEqualTo(DataType.of("int"));
    assertThat(system("datetime", 8, 23, 3)).isEqualTo(DataType.of("datetime"));
    assertThat(system("uniqueidentifier", 16, 0, 0)).isEqualTo(DataType.of("uniqueidentifier"));
  }

  @Test
  void aliasAndSystemAliasTypes() {
    assertThat(SqlServerTypes.decode("Phone Number", "Sales", true, "varchar", 20, 0, 0))
        .isEqualTo(
            new DataType(
                "[Sales].[Phone Number]", 20L, null, null, null, "[Sales].[Phone Number]"));
    assertThat(SqlServerTypes.decode("Money]Type", "dbo", true, "decimal", 9, 19, 4))
        .isEqualTo(new DataType("[dbo].[Money]]Type]", null, 19, 4, null, "[dbo].[Money]]Type]"));
    // sysname is a system type over nvarchar(128).
    assertThat(SqlServerTypes.decode("sysname", "sys", false, "nvarchar", 256, 0, 0))
        .isEqualTo(new DataType("nvarchar", 128L, null, null, null, "sysname"));
    // CLR types have no base row.
    assertThat(SqlServerTypes.decode("geography", "sys", false, null, -1, 0, 0))
        .isEqualTo(DataType.of("geography"));
    assertThat(SqlServerTypes.decode("OrderLines", "Sales", true, null, -1, 0, 0).name())
        .isEqualTo("[Sales].[OrderLines]");
  }
}
