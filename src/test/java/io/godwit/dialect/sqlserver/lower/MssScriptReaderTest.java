package io.godwit.dialect.sqlserver.lower;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.ConvertOptions;
import io.godwit.convert.ScriptInput;
import io.godwit.convert.SourceSet;
import io.godwit.convert.UnitKind;
import io.godwit.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scripts become units, a catalog and problems; bad batches never stop the reading. */
class MssScriptReaderTest {

  private static SourceSet read(String text) {
    return new SqlServerFrontEnd()
        .read(List.of(new ScriptInput("t.sql", text)), ConvertOptions.defaults());
  }

  @Test
  void tableAndItsAlterStatementsAreOneUnitAndTheCatalogKnowsItsColumns() {
    SourceSet s =
        read(
            "CREATE TABLE dbo.T (id int NOT NULL, flag bit NULL)\nGO\n"
                + "ALTER TABLE [dbo].[T] ADD CONSTRAINT DF_T DEFAULT ((0)) FOR flag\nGO\n"
                + "CREATE INDEX IX_T ON dbo.T (flag)\nGO\n");
    assertThat(s.units())
        .extracting(u -> u.ref().kind())
        .containsExactly(UnitKind.TABLE, UnitKind.INDEX);
    assertThat(s.units().get(0).text()).contains("CREATE TABLE").contains("ALTER TABLE");
    Table t = s.catalog().schemas().get(0).tables().get(0);
    assertThat(s.catalog().schemas().get(0).name()).isEqualTo("dbo");
    assertThat(t.columns()).extracting(c -> c.type().name()).containsExactly("int", "bit");
    assertThat(s.problems()).isEmpty();
  }

  @Test
  void aBatchThatDoesNotParseIsAProblemAndReadingGoesOn() {
    SourceSet s = read("CREATE TABLE dbo.A (id int\nGO\nCREATE TABLE dbo.B (id int)\nGO\n");
    assertThat(s.problems()).extracting(p -> p.code()).containsExactly("GW-0001");
    assertThat(s.units()).extracting(u -> u.ref().name()).containsExactly("B");
  }
}
