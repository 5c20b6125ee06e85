package io.godwit.dialect.oracle.lower;

import io.godwit.convert.LoweredObject;
import io.godwit.convert.UnitKind;
import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.proc.AnonymousBlock;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.PackageDef;
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.proc.Trigger;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers the statements whose parse tree is the unit: views, types, routines, packages, triggers,
 * anonymous blocks and DML run by a script.
 */
final class OraCode {

  private final OraSession session;

  OraCode(OraSession session) {
    this.session = session;
  }

  // ------------------------------------------------------------------------------------------
  // Views
  // ------------------------------------------------------------------------------------------

  LoweredObject view(OraUnit unit, OraLower l, PlSqlParser.Create_viewContext v) {
    if (v.type_object != null) {
      l.cx.note(v, OraItems.OBJECT_TYPE, "object views (OF type) have no equivalent");
      return session.lowered(unit, UnitKind.VIEW, null, null);
    }
    List<Ident> columns = new ArrayList<>();
    for (PlSqlParser.View_columnContext c : v.view_column()) {
      if (c instanceof PlSqlParser.ViewAliasContext a) {
        columns.add(OraNames.ident(a.alias));
      } else {
        l.cx.note(
            c,
            OraItems.VIEW_CONSTRAINT,
            "constraints on views are declarative only in Oracle; they are left out");
      }
    }
    Query query = l.query.subquery(v.subquery());
    Ddl.CheckOption check = checkOption(v.subquery_restriction());
    if (check == Ddl.CheckOption.READ_ONLY) {
      check = Ddl.CheckOption.NONE;
      l.cx.note(
          v.subquery_restriction(),
          OraItems.READ_ONLY_VIEW,
          "WITH READ ONLY: grant only SELECT on the view to keep it read-only");
    }
    QName name = OraUnits.objectName(l.cx, v.view_name);
    return session.lowered(
        unit,
        UnitKind.VIEW,
        null,
        new Ddl.CreateView(name, columns, query, false, check, l.cx.span(v)));
  }

  /** A catalog view: its query text, parsed on its own. */
  LoweredObject view(
      OraUnit unit, OraLower l, QName name, PlSqlParser.Standalone_subqueryContext q) {
    Query query = l.query.subquery(q.subquery());
    Ddl.CheckOption check = checkOption(q.subquery_restriction());
    if (check == Ddl.CheckOption.READ_ONLY) {
      check = Ddl.CheckOption.NONE;
      l.cx.note(
          q.subquery_restriction(),
          OraItems.READ_ONLY_VIEW,
          "WITH READ ONLY: grant only SELECT on the view to keep it read-only");
    }
    return session.lowered(
        unit, UnitKind.VIEW, null, new Ddl.CreateView(name, List.of(), query, false, check, null));
  }

  private static Ddl.CheckOption checkOption(PlSqlParser.Subquery_restrictionContext r) {
    if (r instanceof PlSqlParser.ReadOnlyRestrictionContext) {
      return Ddl.CheckOption.READ_ONLY;
    }
    if (r instanceof PlSqlParser.CheckOptionRestrictionContext) {
      return Ddl.CheckOption.CASCADED;
    }
    return Ddl.CheckOption.NONE;
  }

  LoweredObject materializedView(
      OraUnit unit, OraLower l, PlSqlParser.Create_materialized_viewContext m) {
    if (m.OF() != null) {
      l.cx.note(m, OraItems.OBJECT_TYPE, "object materialized views have no equivalent");
      return session.lowered(unit, UnitKind.MATERIALIZED_VIEW, null, null);
    }
    List<Ident> columns = new ArrayList<>();
    for (PlSqlParser.View_columnContext c : m.view_column()) {
      if (c instanceof PlSqlParser.ViewAliasContext a) {
        columns.add(OraNames.ident(a.alias));
      }
    }
    for (PlSqlParser.Materialized_view_clauseContext c : m.materialized_view_clause()) {
      if (c instanceof PlSqlParser.RefreshClauseContext r && refreshesItself(r)) {
        l.cx.note(
            c,
            OraItems.MATERIALIZED_VIEW_REFRESH,
            "the materialized view refreshes itself in Oracle ("
                + l.cx.text(c)
                + "); on the target run REFRESH MATERIALIZED VIEW on a schedule (pg_cron) or"
                + " from triggers");
      } else if (c instanceof PlSqlParser.PrebuiltTableClauseContext) {
        l.cx.note(
            c,
            OraItems.MATERIALIZED_VIEW_REFRESH,
            "ON PREBUILT TABLE: the target creates and fills its own storage");
      }
    }
    Query query = l.query.subquery(m.subquery());
    QName name = OraUnits.objectName(l.cx, m.view_name);
    return session.lowered(
        unit,
        UnitKind.MATERIALIZED_VIEW,
        null,
        new Ddl.CreateView(name, columns, query, true, Ddl.CheckOption.NONE, l.cx.span(m)));
  }

