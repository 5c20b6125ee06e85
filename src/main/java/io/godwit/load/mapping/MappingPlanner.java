package io.godwit.load.mapping;

import io.godwit.load.Condition;
import io.godwit.load.TableRef;
import io.godwit.load.ValueConversions;
import io.godwit.load.ValueConverter;
import io.godwit.load.ValueKind;
import io.godwit.load.mapping.TableMapping.Filter;
import io.godwit.load.mapping.TableMapping.FilterCondition;
import io.godwit.load.mapping.TableMapping.ParallelLoad;
import io.godwit.load.mapping.TableMapping.Rule;
import io.godwit.load.mapping.TableMapping.RuleTarget;
import io.godwit.load.mapping.TableMapping.Selection;
import io.godwit.load.mapping.TableMapping.SelectionAction;
import io.godwit.load.mapping.TableMapping.TableSettings;
import io.godwit.load.mapping.TableMapping.TransformAction;
import io.godwit.load.mapping.TableMapping.Transformation;
import io.godwit.model.Column;
import io.godwit.model.DataType;
import io.godwit.model.Database;
import io.godwit.model.Schema;
import io.godwit.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Turns a source catalog and a table mapping into table plans. Without a mapping every table of the
 * catalog loads. Target names start as the source names; transformation rules apply in rule-id
 * order; a name no rename or convert-lowercase/uppercase rule set is then folded by {@link
 * TargetNames}.
 */
public final class MappingPlanner {

  private final Function<DataType, ValueKind> sourceKinds;

  /**
   * @param sourceKinds the kind the source dialect reads each type as
   */
  public MappingPlanner(Function<DataType, ValueKind> sourceKinds) {
    this.sourceKinds = sourceKinds;
  }

  /**
   * The plans for every table the mapping selects ({@code mapping} may be {@code null}: all
   * tables), highest load-order first, then by name.
   *
   * @throws MappingException when the rules do not fit the catalog (a filter on a missing column)
   */
  public List<TablePlan> plan(Database source, TableMapping mapping) {
    List<Rule> rules = mapping == null ? List.of() : ordered(mapping.rules());
    boolean anySelection = rules.stream().anyMatch(r -> r instanceof Selection);
    List<TablePlan> plans = new ArrayList<>();
    for (Schema schema : source.schemas()) {
      for (Table table : schema.tables()) {
        TableRef ref = new TableRef(schema.name(), table.name());
        List<Selection> includes = new ArrayList<>();
        boolean excluded = false;
        for (Rule r : rules) {
          if (r instanceof Selection s
              && s.schema().matches(ref.schema())
              && s.table().matches(ref.name())) {
            if (s.action() == SelectionAction.EXCLUDE) {
              excluded = true;
            } else {
              includes.add(s);
            }
          }
        }
        if (excluded || (anySelection && includes.isEmpty())) {
          continue;
        }
        plans.add(plan(ref, table, includes, rules));
      }
    }
    plans.sort(
        Comparator.comparingInt(TablePlan::loadOrder).reversed().thenComparing(TablePlan::source));
    return plans;
  }

  private TablePlan plan(TableRef ref, Table table, List<Selection> includes, List<Rule> rules) {
    String targetSchema = name(rules, RuleTarget.SCHEMA, ref.schema(), null, null);
    String targetTable = name(rules, RuleTarget.TABLE, ref.schema(), ref.name(), null);
    List<ColumnPlan> columns = new ArrayList<>();
    for (Column c : table.columns()) {
      if (removed(rules, ref, c.name())) {
        continue;
      }
      String target = name(rules, RuleTarget.COLUMN, ref.schema(), ref.name(), c.name());
      ValueKind via = null;
      for (Rule r : rules) {
        if (r instanceof Transformation t
            && t.action() == TransformAction.CHANGE_DATA_TYPE
            && matches(t, ref, c.name())) {
          via = DmsTypes.kindOf(t.dataType(), "rule-id " + t.id());
        }
      }
      columns.add(new ColumnPlan(c.name(), c.type(), sourceKinds.apply(c.type()), target, via));
    }
    if (columns.isEmpty()) {
      throw new MappingException("table " + ref + " has no column left to load");
    }
    List<Condition> filters = new ArrayList<>();
    int loadOrder = 0;
    for (Selection s : includes) {
      for (Filter f : s.filters()) {
        // A rule for many tables filters those that have the column; a rule for one table
        // must name one of its columns.
        boolean many = s.schema().hasWildcard() || s.table().hasWildcard();
        if (many && table.column(f.column()).isEmpty()) {
          continue;
        }
        filters.add(filter(ref, table, f));
      }
      if (s.loadOrder() != null) {
        loadOrder = Math.max(loadOrder, s.loadOrder());
      }
    }
    Condition filter =
        filters.isEmpty()
            ? null
            : filters.size() == 1 ? filters.get(0) : new Condition.All(filters);
    ParallelLoad parallel = null;
    for (Rule r : rules) {
      if (r instanceof TableSettings ts
          && ts.schema().equals(ref.schema())
          && ts.table().equals(ref.name())
          && ts.parallelLoad() != null) {
        parallel = ts.parallelLoad();
        for (String column : parallel.columns()) {
          if (table.column(column).isEmpty()) {
            throw new MappingException(
                "rule-id " + ts.id() + ": table " + ref + " has no column " + column);
          }
        }
      }
    }
    List<String> key = table.primaryKey() == null ? List.of() : table.primaryKey().columns();
    return new TablePlan(
        ref, new TableRef(targetSchema, targetTable), columns, filter, parallel, key, loadOrder);
  }

