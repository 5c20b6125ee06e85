package io.godwit.dialect.sqlserver.lower;

import io.godwit.convert.LoweredObject;
import io.godwit.convert.UnitKind;
import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.ObjectName;
import io.godwit.dialect.sqlserver.script.ParsedBatch;
import io.godwit.dialect.sqlserver.script.TsqlNames;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Sequences, synonyms and user types. A sequence keeps T-SQL's defaults, which are not
 * PostgreSQL's: bigint, and a first value equal to the minimum (of the type when none is given). A
 * synonym of a table the scripts create is a view of it (PostgreSQL has no synonyms); other
 * synonyms stay synonyms, which the back end reports. An alias type is a domain; a table type a
 * composite type with an item, as table-valued parameters do not exist.
 */
final class MssObjects {

  private final MssSession session;

  MssObjects(MssSession session) {
    this.session = session;
  }

  LoweredObject sequence(
      MssUnit unit, TSqlParser.CreateSequenceStatementContext s, ParsedBatch batch) {
    MssContext cx = session.context(batch);
    QName name = MssNames.qname(s.qualifiedName(), unit.defaultSchema());
    SqlType type = SqlType.of(TypeKind.BIGINT);
    if (s.dataType() != null) {
      SqlType mapped = new MssTypes(cx).map(s.dataType(), false);
      if (mapped.kind() == TypeKind.SMALLINT
          || mapped.kind() == TypeKind.INTEGER
          || mapped.kind() == TypeKind.BIGINT) {
        type = mapped;
      } else {
        cx.item(
            MssItems.SEQUENCE_TYPE,
            "a sequence of type " + cx.text(s.dataType()) + " is a bigint sequence",
            s.dataType());
      }
    }
    BigInteger start = null;
    BigInteger increment = BigInteger.ONE;
    BigInteger min = null;
    BigInteger max = null;
    boolean cycle = false;
    Long cache = null;
    for (TSqlParser.SequenceOptionContext o : s.sequenceOption()) {
      if (o instanceof TSqlParser.SequenceStartContext v) {
        start = number(v.signedNumber());
      } else if (o instanceof TSqlParser.SequenceIncrementContext v) {
        increment = number(v.signedNumber());
      } else if (o instanceof TSqlParser.SequenceMinValueContext v) {
        min = v.signedNumber() == null ? null : number(v.signedNumber());
      } else if (o instanceof TSqlParser.SequenceMaxValueContext v) {
        max = v.signedNumber() == null ? null : number(v.signedNumber());
      } else if (o instanceof TSqlParser.SequenceCycleContext) {
        cycle = true;
      } else if (o instanceof TSqlParser.SequenceCacheContext v) {
        if (v.signedNumber() != null) {
          cache = number(v.signedNumber()).longValue();
        }
      } else if (o instanceof TSqlParser.SequenceNoContext v) {
        if (v.kind.getType() == TSqlParser.CACHE) {
          cache = 1L;
        }
      } else {
        cx.item(MssItems.STATEMENT, "this sequence option is not converted", o);
      }
    }
    boolean ascending = increment.signum() > 0;
    BigInteger low = min != null ? min : lowest(type);
    BigInteger high = max != null ? max : highest(type);
    if (start == null) {
      // T-SQL starts an ascending sequence at its minimum, a descending one at its maximum.
      start = ascending ? low : high;
    }
    Ddl.CreateSequence ir =
        new Ddl.CreateSequence(name, type, start, increment, low, high, cycle, cache, unit.span());
    return session.lowered(unit, UnitKind.SEQUENCE, null, ir);
  }

  private static BigInteger lowest(SqlType t) {
    return switch (t.kind()) {
      case SMALLINT -> BigInteger.valueOf(Short.MIN_VALUE);
      case INTEGER -> BigInteger.valueOf(Integer.MIN_VALUE);
      default -> BigInteger.valueOf(Long.MIN_VALUE);
    };
  }

