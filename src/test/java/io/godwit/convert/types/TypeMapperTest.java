package io.godwit.convert.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.model.DataType;
import io.godwit.model.LengthUnit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeMapperTest {

  static final List<TypeRule> ORACLE =
      TypeRules.resource(TypeMapperTest.class, "/io/godwit/dialect/oracle/types.json");
  static final List<TypeRule> SQLSERVER =
      TypeRules.resource(TypeMapperTest.class, "/io/godwit/dialect/sqlserver/types.json");

  static SqlType oracle(String name, Integer p, Integer s) {
    return new TypeMapper(List.of(), ORACLE)
        .map(new DataType(name, null, p, s, null, null), false)
        .orElseThrow();
  }

  @Test
  void oracleNumbersFollowTheIssuesTable() {
    assertThat(oracle("NUMBER", 4, 0).kind()).isEqualTo(TypeKind.SMALLINT);
    assertThat(oracle("NUMBER", 9, 0).kind()).isEqualTo(TypeKind.INTEGER);
    assertThat(oracle("NUMBER", 5, null).kind()).isEqualTo(TypeKind.INTEGER);
    assertThat(oracle("NUMBER", 18, 0).kind()).isEqualTo(TypeKind.BIGINT);
    assertThat(oracle("NUMBER", 19, 0)).isEqualTo(SqlType.decimal(19, null).withSource("NUMBER"));
    assertThat(oracle("NUMBER", 10, 2)).isEqualTo(SqlType.decimal(10, 2).withSource("NUMBER"));
    assertThat(oracle("NUMBER", null, null))
        .isEqualTo(SqlType.decimal(null, null).withSource("NUMBER"));
    assertThat(oracle("NUMBER", null, 0).size()).isEqualTo(38);
  }

  @Test
  void numberInKeysBecomesBigintOnlyForKeys() {
    TypeMapper mapper = new TypeMapper(List.of(), ORACLE);
    DataType bare = DataType.of("NUMBER");
    assertThat(mapper.map(bare, true).orElseThrow().kind()).isEqualTo(TypeKind.BIGINT);
    assertThat(mapper.map(bare, false).orElseThrow().kind()).isEqualTo(TypeKind.DECIMAL);
  }

  @Test
  void oracleCharactersDatesAndLobs() {
    TypeMapper m = new TypeMapper(List.of(), ORACLE);
    SqlType v =
        m.map(
                new DataType("VARCHAR2", 30L, null, null, LengthUnit.BYTE, "VARCHAR2(30 BYTE)"),
                false)
            .orElseThrow();
    assertThat(v.kind()).isEqualTo(TypeKind.VARCHAR);
    assertThat(v.size()).isEqualTo(30);
    assertThat(v.charLength()).isFalse();
    assertThat(v.source()).isEqualTo("VARCHAR2(30 BYTE)");
    assertThat(m.map(DataType.of("DATE"), false).orElseThrow())
        .isEqualTo(SqlType.sized(TypeKind.TIMESTAMP, 0).withSource("DATE"));
    assertThat(m.map(DataType.of("CLOB"), false).orElseThrow().kind()).isEqualTo(TypeKind.CLOB);
    assertThat(m.map(DataType.ofLength("RAW", 16), false).orElseThrow())
        .isEqualTo(SqlType.sized(TypeKind.VARBINARY, 16).withSource("RAW"));
    assertThat(
            m.map(new DataType("TIMESTAMP WITH TIME ZONE", null, 3, null, null, null), false)
                .orElseThrow())
        .isEqualTo(SqlType.sized(TypeKind.TIMESTAMP_TZ, 3).withSource("TIMESTAMP WITH TIME ZONE"));
    assertThat(m.map(DataType.of("ROWID"), false).orElseThrow().kind())
        .isEqualTo(TypeKind.UNSUPPORTED);
    assertThat(m.map(DataType.of("EMPLOYEE_T"), false)).isEmpty();
  }

  @Test
  void sqlServerMaxAndDatetime() {
    TypeMapper m = new TypeMapper(List.of(), SQLSERVER);
    assertThat(m.map(DataType.ofLength("nvarchar", -1), false).orElseThrow().kind())
        .isEqualTo(TypeKind.CLOB);
    assertThat(m.map(DataType.ofLength("nvarchar", 50), false).orElseThrow())
        .isEqualTo(SqlType.sized(TypeKind.VARCHAR, 50).asNational().withSource("nvarchar"));
    assertThat(m.map(DataType.of("datetime"), false).orElseThrow())
        .isEqualTo(SqlType.sized(TypeKind.TIMESTAMP, 3).withSource("datetime"));
    assertThat(m.map(DataType.of("money"), false).orElseThrow().kind()).isEqualTo(TypeKind.MONEY);
    assertThat(m.map(DataType.of("bit"), false).orElseThrow().kind()).isEqualTo(TypeKind.BOOLEAN);
  }

  @Test
  void userRulesWinAndBadRulesAreReportedWithTheirPosition() throws IOException {
    List<TypeRule> user =
        TypeRules.read(
            new ByteArrayInputStream(
                "{\"rules\": [{\"type\": \"date\", \"target\": \"date\"}, {\"type\": \"NUMBER\", \"precision\": [10, 12], \"scale\": 0, \"target\": \"decimal({p})\"}]}"
                    .getBytes(StandardCharsets.UTF_8)),
            "my-types.json");
    TypeMapper m = new TypeMapper(user, ORACLE);
    assertThat(m.map(DataType.of("DATE"), false).orElseThrow().kind()).isEqualTo(TypeKind.DATE);
    assertThat(m.map(DataType.ofNumeric("NUMBER", 11, 0), false).orElseThrow().kind())
        .isEqualTo(TypeKind.DECIMAL);
    assertThat(m.map(DataType.ofNumeric("NUMBER", 13, 0), false).orElseThrow().kind())
        .isEqualTo(TypeKind.BIGINT);
    assertThatThrownBy(
            () ->
                TypeRules.read(
                    new ByteArrayInputStream(
                        "{\"rules\": [{\"type\": \"x\", \"target\": \"strng\"}]}"
                            .getBytes(StandardCharsets.UTF_8)),
                    "bad.json"))
        .isInstanceOf(IOException.class)
        .hasMessage("bad.json: rule 1: unknown neutral type 'strng' in strng");
  }
}
