package io.godwit.dialect.sqlserver.lower;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.ConvertOptions;
import io.godwit.convert.LoweredObject;
import io.godwit.convert.LoweringContext;
import io.godwit.convert.ScriptInput;
import io.godwit.convert.SourceSet;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.expr.LiteralKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** T-SQL semantics made explicit while lowering: BIT literals, + on strings, dates. */
class MssLoweringTest {

  private static List<LoweredObject> lower(String text, int unit) {
    SqlServerFrontEnd front = new SqlServerFrontEnd();
    SourceSet s = front.read(List.of(new ScriptInput("t.sql", text)), ConvertOptions.defaults());
    LoweringContext cx =
        new LoweringContext(s.catalog(), ItemCatalog.builtIn(), ConvertOptions.defaults());
    return front.lower(s.units().get(unit), cx);
  }

  @Test
  void bitColumnsCompareWithBooleans() {
    List<LoweredObject> out =
        lower(
            "CREATE TABLE dbo.T (id int, Flag bit)\nGO\n"
                + "CREATE INDEX IX ON dbo.T (id) WHERE Flag = 0\nGO\n",
            1);
    Ddl.CreateIndex index = (Ddl.CreateIndex) out.get(0).ir();
    Expr.Binary where = (Expr.Binary) index.where();
    assertThat(where.right()).isEqualTo(new Expr.Literal(LiteralKind.BOOLEAN, "false"));
  }

  @Test
  void plusOnStringsIsConcatenation() {
    List<LoweredObject> out =
        lower(
            "CREATE TABLE dbo.T (a varchar(10), n int)\nGO\n"
                + "CREATE VIEW dbo.V AS SELECT a + 'x' AS s, n + 1 AS m FROM dbo.T\nGO\n",
            1);
    Ddl.CreateView view = (Ddl.CreateView) out.get(0).ir();
    io.godwit.ir.query.Query.Select q = (io.godwit.ir.query.Query.Select) view.query();
    assertThat(((Expr.Binary) q.items().get(0).expr()).op()).isEqualTo(BinaryOp.CONCAT);
    assertThat(((Expr.Binary) q.items().get(1).expr()).op()).isEqualTo(BinaryOp.ADD);
    assertThat(out.get(0).items()).isEmpty();
  }
}