  private boolean removed(List<Rule> rules, TableRef ref, String column) {
    for (Rule r : rules) {
      if (r instanceof Transformation t
          && t.action() == TransformAction.REMOVE_COLUMN
          && matches(t, ref, column)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Transformation t, TableRef ref, String column) {
    return t.target() == RuleTarget.COLUMN
        && t.schema().matches(ref.schema())
        && t.table().matches(ref.name())
        && t.column().matches(column);
  }

  /** The target spelling of a schema, table or column name under the rules. */
  private static String name(
      List<Rule> rules, RuleTarget target, String schema, String table, String column) {
    String source =
        target == RuleTarget.SCHEMA ? schema : target == RuleTarget.TABLE ? table : column;
    String name = source;
    boolean caseSet = false;
    for (Rule r : rules) {
      if (!(r instanceof Transformation t) || t.target() != target) {
        continue;
      }
      if (!t.schema().matches(schema)
          || (target != RuleTarget.SCHEMA && !t.table().matches(table))
          || (target == RuleTarget.COLUMN && !t.column().matches(column))) {
        continue;
      }
      switch (t.action()) {
        case RENAME -> {
          name = t.value();
          caseSet = true;
        }
        case CONVERT_LOWERCASE -> {
          name = name.toLowerCase(Locale.ROOT);
          caseSet = true;
        }
        case CONVERT_UPPERCASE -> {
          name = name.toUpperCase(Locale.ROOT);
          caseSet = true;
        }
        case ADD_PREFIX -> name = t.value() + name;
        case ADD_SUFFIX -> name = name + t.value();
        case REMOVE_PREFIX -> {
          if (name.startsWith(t.value())) {
            name = name.substring(t.value().length());
          }
        }
        case REMOVE_SUFFIX -> {
          if (name.endsWith(t.value())) {
            name = name.substring(0, name.length() - t.value().length());
          }
        }
        case REPLACE_PREFIX -> {
          if (name.startsWith(t.oldValue())) {
            name = t.value() + name.substring(t.oldValue().length());
          }
        }
        case REPLACE_SUFFIX -> {
          if (name.endsWith(t.oldValue())) {
            name = name.substring(0, name.length() - t.oldValue().length()) + t.value();
          }
        }
        default -> {}
      }
    }
    if (name.isEmpty()) {
      throw new MappingException("the rules leave " + source + " without a name");
    }
    return caseSet ? name : TargetNames.fold(name);
  }

  private Condition filter(TableRef ref, Table table, Filter f) {
    Column column =
        table
            .column(f.column())
            .orElseThrow(
                () ->
                    new MappingException(
                        "a filter names column "
                            + f.column()
                            + ", which "
                            + ref
                            + " does not have"));
    ValueKind kind = sourceKinds.apply(column.type());
    ValueConverter parse = ValueConversions.converter(ValueKind.TEXT, kind);
    String where = "filter on " + ref + "." + f.column();
    List<Condition> any = new ArrayList<>();
    for (FilterCondition c : f.conditions()) {
      String name = f.column();
      Condition cond =
          switch (c.operator()) {
            case STE -> compare(name, Condition.Op.LE, c.value(), kind, parse, where);
            case GTE -> compare(name, Condition.Op.GE, c.value(), kind, parse, where);
            case EQ -> compare(name, Condition.Op.EQ, c.value(), kind, parse, where);
            case NOTEQ -> compare(name, Condition.Op.NE, c.value(), kind, parse, where);
            case BETWEEN -> between(name, c, kind, parse, where);
            case NOTBETWEEN -> new Condition.Not(between(name, c, kind, parse, where));
            case NULL -> new Condition.IsNull(name);
            case NOTNULL -> new Condition.Not(new Condition.IsNull(name));
          };
      any.add(cond);
    }
    return any.size() == 1 ? any.get(0) : new Condition.Any(any);
  }

  private static Condition between(
      String column, FilterCondition c, ValueKind kind, ValueConverter parse, String where) {
    return new Condition.All(
        List.of(
            compare(column, Condition.Op.GE, c.start(), kind, parse, where),
            compare(column, Condition.Op.LE, c.end(), kind, parse, where)));
  }

  private static Condition compare(
      String column,
      Condition.Op op,
      String text,
      ValueKind kind,
      ValueConverter parse,
      String where) {
    if (parse == null) {
      throw new MappingException(where + ": this column's values cannot be compared");
    }
    try {
      return new Condition.Compare(column, op, parse.convert(text), kind);
    } catch (IllegalArgumentException e) {
      throw new MappingException(where + ": " + e.getMessage());
    }
  }

  /** Rules in rule-id order (numerically when the ids are numbers), stable otherwise. */
  private static List<Rule> ordered(List<Rule> rules) {
    List<Rule> out = new ArrayList<>(rules);
    out.sort(Comparator.comparing(MappingPlanner::idKey));
    return out;
  }

  private static long idKey(Rule r) {
    try {
      return Long.parseLong(r.id().strip());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
