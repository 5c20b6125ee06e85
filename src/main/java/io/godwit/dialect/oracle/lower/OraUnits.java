package io.godwit.dialect.oracle.lower;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Decl;
import io.godwit.ir.proc.PackageDef;
import io.godwit.ir.proc.Param;
import io.godwit.ir.proc.ParamMode;
import io.godwit.ir.proc.Routine;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.proc.Trigger;
import io.godwit.model.CatalogIndex;
import io.godwit.model.Schema;
import io.godwit.model.Synonym;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Routines, packages and triggers, and the names of their targets. */
final class OraUnits {

  private OraUnits() {}

  // ------------------------------------------------------------------------------------------
  // Target names
  // ------------------------------------------------------------------------------------------

  /** The target schema of a package (PostgreSQL: a package is a schema). */
  static Ident packageSchema(OraContext cx, Ident schema, Ident pkg) {
    Ident owner = schema != null ? schema : cx.defaultSchema;
    String template = cx.options.packageSchemaTemplate();
    String text =
        owner == null
            ? pkg.text()
            : template.replace("{schema}", owner.text()).replace("{package}", pkg.text());
    boolean sensitive =
        pkg.caseSensitive()
            || (owner != null && owner.caseSensitive() && template.contains("{schema}"));
    return new Ident(text, sensitive);
  }

  /** Where a package's state and routines live on the target. */
  static QName packageTarget(OraContext cx, Ident schema, Ident pkg) {
    if (cx.packagesAsSchemas) {
      return QName.of(packageSchema(cx, schema, pkg));
    }
    Ident owner = schema != null ? schema : cx.defaultSchema;
    return owner == null ? QName.of(pkg) : QName.of(owner, pkg);
  }

  /**
   * A package routine's target name: pkg.routine, or pkg$routine where packages are not schemas.
   */
  static QName packageMember(OraContext cx, Ident schema, Ident pkg, Ident member) {
    if (cx.packagesAsSchemas) {
      return QName.of(packageSchema(cx, schema, pkg), member);
    }
    Ident owner = schema != null ? schema : cx.defaultSchema;
    Ident name =
        new Ident(pkg.text() + "$" + member.text(), pkg.caseSensitive() || member.caseSensitive());
    return owner == null ? QName.of(name) : QName.of(owner, name);
  }

  /** A user routine's target name: synonyms resolved, package members mapped, schema added. */
  static QName routineName(OraContext cx, QName name) {
    QName target = synonymTarget(cx, name);
    QName n = target != null ? target : name;
    if (n.size() == 3) {
      return packageMember(cx, n.parts().get(0), n.parts().get(1), n.last());
    }
    if (n.size() == 2 && cx.packages != null) {
      OraPackages.Members m = cx.packages.get(null, n.parts().get(0).text());
      if (m != null) {
        return packageMember(
            cx,
            m.schema == null ? null : OraNames.ident(m.schema),
            OraNames.ident(m.name),
            n.last());
      }
    }
    if (n.size() == 1 && cx.defaultSchema != null) {
      return QName.of(cx.defaultSchema, n.last());
    }
    return n;
  }

  /** The target of a synonym named {@code name}, or null when it is not one. */
  static QName synonymTarget(OraContext cx, QName name) {
    if (name.size() > 2) {
      return null;
    }
    String wantedSchema = name.size() == 2 ? name.parts().get(0).text() : null;
    Synonym publicMatch = null;
    for (CatalogIndex.InSchema<Synonym> found : cx.catalog.synonyms(name.last().text())) {
      Schema s = found.schema();
      Synonym syn = found.object();
      if (syn.targetLink() != null) {
        continue;
      }
      boolean schemaMatches =
          wantedSchema != null
              ? s.name().equalsIgnoreCase(wantedSchema)
              : cx.defaultSchema != null && s.name().equalsIgnoreCase(cx.defaultSchema.text());
      if (schemaMatches) {
        return target(syn);
      }
      if (syn.publicSynonym() && wantedSchema == null) {
        publicMatch = syn;
      }
    }
    return publicMatch == null ? null : target(publicMatch);
  }

  private static QName target(Synonym syn) {
    Ident name = OraNames.ident(syn.targetName());
    return syn.targetSchema() == null
        ? QName.of(name)
        : QName.of(OraNames.ident(syn.targetSchema()), name);
  }