  private static boolean refreshesItself(PlSqlParser.RefreshClauseContext r) {
    for (PlSqlParser.Refresh_optionContext o : r.refresh_option()) {
      if (o.COMMIT() != null || o.START() != null || o.NEXT() != null || o.FAST() != null) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------------------
  // Types
  // ------------------------------------------------------------------------------------------

  /** An object or collection type; an empty list for a forward declaration. */
  List<LoweredObject> type(OraUnit unit, OraLower l, PlSqlParser.Create_typeContext t) {
    QName name = OraUnits.objectName(l.cx, t.type_object);
    PlSqlParser.Type_definitionContext def = t.type_definition();
    if (def == null || def instanceof PlSqlParser.OpaqueTypeDefinitionContext) {
      if (def != null) {
        l.cx.note(def, OraItems.OBJECT_TYPE, "opaque types have no equivalent");
        return List.of(session.lowered(unit, UnitKind.TYPE, null, null));
      }
      return List.of();
    }
    Ddl.CreateType ir;
    if (def instanceof PlSqlParser.ObjectTypeDefinitionContext o) {
      ir = composite(l, name, o.type_element(), t);
    } else if (def instanceof PlSqlParser.SubtypeDefinitionContext s) {
      l.cx.note(
          def,
          OraItems.OBJECT_TYPE,
          "type inheritance (UNDER "
              + l.cx.text(s.supertype)
              + "): the subtype is created with its own attributes only; copy the supertype's in");
      ir = composite(l, name, s.type_element(), t);
    } else if (def instanceof PlSqlParser.NestedTableTypeDefinitionContext n) {
      ir = collection(name, l.types.lower(n.datatype(), false), t, l);
    } else {
      PlSqlParser.VarrayTypeDefinitionContext v = (PlSqlParser.VarrayTypeDefinitionContext) def;
      ir = collection(name, l.types.lower(v.datatype(), false), t, l);
    }
    return List.of(session.lowered(unit, UnitKind.TYPE, null, ir));
  }

  private Ddl.CreateType composite(
      OraLower l,
      QName name,
      List<PlSqlParser.Type_elementContext> elements,
      PlSqlParser.Create_typeContext t) {
    List<SqlType.Field> attributes = new ArrayList<>();
    for (PlSqlParser.Type_elementContext e : elements) {
      if (e instanceof PlSqlParser.AttributeElementContext a) {
        attributes.add(
            new SqlType.Field(OraNames.ident(a.name), l.types.lower(a.datatype(), false)));
      } else if (e instanceof PlSqlParser.MethodElementContext) {
        l.cx.note(
            e,
            OraItems.OBJECT_TYPE,
            "member methods: reimplement as functions that take the type as their first"
                + " parameter");
      }
    }
    return new Ddl.CreateType(
        name, Ddl.TypeDefKind.COMPOSITE, attributes, null, null, null, false, null, l.cx.span(t));
  }

  private static Ddl.CreateType collection(
      QName name, SqlType element, PlSqlParser.Create_typeContext t, OraLower l) {
    return new Ddl.CreateType(
        name, Ddl.TypeDefKind.ARRAY, null, null, element, null, false, null, l.cx.span(t));
  }

  LoweredObject typeBody(OraUnit unit, OraLower l, PlSqlParser.Create_type_bodyContext b) {
    noteMethods(l, b);
    return session.lowered(unit, UnitKind.TYPE, null, null);
  }

  static void noteMethods(OraLower l, PlSqlParser.Create_type_bodyContext b) {
    l.cx.note(
        b,
        OraItems.OBJECT_TYPE,
        "type bodies (member methods): reimplement each method as a function that takes the type"
            + " as its first parameter");
  }

  // ------------------------------------------------------------------------------------------
  // Code
  // ------------------------------------------------------------------------------------------

  LoweredObject routine(OraUnit unit, OraLower l, PlSqlParser.StatementContext st) {
    Routine r = OraUnits.routine(l, st);
    UnitKind kind = r.kind() == Routine.Kind.PROCEDURE ? UnitKind.PROCEDURE : UnitKind.FUNCTION;
    return session.lowered(unit, kind, null, r);
  }

  LoweredObject pkg(
      OraUnit unit,
      OraLower l,
      PlSqlParser.Create_packageContext spec,
      PlSqlParser.Create_package_bodyContext body) {
    PackageDef p = OraUnits.pkg(l, spec, body);
    return session.lowered(unit, UnitKind.PACKAGE, null, p);
  }

  /** A trigger; a compound trigger may become one trigger per timing point. */
  List<LoweredObject> triggers(OraUnit unit, OraLower l, PlSqlParser.Create_triggerContext t) {
    if (t.compound_dml_trigger() == null) {
      return List.of(trigger(unit, l, t));
    }
    List<Trigger> parts = OraCompoundTrigger.split(l, t, OraUnits.objectName(l.cx, t.trigger_name));
    if (parts.isEmpty()) {
      return List.of(session.lowered(unit, UnitKind.TRIGGER, null, null));
    }
    List<LoweredObject> out = new java.util.ArrayList<>();
    for (Trigger part : parts) {
      out.add(session.lowered(unit, UnitKind.TRIGGER, part.table().last().text(), part));
    }
    return out;
  }

  LoweredObject trigger(OraUnit unit, OraLower l, PlSqlParser.Create_triggerContext t) {
    Trigger trigger = OraUnits.trigger(l, t);
    String table = trigger == null ? null : trigger.table().last().text();
    return session.lowered(unit, UnitKind.TRIGGER, table, trigger);
  }

  LoweredObject anonymous(OraUnit unit, OraLower l, PlSqlParser.Anonymous_blockContext a) {
    Block block = l.plsql.block(a.block(), null);
    return session.lowered(unit, UnitKind.SCRIPT, null, new AnonymousBlock(block, l.cx.span(a)));
  }

  /** INSERT, UPDATE, DELETE or MERGE run by a script (reference data, fixes). */
  LoweredObject dml(OraUnit unit, OraLower l, org.antlr.v4.runtime.ParserRuleContext statement) {
    Stmt stmt = l.dml.statement(statement);
    return session.lowered(
        unit,
        UnitKind.SCRIPT,
        null,
        new AnonymousBlock(Block.of(List.of(stmt)), l.cx.span(statement)));
  }
}