  private static BigInteger highest(SqlType t) {
    return switch (t.kind()) {
      case SMALLINT -> BigInteger.valueOf(Short.MAX_VALUE);
      case INTEGER -> BigInteger.valueOf(Integer.MAX_VALUE);
      default -> BigInteger.valueOf(Long.MAX_VALUE);
    };
  }

  private static BigInteger number(TSqlParser.SignedNumberContext n) {
    String text = n.getText();
    int dot = text.indexOf('.');
    return new BigInteger(dot < 0 ? text : text.substring(0, dot));
  }

  LoweredObject synonym(
      MssUnit unit, TSqlParser.CreateSynonymStatementContext s, ParsedBatch batch) {
    MssContext cx = session.context(batch);
    QName name = MssNames.qname(s.name, unit.defaultSchema());
    ObjectName target = TsqlNames.objectName(s.target);
    if (target.server() != null || target.database() != null) {
      cx.item(
          MssItems.SYSTEM_OBJECT,
          "a synonym of "
              + target.describe()
              + " in another database or on a linked server: use"
              + " postgres_fdw",
          s);
      return session.lowered(unit, UnitKind.SYNONYM, null, null);
    }
    QName to = MssNames.object(target, unit.defaultSchema());
    if (cx.catalog.columns(target.schema(), target.name()).isEmpty()) {
      // Not a table the scripts create (a view, a routine, an object elsewhere): the back end
      // reports the synonym it cannot create.
      return session.lowered(
          unit, UnitKind.SYNONYM, null, new Ddl.CreateSynonym(name, to, false, unit.span()));
    }
    cx.item(
        MssItems.SYNONYM,
        "the synonym " + TsqlNames.objectName(s.name).describe() + " is a view of " + to,
        s);
    Query all =
        Query.Select.simple(
            List.of(new Query.SelectItem(new Expr.Star(null), null)),
            List.of(FromItem.TableRef.of(to, null)),
            null);
    return session.lowered(
        unit, UnitKind.VIEW, null, new Ddl.CreateView(name, null, all, false, null, unit.span()));
  }

  LoweredObject type(MssUnit unit, TSqlParser.CreateTypeStatementContext t, ParsedBatch batch) {
    MssContext cx = session.context(batch);
    MssTypes types = new MssTypes(cx);
    if (t instanceof TSqlParser.AliasTypeContext a) {
      QName name = MssNames.qname(a.qualifiedName(), unit.defaultSchema());
      boolean notNull = a.NOT() != null;
      Ddl.CreateType ir =
          new Ddl.CreateType(
              name,
              Ddl.TypeDefKind.DOMAIN,
              null,
              null,
              types.map(a.dataType(), false),
              null,
              notNull,
              null,
              unit.span());
      return session.lowered(unit, UnitKind.TYPE, null, ir);
    }
    if (t instanceof TSqlParser.TableTypeContext tt) {
      QName name = MssNames.qname(tt.qualifiedName(), unit.defaultSchema());
      List<SqlType.Field> fields = new ArrayList<>();
      for (TSqlParser.TableElementContext e : tt.tableElement()) {
        if (e instanceof TSqlParser.ColumnElementContext c
            && c.columnDefinition().dataType() != null) {
          fields.add(
              new SqlType.Field(
                  MssNames.ident(c.columnDefinition().name),
                  types.map(c.columnDefinition().dataType(), false)));
        }
      }
      cx.item(
          MssItems.TABLE_TYPE,
          "the table type is a composite type: pass its rows as an array (type[]) and read them"
              + " with unnest(); its keys, defaults and computed columns are not kept",
          tt);
      return session.lowered(
          unit,
          UnitKind.TYPE,
          null,
          new Ddl.CreateType(
              name, Ddl.TypeDefKind.COMPOSITE, fields, null, null, null, false, null, unit.span()));
    }
    cx.item(MssItems.STATEMENT, "a CLR type has no PostgreSQL counterpart", t);
    return session.lowered(unit, UnitKind.TYPE, null, null);
  }
}