  static QName objectName(OraContext cx, PlSqlParser.Object_nameContext n) {
    QName name = OraNames.object(n);
    if (name.size() == 1 && cx.defaultSchema != null) {
      return QName.of(cx.defaultSchema, name.last());
    }
    return name;
  }

  // ------------------------------------------------------------------------------------------
  // Routines
  // ------------------------------------------------------------------------------------------

  static Param param(OraLower l, PlSqlParser.ParameterContext p) {
    Ident name = OraNames.ident(p.name);
    ParamMode mode = ParamMode.IN;
    if (p.parameter_mode() != null) {
      boolean in = p.parameter_mode().IN() != null;
      boolean out = p.parameter_mode().OUT() != null;
      mode = in && out ? ParamMode.IN_OUT : out ? ParamMode.OUT : ParamMode.IN;
    }
    SqlType type = l.types.lower(p.datatype(), false);
    Expr dflt =
        p.default_value_part() == null
            ? null
            : l.expr.condition(p.default_value_part().condition());
    l.cx.scope.declare(
        new Scope.Symbol(Scope.Kind.PARAMETER, name, type, null, OraPlsql.isCollection(type)));
    if (type.kind() == TypeKind.REF_CURSOR) {
      l.cx.scope.declare(new Scope.Symbol(Scope.Kind.CURSOR_VARIABLE, name, type, null, false));
    }
    return new Param(name, mode, type, dflt);
  }

  private static Set<Routine.Flag> flags(
      OraLower l, List<PlSqlParser.Unit_attributeContext> attributes) {
    Set<Routine.Flag> flags = EnumSet.noneOf(Routine.Flag.class);
    for (PlSqlParser.Unit_attributeContext a : attributes) {
      if (a instanceof PlSqlParser.DeterministicAttributeContext) {
        flags.add(Routine.Flag.DETERMINISTIC);
      } else if (a instanceof PlSqlParser.PipelinedAttributeContext) {
        flags.add(Routine.Flag.PIPELINED);
      } else if (a instanceof PlSqlParser.AuthIdAttributeContext auth && auth.DEFINER() != null) {
        flags.add(Routine.Flag.SECURITY_DEFINER);
      } else if (a instanceof PlSqlParser.ResultCacheAttributeContext
          || a instanceof PlSqlParser.ParallelEnableAttributeContext) {
        flags.add(Routine.Flag.OPTIMIZER_HINT);
      } else if (a instanceof PlSqlParser.SqlMacroAttributeContext) {
        l.cx.note(a, OraItems.STATEMENT, "SQL macros have no equivalent");
      }
    }
    return flags;
  }

  /** CREATE PROCEDURE and CREATE FUNCTION. */
  static Routine routine(OraLower l, PlSqlParser.StatementContext st) {
    if (st.create_procedure() != null) {
      PlSqlParser.Create_procedureContext p = st.create_procedure();
      return routine(
          l,
          objectName(l.cx, p.procedure_name),
          Routine.Kind.PROCEDURE,
          p.parameter_list(),
          null,
          p.unit_attribute(),
          p.subprogram_implementation(),
          p);
    }
    PlSqlParser.Create_functionContext f = st.create_function();
    return routine(
        l,
        objectName(l.cx, f.function_name),
        Routine.Kind.FUNCTION,
        f.parameter_list(),
        f.return_type,
        f.unit_attribute(),
        f.subprogram_implementation(),
        f);
  }

