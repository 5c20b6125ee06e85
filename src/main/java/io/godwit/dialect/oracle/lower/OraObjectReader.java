package io.godwit.dialect.oracle.lower;

import static io.godwit.dialect.oracle.lower.OraDdlReader.name;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.dialect.oracle.script.SourceText;
import io.godwit.model.Column;
import io.godwit.model.DataType;
import io.godwit.model.Index;
import io.godwit.model.IndexKey;
import io.godwit.model.Origin;
import io.godwit.model.Parameter;
import io.godwit.model.ParameterMode;
import io.godwit.model.Routine;
import io.godwit.model.RoutineKind;
import io.godwit.model.Sequence;
import io.godwit.model.SortOrder;
import io.godwit.model.Synonym;
import io.godwit.model.Trigger;
import io.godwit.model.TriggerEvent;
import io.godwit.model.TriggerLevel;
import io.godwit.model.TriggerTiming;
import io.godwit.model.TypeKind;
import io.godwit.model.UserType;
import io.godwit.model.View;
import io.godwit.model.ViewCheckOption;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Reads the model of the objects a script creates other than tables: indexes, sequences, views,
 * synonyms, types, routines and triggers, for the catalog tree and for name resolution. The
 * conversion itself lowers their parse trees.
 */
final class OraObjectReader {

  private final SourceText source;
  private final Origin origin;

  OraObjectReader(SourceText source, Origin origin) {
    this.source = source;
    this.origin = origin;
  }

  /** CREATE INDEX on a table; null for cluster indexes. */
  Index index(PlSqlParser.Create_indexContext c) {
    if (!(c.index_target() instanceof PlSqlParser.TableIndexTargetContext target)) {
      return null;
    }
    List<IndexKey> keys = new ArrayList<>();
    for (PlSqlParser.Index_columnContext col : target.index_column()) {
      SortOrder order = col.DESC() != null ? SortOrder.DESC : SortOrder.ASC;
      PlSqlParser.IdentifierContext id = singleIdentifier(col.expression());
      if (id != null) {
        keys.add(new IndexKey(name(id), null, order, null));
      } else {
        keys.add(new IndexKey(null, source.text(col.expression()), order, null));
      }
    }
    String method = null;
    if (c.index_kind != null && c.index_kind.getType() == PlSqlParser.BITMAP) {
      method = "bitmap";
    }
    for (PlSqlParser.Index_attributeContext a : c.index_attribute()) {
      if (a instanceof PlSqlParser.ReverseIndexAttributeContext) {
        method = "reverse";
      } else if (a instanceof PlSqlParser.DomainIndexAttributeContext d) {
        method = "domain:" + source.text(d.object_name());
      }
    }
    boolean unique = c.index_kind != null && c.index_kind.getType() == PlSqlParser.UNIQUE;
    return new Index(
        name(c.index_name.name),
        name(target.table.name),
        unique,
        keys,
        List.of(),
        null,
        method,
        origin);
  }

  /** The identifier an expression consists of, or null when it is anything more. */
  static PlSqlParser.IdentifierContext singleIdentifier(ParseTree node) {
    ParseTree n = node;
    while (n != null) {
      if (n instanceof PlSqlParser.IdentifierContext id) {
        return id;
      }
      if (n.getChildCount() != 1) {
        return null;
      }
      n = n.getChild(0);
    }
    return null;
  }

