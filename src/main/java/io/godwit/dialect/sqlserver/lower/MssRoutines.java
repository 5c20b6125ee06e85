package io.godwit.dialect.sqlserver.lower;

import io.godwit.convert.LoweredObject;
import io.godwit.convert.UnitKind;
import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.ParsedBatch;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Param;
import io.godwit.ir.proc.ParamMode;
import io.godwit.ir.proc.Routine;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/** T-SQL procedures and scalar functions as IR routines. */
final class MssRoutines {

  private final MssSession session;

  MssRoutines(MssSession session) {
    this.session = session;
  }

  /** A procedure; its OUTPUT parameters become INOUT ones. */
  LoweredObject procedure(MssUnit unit, TSqlParser.CreateProcedureContext p, ParsedBatch batch) {
    if (p.body != null && MssResultSets.applies(p.body)) {
      return new MssResultSets(session).procedure(unit, p, batch);
    }
    MssContext cx = session.context(batch);
    QName name = MssNames.qname(p.qualifiedName(0), unit.defaultSchema());
    if (p.body == null) {
      cx.item(
          MssItems.STATEMENT,
          "a CLR procedure (EXTERNAL NAME) has no " + (cx.mysql ? "MySQL" : "PostgreSQL") + " form",
          p);
      return session.lowered(unit, UnitKind.PROCEDURE, null, null);
    }
    registerTables(cx, p.body);
    MssExpr ex = new MssExpr(cx);
    MssQuery q = new MssQuery(cx, ex);
    ex.queries(q);
    List<Param> params = params(cx, name, p.parameterDefinition());
    Block body = new MssProcedural(cx, ex, q, null).body(p.body, p);
    Routine r = new Routine(name, Routine.Kind.PROCEDURE, params, null, body, null, unit.span());
    return session.lowered(unit, UnitKind.PROCEDURE, null, r);
  }

  /** A scalar function; table-valued ones are lowered by {@link MssTableFunctions}. */
  LoweredObject function(
      MssUnit unit, TSqlParser.CreateFunctionStatementContext f, ParsedBatch batch) {
    if (f.functionReturn() instanceof TSqlParser.InlineTableFunctionContext t) {
      return new MssTableFunctions(session).inline(unit, f, t, batch);
    }
    if (f.functionReturn() instanceof TSqlParser.MultiStatementTableFunctionContext m) {
      return new MssTableFunctions(session).multiStatement(unit, f, m, batch);
    }
    MssContext cx = session.context(batch);
    QName name = MssNames.qname(f.qualifiedName(), unit.defaultSchema());
    if (!(f.functionReturn() instanceof TSqlParser.ScalarFunctionContext s)) {
      cx.item(MssItems.STATEMENT, "CLR functions are not converted: rewrite by hand", f);
      return session.lowered(unit, UnitKind.FUNCTION, null, null);
    }
    registerTables(cx, s.functionBody());
    MssExpr ex = new MssExpr(cx);
    MssQuery q = new MssQuery(cx, ex);
    ex.queries(q);
    List<Param> params = params(cx, name, f.parameterDefinition());
    SqlType returns = new MssTypes(cx).map(s.dataType(), false);
    Block body = new MssProcedural(cx, ex, q, returns).body(s.functionBody().statementList(), f);
    Routine r =
        new Routine(
            name,
            Routine.Kind.FUNCTION,
            params,
            Routine.Returns.scalar(returns),
            body,
            null,
            unit.span());
    return session.lowered(unit, UnitKind.FUNCTION, null, r);
  }

  static List<Param> params(
      MssContext cx, QName routine, List<TSqlParser.ParameterDefinitionContext> defs) {
    List<Param> out = new ArrayList<>();
    boolean defaulted = false;
    for (TSqlParser.ParameterDefinitionContext d : defs) {
      String written = d.VARIABLE().getText();
      Ident name = MssNames.variable(written);
      if (d.dataType() == null) {
        cx.item(MssItems.STATEMENT, "a CURSOR parameter is not converted", d);
        continue;
      }
      ParamMode mode = ParamMode.IN;
      for (org.antlr.v4.runtime.Token m : d.modifiers) {
        if (m.getType() == TSqlParser.READONLY) {
          cx.item(MssItems.STATEMENT, "a table-valued parameter is not converted yet", d);
        } else {
          mode = ParamMode.IN_OUT;
        }
      }
      SqlType type = new MssTypes(cx).map(d.dataType(), false);
      Expr def = null;
      if (d.defaultValue != null) {
        def = MssExpr.coerce(new MssExpr(cx).expr(d.defaultValue), type);
        defaulted = true;
      } else if (defaulted && !cx.mysql) {
        // MySQL has no parameter defaults at all: the back end's item says callers pass every one
        cx.item(
            MssItems.STATEMENT,
            "a parameter without a default after one with a default: PostgreSQL needs defaults"
                + " on all later parameters; callers must pass it by name",
            d);
      }
      cx.variable(written, type, QName.of(routine.last(), name));
      out.add(new Param(name, mode, type, def));
    }
    return out;
  }

  /** Types the columns of every table the body names that the scripts or catalog know. */
  static void registerTables(MssContext cx, ParserRuleContext body) {
    List<TSqlParser.QualifiedNameContext> names = new ArrayList<>();
    collect(body, names);
    for (TSqlParser.QualifiedNameContext n : names) {
      MssDdl.registerColumns(cx, n);
    }
  }

  private static void collect(ParseTree t, List<TSqlParser.QualifiedNameContext> out) {
    if (t instanceof TSqlParser.DmlTargetContext d && d.qualifiedName() != null) {
      out.add(d.qualifiedName());
    } else if (t instanceof TSqlParser.TableSourceItemContext i) {
      for (int k = 0; k < i.getChildCount(); k++) {
        if (i.getChild(k) instanceof TSqlParser.QualifiedNameContext n) {
          out.add(n);
        }
      }
    }
    for (int k = 0; k < t.getChildCount(); k++) {
      collect(t.getChild(k), out);
    }
  }
}