  static Routine routine(
      OraLower l,
      QName name,
      Routine.Kind kind,
      PlSqlParser.Parameter_listContext paramList,
      PlSqlParser.DatatypeContext returnType,
      List<PlSqlParser.Unit_attributeContext> attributes,
      PlSqlParser.Subprogram_implementationContext impl,
      org.antlr.v4.runtime.ParserRuleContext node) {
    l.cx.push();
    boolean outerAutonomous = l.plsql.autonomous;
    l.plsql.autonomous = false;
    try {
      List<Param> params = new ArrayList<>();
      if (paramList != null) {
        for (PlSqlParser.ParameterContext p : paramList.parameter()) {
          params.add(param(l, p));
        }
      }
      Set<Routine.Flag> flags = flags(l, attributes);
      Routine.Returns returns = null;
      if (kind == Routine.Kind.FUNCTION && returnType != null) {
        SqlType t = l.types.lower(returnType, false);
        if (flags.contains(Routine.Flag.PIPELINED)) {
          if (t.kind() == TypeKind.ARRAY) {
            returns = new Routine.Returns(t.element(), true, null);
          } else {
            l.cx.note(
                node,
                OraItems.PIPELINED,
                "pipelined function of collection type "
                    + t.source()
                    + ": set RETURNS SETOF to the element type");
            returns = new Routine.Returns(t, true, null);
          }
        } else {
          returns = Routine.Returns.scalar(t);
        }
      }
      Block body;
      if (impl == null || impl instanceof PlSqlParser.CallSpecImplementationContext) {
        body =
            Block.of(
                List.of(
                    l.cx.unsupportedStmt(
                        impl == null ? node : impl,
                        OraItems.STATEMENT,
                        "a Java or external call specification: reimplement the routine")));
      } else {
        PlSqlParser.PlsqlImplementationContext p = (PlSqlParser.PlsqlImplementationContext) impl;
        List<Decl> decls =
            p.declare_section() == null ? List.of() : l.plsql.declarations(p.declare_section());
        body = l.plsql.body(p.body(), null, decls);
      }
      if (l.plsql.autonomous) {
        flags.add(Routine.Flag.AUTONOMOUS);
      }
      return new Routine(name, kind, params, returns, body, flags, l.cx.span(node));
    } finally {
      l.plsql.autonomous = outerAutonomous;
      l.cx.pop();
    }
  }

  /** A procedure or function declared inside a block (or package body). */
  static Decl localSubprogram(OraLower l, PlSqlParser.Declare_itemContext item) {
    Routine r = nested(l, item.procedure_declaration(), item.function_declaration(), null);
    return r == null ? null : new Decl.Subprogram(r);
  }

  /** A subprogram declaration; null for a forward declaration (no body). */
  static Routine nested(
      OraLower l,
      PlSqlParser.Procedure_declarationContext p,
      PlSqlParser.Function_declarationContext f,
      QName target) {
    if (p != null) {
      if (p.subprogram_implementation() == null) {
        return null;
      }
      PlSqlParser.Procedure_headingContext h = p.procedure_heading();
      QName name = target != null ? target : QName.of(OraNames.ident(h.name));
      return routine(
          l,
          name,
          Routine.Kind.PROCEDURE,
          h.parameter_list(),
          null,
          h.unit_attribute(),
          p.subprogram_implementation(),
          p);
    }
    if (f.subprogram_implementation() == null) {
      return null;
    }
    PlSqlParser.Function_headingContext h = f.function_heading();
    QName name = target != null ? target : QName.of(OraNames.ident(h.name));
    return routine(
        l,
        name,
        Routine.Kind.FUNCTION,
        h.parameter_list(),
        h.return_type,
        h.unit_attribute(),
        f.subprogram_implementation(),
        f);
  }

  // ------------------------------------------------------------------------------------------
  // Packages
  // ------------------------------------------------------------------------------------------

  /** A package from its specification and (when there is one) its body. */
  static PackageDef pkg(
      OraLower l,
      PlSqlParser.Create_packageContext spec,
      PlSqlParser.Create_package_bodyContext body) {
    PlSqlParser.Object_nameContext n = spec != null ? spec.package_name : body.package_name;
    Ident schema = n.schema != null ? OraNames.ident(n.schema) : l.cx.defaultSchema;
    Ident pkg = OraNames.ident(n.name);
    QName target = packageTarget(l.cx, schema, pkg);
    l.cx.push();
    try {
      List<Decl> state = new ArrayList<>();
      Set<Ident> publicNames = new LinkedHashSet<>();
      Map<String, SqlType> stateTypes = new HashMap<>();
      Set<String> routines = new HashSet<>();
      List<PlSqlParser.Declare_itemContext> items = new ArrayList<>();
      if (spec != null && spec.declare_section() != null) {
        items.addAll(spec.declare_section().declare_item());
      }
      int specItems = items.size();
      if (body != null && body.declare_section() != null) {
        items.addAll(body.declare_section().declare_item());
      }
      // First the names, so routines can call each other and read the state in any order.
      for (int i = 0; i < items.size(); i++) {
        PlSqlParser.Declare_itemContext item = items.get(i);
        String routine = routineName(item);
        if (routine != null) {
          routines.add(routine.toUpperCase(Locale.ROOT));
          if (i < specItems) {
            publicNames.add(OraNames.ident(routine));
          }
        }
      }
      l.cx.pkg = new OraContext.PackageScope(schema, pkg, target, stateTypes, routines);
      List<Routine> lowered = new ArrayList<>();
      for (PlSqlParser.Declare_itemContext item : items) {
        if (item.procedure_declaration() != null || item.function_declaration() != null) {
          String name = routineName(item);
          QName memberName = packageMember(l.cx, schema, pkg, OraNames.ident(name));
          Routine r =
              nested(l, item.procedure_declaration(), item.function_declaration(), memberName);
          if (r != null) {
            lowered.add(r);
          }
          continue;
        }
        // Package variables are read through the package state, not as locals: their names
        // leave the scope again (types, cursors and exceptions stay visible).
        boolean variable = item.variable_declaration() != null;
        if (variable) {
          l.cx.push();
        }
        List<Decl> decls = l.plsql.declarations(declareSection(item));
        if (variable) {
          l.cx.pop();
        }
        for (Decl d : decls) {
          state.add(d);
          if (d instanceof Decl.Variable v) {
            stateTypes.put(v.name().text().toUpperCase(Locale.ROOT), v.type());
          }
        }
      }
      Block init = null;
      if (body != null && body.initialization != null) {
        init = l.plsql.body(body.initialization, null, List.of());
      }
      return new PackageDef(
          target, state, lowered, publicNames, init, l.cx.span(spec != null ? spec : body));
    } finally {
      l.cx.pkg = null;
      l.cx.pop();
    }
  }