  Sequence sequence(PlSqlParser.Create_sequenceContext c) {
    BigInteger start = null;
    BigInteger increment = null;
    BigInteger min = null;
    BigInteger max = null;
    boolean cycle = false;
    Long cache = null;
    for (PlSqlParser.Sequence_optionContext s : c.sequence_option()) {
      if (s instanceof PlSqlParser.StartWithOptionContext sw && sw.signed_number() != null) {
        start = OraDdlReader.number(sw.signed_number());
      } else if (s instanceof PlSqlParser.IncrementByOptionContext ib) {
        increment = OraDdlReader.number(ib.signed_number());
      } else if (s instanceof PlSqlParser.MinValueOptionContext mv) {
        min = OraDdlReader.number(mv.signed_number());
      } else if (s instanceof PlSqlParser.MaxValueOptionContext mv) {
        max = OraDdlReader.number(mv.signed_number());
      } else if (s instanceof PlSqlParser.CycleOptionContext) {
        cycle = true;
      } else if (s instanceof PlSqlParser.NoCycleOptionContext) {
        cycle = false;
      } else if (s instanceof PlSqlParser.CacheOptionContext co) {
        cache = OraDdlReader.longValue(co.numeric_value().getText());
      } else if (s instanceof PlSqlParser.NoCacheOptionContext) {
        cache = 1L;
      }
    }
    return new Sequence(
        name(c.sequence_name.name), null, start, increment, min, max, cycle, cache, null, origin);
  }

  View view(PlSqlParser.Create_viewContext c) {
    ViewCheckOption check = ViewCheckOption.NONE;
    if (c.subquery_restriction() instanceof PlSqlParser.ReadOnlyRestrictionContext) {
      check = ViewCheckOption.READ_ONLY;
    } else if (c.subquery_restriction() instanceof PlSqlParser.CheckOptionRestrictionContext) {
      check = ViewCheckOption.CASCADED;
    }
    return new View(
        name(c.view_name.name), false, List.of(), source.text(c.subquery()), check, null, origin);
  }

  View materializedView(PlSqlParser.Create_materialized_viewContext c) {
    return new View(
        name(c.view_name.name),
        true,
        List.of(),
        source.text(c.subquery()),
        ViewCheckOption.NONE,
        null,
        origin);
  }

  Synonym synonym(PlSqlParser.Create_synonymContext c) {
    PlSqlParser.Object_nameContext target = c.target.object_name();
    return new Synonym(
        name(c.synonym_name.name),
        c.PUBLIC() != null,
        target.schema == null ? null : name(target.schema),
        name(target.name),
        c.target.dblink_name() == null ? null : source.text(c.target.dblink_name()),
        null,
        origin);
  }

  UserType type(PlSqlParser.Create_typeContext c, String text) {
    String typeName = name(c.type_object.name);
    PlSqlParser.Type_definitionContext def = c.type_definition();
    if (def instanceof PlSqlParser.ObjectTypeDefinitionContext o) {
      return new UserType(
          typeName, TypeKind.OBJECT, attributes(o.type_element()), null, null, null, text, origin);
    }
    if (def instanceof PlSqlParser.SubtypeDefinitionContext s) {
      return new UserType(
          typeName, TypeKind.OBJECT, attributes(s.type_element()), null, null, null, text, origin);
    }
    if (def instanceof PlSqlParser.NestedTableTypeDefinitionContext n) {
      return new UserType(
          typeName, TypeKind.NESTED_TABLE, List.of(), type(n.datatype()), null, null, text, origin);
    }
    if (def instanceof PlSqlParser.VarrayTypeDefinitionContext v) {
      return new UserType(
          typeName,
          TypeKind.VARRAY,
          List.of(),
          type(v.datatype()),
          OraDdlReader.longValue(v.limit.getText()),
          null,
          text,
          origin);
    }
    // incomplete (forward) declaration or opaque type
    return new UserType(typeName, TypeKind.OBJECT, List.of(), null, null, null, text, origin);
  }

  private List<Column> attributes(List<PlSqlParser.Type_elementContext> elements) {
    List<Column> out = new ArrayList<>();
    for (PlSqlParser.Type_elementContext e : elements) {
      if (e instanceof PlSqlParser.AttributeElementContext a) {
        out.add(Column.of(name(a.name), type(a.datatype())));
      }
    }
    return out;
  }

  private DataType type(PlSqlParser.DatatypeContext t) {
    DataType d = OraTypes.model(t, source.text(t));
    return d != null ? d : new DataType(source.text(t), null, null, null, null, source.text(t));
  }

