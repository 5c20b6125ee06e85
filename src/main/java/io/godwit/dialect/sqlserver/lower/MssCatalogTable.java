package io.godwit.dialect.sqlserver.lower;

import io.godwit.convert.LoweredObject;
import io.godwit.convert.UnitKind;
import io.godwit.ir.QName;
import io.godwit.ir.ddl.Ddl;
import io.godwit.model.Column;
import io.godwit.model.Table;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of a live catalog: its columns and keys from the model. Defaults, checks and computed
 * column expressions are T-SQL text; they are reported rather than copied unparsed.
 */
final class MssCatalogTable {

  private final MssSession session;

  MssCatalogTable(MssSession session) {
    this.session = session;
  }

  LoweredObject table(MssUnit unit, Table t) {
    MssContext cx = session.context(null);
    MssTypes types = new MssTypes(cx);
    List<Ddl.ColumnDef> columns = new ArrayList<>();
    for (Column c : t.columns()) {
      Ddl.IdentitySpec identity = null;
      if (c.identity() != null) {
        identity =
            new Ddl.IdentitySpec(
                false,
                c.identity().start() == null
                    ? BigInteger.ONE
                    : BigInteger.valueOf(c.identity().start()),
                c.identity().increment() == null
                    ? BigInteger.ONE
                    : BigInteger.valueOf(c.identity().increment()),
                null,
                null,
                false,
                null);
      }
      if (c.defaultValue() != null || c.generatedExpression() != null) {
        cx.items.add(
            MssItems.STATEMENT,
            "the default or computed expression of "
                + c.name()
                + " is not converted from the catalog: convert the table's script instead",
            null,
            c.defaultValue() != null ? c.defaultValue() : c.generatedExpression());
      }
      columns.add(
          new Ddl.ColumnDef(
              MssNames.ident(c.name()),
              types.map(c.type(), false),
              null,
              !c.nullable(),
              identity,
              null,
              false,
              c.comment()));
    }
    List<Ddl.Constraint> constraints = new ArrayList<>();
    if (t.primaryKey() != null) {
      constraints.add(
          new Ddl.PrimaryKeyDef(
              t.primaryKey().name() == null ? null : MssNames.ident(t.primaryKey().name()),
              t.primaryKey().columns().stream().map(MssNames::ident).toList()));
    }
    QName name = QName.of(MssNames.ident(unit.ref().schema()), MssNames.ident(t.name()));
    return session.lowered(
        unit,
        UnitKind.TABLE,
        null,
        new Ddl.CreateTable(name, Ddl.TableKind.REGULAR, columns, constraints, t.comment(), null));
  }
}