  /** One declare item as a section of its own, to reuse the declaration lowering. */
  private static PlSqlParser.Declare_sectionContext declareSection(
      PlSqlParser.Declare_itemContext item) {
    PlSqlParser.Declare_sectionContext section = new PlSqlParser.Declare_sectionContext(null, 0);
    section.addChild(item);
    return section;
  }

  private static String routineName(PlSqlParser.Declare_itemContext item) {
    if (item.procedure_declaration() != null) {
      return OraNames.ident(item.procedure_declaration().procedure_heading().name).text();
    }
    if (item.function_declaration() != null) {
      return OraNames.ident(item.function_declaration().function_heading().name).text();
    }
    return null;
  }

  /** Records what a package declares, before anything is lowered. */
  static void register(
      OraPackages registry, OraTypes types, PlSqlParser.StatementContext st, String defaultSchema) {
    PlSqlParser.Object_nameContext n;
    PlSqlParser.Declare_sectionContext section;
    if (st.create_package() != null) {
      n = st.create_package().package_name;
      section = st.create_package().declare_section();
    } else if (st.create_package_body() != null) {
      n = st.create_package_body().package_name;
      section = st.create_package_body().declare_section();
    } else {
      return;
    }
    String schema = n.schema != null ? OraNames.ident(n.schema).text() : defaultSchema;
    OraPackages.Members m = registry.declare(schema, OraNames.ident(n.name).text());
    if (section == null) {
      return;
    }
    for (PlSqlParser.Declare_itemContext item : section.declare_item()) {
      String routine = routineName(item);
      if (routine != null) {
        m.routines.add(routine.toUpperCase(Locale.ROOT));
      } else if (item.variable_declaration() != null) {
        PlSqlParser.Variable_declarationContext v = item.variable_declaration();
        m.variables.put(
            OraNames.ident(v.name).text().toUpperCase(Locale.ROOT),
            types.lower(v.datatype(), false));
      } else if (item.type_declaration() != null) {
        m.types.add(OraNames.ident(item.type_declaration().name).text().toUpperCase(Locale.ROOT));
      } else if (item.exception_declaration() != null) {
        m.exceptions.put(
            OraNames.ident(item.exception_declaration().name).text().toUpperCase(Locale.ROOT),
            null);
      }
    }
  }

  // ------------------------------------------------------------------------------------------
  // Triggers
  // ------------------------------------------------------------------------------------------