  Routine routine(PlSqlParser.StatementContext st, String text) {
    boolean procedure = st.create_procedure() != null;
    PlSqlParser.Object_nameContext n =
        procedure ? st.create_procedure().procedure_name : st.create_function().function_name;
    PlSqlParser.Parameter_listContext params =
        procedure ? st.create_procedure().parameter_list() : st.create_function().parameter_list();
    DataType returns = procedure ? null : type(st.create_function().return_type);
    return new Routine(
        name(n.name),
        procedure ? RoutineKind.PROCEDURE : RoutineKind.FUNCTION,
        parameters(params),
        returns,
        "plsql",
        text,
        origin);
  }

  private List<Parameter> parameters(PlSqlParser.Parameter_listContext list) {
    List<Parameter> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    for (PlSqlParser.ParameterContext p : list.parameter()) {
      ParameterMode mode = ParameterMode.IN;
      if (p.parameter_mode() != null) {
        boolean in = p.parameter_mode().IN() != null;
        boolean out2 = p.parameter_mode().OUT() != null;
        mode = in && out2 ? ParameterMode.IN_OUT : out2 ? ParameterMode.OUT : ParameterMode.IN;
      }
      String dflt =
          p.default_value_part() == null ? null : source.text(p.default_value_part().condition());
      out.add(new Parameter(name(p.name), mode, type(p.datatype()), dflt));
    }
    return out;
  }

  Trigger trigger(PlSqlParser.Create_triggerContext t, String text) {
    String triggerName = name(t.trigger_name.name);
    TriggerTiming timing;
    PlSqlParser.Dml_event_clauseContext events = null;
    boolean row = false;
    ParserRuleContext when = null;
    if (t.simple_dml_trigger() != null) {
      PlSqlParser.Simple_dml_triggerContext s = t.simple_dml_trigger();
      timing =
          s.timing.getType() == PlSqlParser.BEFORE ? TriggerTiming.BEFORE : TriggerTiming.AFTER;
      events = s.dml_event_clause();
      row = s.for_each_row() != null;
      when = s.trigger_when_clause() == null ? null : s.trigger_when_clause().condition();
    } else if (t.instead_of_dml_trigger() != null) {
      timing = TriggerTiming.INSTEAD_OF;
      events = t.instead_of_dml_trigger().dml_event_clause();
      row = true;
    } else if (t.compound_dml_trigger() != null) {
      timing = TriggerTiming.COMPOUND;
      events = t.compound_dml_trigger().dml_event_clause();
      row = true;
    } else {
      PlSqlParser.System_triggerContext s = t.system_trigger();
      timing =
          s.BEFORE() != null
              ? TriggerTiming.BEFORE
              : s.AFTER() != null ? TriggerTiming.AFTER : TriggerTiming.INSTEAD_OF;
      return new Trigger(
          triggerName,
          null,
          null,
          timing,
          List.of(TriggerEvent.SYSTEM),
          List.of(),
          TriggerLevel.STATEMENT,
          s.trigger_when_clause() == null ? null : source.text(s.trigger_when_clause().condition()),
          text,
          origin);
    }
    List<TriggerEvent> eventList = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    for (PlSqlParser.Dml_eventContext e : events.dml_event()) {
      if (e instanceof PlSqlParser.InsertEventContext) {
        eventList.add(TriggerEvent.INSERT);
      } else if (e instanceof PlSqlParser.DeleteEventContext) {
        eventList.add(TriggerEvent.DELETE);
      } else {
        eventList.add(TriggerEvent.UPDATE);
        for (PlSqlParser.Column_nameContext c :
            ((PlSqlParser.UpdateEventContext) e).column_name()) {
          columns.add(name(c.identifier(c.identifier().size() - 1)));
        }
      }
    }
    return new Trigger(
        triggerName,
        events.table.schema == null ? null : name(events.table.schema),
        name(events.table.name),
        timing,
        eventList,
        columns,
        row ? TriggerLevel.ROW : TriggerLevel.STATEMENT,
        when == null ? null : source.text(when),
        text,
        origin);
  }
}