  /** A DML trigger, or null (with an item) for compound and system triggers. */
  static Trigger trigger(OraLower l, PlSqlParser.Create_triggerContext t) {
    QName name = objectName(l.cx, t.trigger_name);
    if (t.compound_dml_trigger() != null) {
      // OraCode.triggers splits compound triggers; one trigger cannot stand for them.
      l.cx.note(t, OraItems.COMPOUND_TRIGGER, "a compound trigger is several triggers");
      return null;
    }
    if (t.system_trigger() != null) {
      l.cx.note(
          t,
          OraItems.SYSTEM_TRIGGER,
          l.cx.mysql
              ? "system (DDL, logon, database) triggers: MySQL has none; use init_connect or"
                  + " the audit log"
              : "system (DDL, logon, database) triggers: use PostgreSQL event triggers or login"
                  + " hooks");
      return null;
    }
    Trigger.Timing timing;
    PlSqlParser.Dml_event_clauseContext events;
    PlSqlParser.Referencing_clauseContext referencing;
    boolean row;
    PlSqlParser.Trigger_when_clauseContext when = null;
    PlSqlParser.Trigger_bodyContext body;
    if (t.simple_dml_trigger() != null) {
      PlSqlParser.Simple_dml_triggerContext s = t.simple_dml_trigger();
      timing =
          s.timing.getType() == PlSqlParser.BEFORE ? Trigger.Timing.BEFORE : Trigger.Timing.AFTER;
      events = s.dml_event_clause();
      referencing = s.referencing_clause();
      row = s.for_each_row() != null;
      when = s.trigger_when_clause();
      body = s.trigger_body();
    } else {
      PlSqlParser.Instead_of_dml_triggerContext s = t.instead_of_dml_trigger();
      timing = Trigger.Timing.INSTEAD_OF;
      events = s.dml_event_clause();
      referencing = s.referencing_clause();
      row = true;
      body = s.trigger_body();
    }
    List<Ident> columns = new ArrayList<>();
    List<Trigger.Event> eventList = events(events, columns);
    if (events.nested_column != null) {
      l.cx.note(t, OraItems.OBJECT_TYPE, "triggers on nested table columns have no equivalent");
      return null;
    }
    QName table = l.query.tableName(events.table);
    l.cx.trigger = transitionNames(referencing);
    try {
      Expr whenExpr = when == null ? null : l.expr.condition(when.condition());
      Block block;
      if (body instanceof PlSqlParser.CallTriggerBodyContext call) {
        Expr target = l.elements.element(call.general_element());
        Stmt stmt =
            target instanceof Expr.FunctionCall f
                ? new Stmt.Call(f.name(), f.args(), null, l.cx.span(call))
                : l.cx.unsupportedStmt(
                    call, OraItems.STATEMENT, "CALL trigger body not understood");
        block = Block.of(List.of(stmt));
      } else {
        PlSqlParser.BlockTriggerBodyContext b = (PlSqlParser.BlockTriggerBodyContext) body;
        block = l.plsql.block(b.block(), null);
      }
      return new Trigger(
          name, table, timing, eventList, columns, row, whenExpr, false, block, l.cx.span(t));
    } finally {
      l.cx.trigger = null;
    }
  }

  /** The events of a DML trigger; UPDATE OF columns are added to {@code columns}. */
  static List<Trigger.Event> events(
      PlSqlParser.Dml_event_clauseContext events, List<Ident> columns) {
    List<Trigger.Event> eventList = new ArrayList<>();
    for (PlSqlParser.Dml_eventContext e : events.dml_event()) {
      if (e instanceof PlSqlParser.InsertEventContext) {
        eventList.add(Trigger.Event.INSERT);
      } else if (e instanceof PlSqlParser.DeleteEventContext) {
        eventList.add(Trigger.Event.DELETE);
      } else {
        eventList.add(Trigger.Event.UPDATE);
        for (PlSqlParser.Column_nameContext c :
            ((PlSqlParser.UpdateEventContext) e).column_name()) {
          columns.add(OraNames.ident(c.identifier(c.identifier().size() - 1)));
        }
      }
    }
    return eventList;
  }

  /** The names :NEW and :OLD go by (REFERENCING NEW AS n OLD AS o). */
  static OraContext.TriggerScope transitionNames(
      PlSqlParser.Referencing_clauseContext referencing) {
    String newName = "NEW";
    String oldName = "OLD";
    if (referencing != null) {
      for (PlSqlParser.Referencing_elementContext r : referencing.referencing_element()) {
        String alias = OraNames.ident(r.alias).text().toUpperCase(Locale.ROOT);
        if (r.which.getType() == PlSqlParser.NEW) {
          newName = alias;
        } else if (r.which.getType() == PlSqlParser.OLD) {
          oldName = alias;
        }
      }
    }
    return new OraContext.TriggerScope(newName, oldName);
  }
}
