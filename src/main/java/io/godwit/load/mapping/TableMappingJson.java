package io.godwit.load.mapping;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.godwit.load.mapping.TableMapping.DataTypeSpec;
import io.godwit.load.mapping.TableMapping.Filter;
import io.godwit.load.mapping.TableMapping.FilterCondition;
import io.godwit.load.mapping.TableMapping.FilterOperator;
import io.godwit.load.mapping.TableMapping.ParallelLoad;
import io.godwit.load.mapping.TableMapping.ParallelType;
import io.godwit.load.mapping.TableMapping.Rule;
import io.godwit.load.mapping.TableMapping.RuleTarget;
import io.godwit.load.mapping.TableMapping.Selection;
import io.godwit.load.mapping.TableMapping.SelectionAction;
import io.godwit.load.mapping.TableMapping.TableSettings;
import io.godwit.load.mapping.TableMapping.TransformAction;
import io.godwit.load.mapping.TableMapping.Transformation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes table-mapping documents in AWS DMS's JSON form ({@code {"rules": [...]}}, with
 * {@code rule-type}, {@code object-locator}, {@code rule-action}...). Fields Godwit does not use
 * are ignored on reading; rule types and actions it does not know are refused with the rule named.
 */
public final class TableMappingJson {

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Parses a document. */
  public TableMapping read(String json) {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
      throw new MappingException("not valid JSON: " + where + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new MappingException("expected a JSON object with a \"rules\" array");
    }
    JsonNode rules = root.get("rules");
    if (rules == null || !rules.isArray()) {
      throw new MappingException("expected a \"rules\" array at the top level");
    }
    List<Rule> out = new ArrayList<>();
    int index = 0;
    for (JsonNode r : rules) {
      index++;
      out.add(rule(r, index));
    }
    return new TableMapping(out);
  }

  private Rule rule(JsonNode r, int index) {
    if (!r.isObject()) {
      throw new MappingException("rule " + index + " is not a JSON object");
    }
    String id = text(r, "rule-id");
    String where = "rule " + index + (id == null ? "" : " (rule-id " + id + ")");
    id = id == null ? Integer.toString(index) : id;
    String name = text(r, "rule-name");
    name = name == null ? id : name;
    String type = required(r, "rule-type", where);
    return switch (type) {
      case "selection" -> selection(r, id, name, where);
      case "transformation" -> transformation(r, id, name, where);
      case "table-settings" -> tableSettings(r, id, name, where);
      default ->
          throw new MappingException(
              where
                  + ": rule-type '"
                  + type
                  + "' is not supported (selection, transformation, table-settings)");
    };
  }

  private Selection selection(JsonNode r, String id, String name, String where) {
    JsonNode locator = locator(r, where);
    String action = required(r, "rule-action", where);
    SelectionAction a = null;
    for (SelectionAction s : SelectionAction.values()) {
      if (s.json().equals(action)) {
        a = s;
      }
    }
    if (a == null) {
      throw new MappingException(
          where
              + ": selection rule-action '"
              + action
              + "' is not one of include, exclude, explicit");
    }
    List<Filter> filters = new ArrayList<>();
    JsonNode fs = r.get("filters");
    if (fs != null && !fs.isNull()) {
      if (!fs.isArray()) {
        throw new MappingException(where + ": \"filters\" must be an array");
      }
      for (JsonNode f : fs) {
        filters.add(filter(f, where));
      }
    }
    String order = text(r, "load-order");
    Integer loadOrder;
    try {
      loadOrder = order == null ? null : Integer.valueOf(order.strip());
    } catch (NumberFormatException e) {
      throw new MappingException(where + ": load-order '" + order + "' is not a number");
    }
    return new Selection(
        id,
        name,
        new NamePattern(required(locator, "schema-name", where)),
        new NamePattern(required(locator, "table-name", where)),
        a,
        filters,
        loadOrder);
  }

  private Filter filter(JsonNode f, String where) {
    String type = text(f, "filter-type");
    if (type != null && !type.equals("source")) {
      throw new MappingException(where + ": filter-type '" + type + "' is not supported (source)");
    }
    String column = required(f, "column-name", where + " filter");
    JsonNode conditions = f.get("filter-conditions");
    if (conditions == null || !conditions.isArray() || conditions.isEmpty()) {
      throw new MappingException(
          where + ": the filter on " + column + " needs a \"filter-conditions\" array");
    }
    List<FilterCondition> out = new ArrayList<>();
    for (JsonNode c : conditions) {
      String op = required(c, "filter-operator", where + " filter on " + column);
      FilterOperator operator = null;
      for (FilterOperator o : FilterOperator.values()) {
        if (o.json().equals(op)) {
          operator = o;
        }
      }
      if (operator == null) {
        throw new MappingException(
            where
                + ": filter-operator '"
                + op
                + "' is not one of ste, gte, eq, noteq, between, notbetween, null, notnull");
      }
      String what = where + " filter on " + column + " (" + op + ")";
      FilterCondition fc =
          switch (operator) {
            case BETWEEN, NOTBETWEEN ->
                new FilterCondition(
                    operator,
                    null,
                    required(c, "start-value", what),
                    required(c, "end-value", what));
            case NULL, NOTNULL -> new FilterCondition(operator, null, null, null);
            default -> new FilterCondition(operator, required(c, "value", what), null, null);
          };
      out.add(fc);
    }
    return new Filter(column, out);
  }

  private Transformation transformation(JsonNode r, String id, String name, String where) {
    JsonNode locator = locator(r, where);
    String targetText = required(r, "rule-target", where);
    RuleTarget target = null;
    for (RuleTarget t : RuleTarget.values()) {
      if (t.json().equals(targetText)) {
        target = t;
      }
    }
    if (target == null) {
      throw new MappingException(
          where + ": rule-target '" + targetText + "' is not supported (schema, table, column)");
    }
    String actionText = required(r, "rule-action", where);
    TransformAction action = null;
    for (TransformAction a : TransformAction.values()) {
      if (a.json().equals(actionText)) {
        action = a;
      }
    }
    if (action == null) {
      throw new MappingException(
          where + ": transformation rule-action '" + actionText + "' is not supported");
    }
    String schema = required(locator, "schema-name", where);
    String table = target == RuleTarget.SCHEMA ? null : required(locator, "table-name", where);
    String column = target == RuleTarget.COLUMN ? required(locator, "column-name", where) : null;
    String value = text(r, "value");
    String oldValue = text(r, "old-value");
    DataTypeSpec dataType = null;
    switch (action) {
      case RENAME, ADD_PREFIX, ADD_SUFFIX, REMOVE_PREFIX, REMOVE_SUFFIX -> {
        if (value == null) {
          throw new MappingException(where + ": " + actionText + " needs a \"value\"");
        }
      }
      case REPLACE_PREFIX, REPLACE_SUFFIX -> {
        if (value == null || oldValue == null) {
          throw new MappingException(
              where + ": " + actionText + " needs \"old-value\" and \"value\"");
        }
      }
      case REMOVE_COLUMN -> {
        if (target != RuleTarget.COLUMN) {
          throw new MappingException(where + ": remove-column needs rule-target column");
        }
      }
      case CHANGE_DATA_TYPE -> {
        if (target != RuleTarget.COLUMN) {
          throw new MappingException(where + ": change-data-type needs rule-target column");
        }
        JsonNode dt = r.get("data-type");
        if (dt == null || !dt.isObject()) {
          throw new MappingException(where + ": change-data-type needs a \"data-type\" object");
        }
        dataType =
            new DataTypeSpec(
                required(dt, "type", where + " data-type"),
                integer(dt, "length", where),
                integer(dt, "precision", where),
                integer(dt, "scale", where));
        DmsTypes.kindOf(dataType, where);
      }
      default -> {}
    }
    return new Transformation(
        id,
        name,
        target,
        new NamePattern(schema),
        table == null ? null : new NamePattern(table),
        column == null ? null : new NamePattern(column),
        action,
        value,
        oldValue,
        dataType);
  }

  private TableSettings tableSettings(JsonNode r, String id, String name, String where) {
    JsonNode locator = locator(r, where);
    String schema = required(locator, "schema-name", where);
    String table = required(locator, "table-name", where);
    if (schema.indexOf('%') >= 0 || table.indexOf('%') >= 0) {
      throw new MappingException(where + ": table-settings name one table (no % wildcards)");
    }
    JsonNode pl = r.get("parallel-load");
    ParallelLoad parallel = null;
    if (pl != null && !pl.isNull()) {
      String typeText = required(pl, "type", where + " parallel-load");
      ParallelType type = null;
      for (ParallelType t : ParallelType.values()) {
        if (t.json().equals(typeText)) {
          type = t;
        }
      }
      if (type == null) {
        throw new MappingException(
            where
                + ": parallel-load type '"
                + typeText
                + "' is not supported (none, ranges, godwit-key-ranges-auto)");
      }
      List<String> columns = new ArrayList<>();
      JsonNode cs = pl.get("columns");
      if (cs != null && cs.isArray()) {
        for (JsonNode c : cs) {
          columns.add(c.asText());
        }
      }
      List<List<String>> boundaries = new ArrayList<>();
      JsonNode bs = pl.get("boundaries");
      if (bs != null && bs.isArray()) {
        for (JsonNode b : bs) {
          if (!b.isArray() || b.size() != columns.size()) {
            throw new MappingException(
                where + ": each boundary needs one value per column " + columns);
          }
          List<String> values = new ArrayList<>();
          for (JsonNode v : b) {
            values.add(v.asText());
          }
          boundaries.add(values);
        }
      }
      if (type == ParallelType.RANGES && (columns.isEmpty() || boundaries.isEmpty())) {
        throw new MappingException(where + ": parallel-load ranges needs columns and boundaries");
      }
      Long rows = null;
      String rowsText = text(pl, "rows-per-segment");
      if (rowsText != null) {
        try {
          rows = Long.valueOf(rowsText);
        } catch (NumberFormatException e) {
          throw new MappingException(where + ": rows-per-segment is not a number");
        }
      }
      parallel = new ParallelLoad(type, columns, boundaries, rows);
    }
    return new TableSettings(id, name, schema, table, parallel);
  }

  private static JsonNode locator(JsonNode r, String where) {
    JsonNode locator = r.get("object-locator");
    if (locator == null || !locator.isObject()) {
      throw new MappingException(where + ": missing \"object-locator\"");
    }
    return locator;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String required(JsonNode node, String field, String where) {
    String v = text(node, field);
    if (v == null || v.isEmpty()) {
      throw new MappingException(where + ": missing \"" + field + "\"");
    }
    return v;
  }

  private static Integer integer(JsonNode node, String field, String where) {
    String v = text(node, field);
    if (v == null) {
      return null;
    }
    try {
      return Integer.valueOf(v.strip());
    } catch (NumberFormatException e) {
      throw new MappingException(where + ": \"" + field + "\" is not a number");
    }
  }

  /** Writes a document in DMS's form. */
  public String write(TableMapping mapping) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode rules = root.putArray("rules");
    for (Rule rule : mapping.rules()) {
      ObjectNode r = rules.addObject();
      if (rule instanceof Selection s) {
        r.put("rule-type", "selection");
        ids(r, s);
        locator(r, Map.of("schema-name", s.schema().text(), "table-name", s.table().text()));
        r.put("rule-action", s.action().json());
        if (s.loadOrder() != null) {
          r.put("load-order", s.loadOrder().toString());
        }
        if (!s.filters().isEmpty()) {
          ArrayNode fs = r.putArray("filters");
          for (Filter f : s.filters()) {
            ObjectNode fo = fs.addObject();
            fo.put("filter-type", "source");
            fo.put("column-name", f.column());
            ArrayNode cs = fo.putArray("filter-conditions");
            for (FilterCondition c : f.conditions()) {
              ObjectNode co = cs.addObject();
              co.put("filter-operator", c.operator().json());
              if (c.value() != null) {
                co.put("value", c.value());
              }
              if (c.start() != null) {
                co.put("start-value", c.start());
                co.put("end-value", c.end());
              }
            }
          }
        }
      } else if (rule instanceof Transformation t) {
        r.put("rule-type", "transformation");
        ids(r, t);
        r.put("rule-target", t.target().json());
        ObjectNode locator = r.putObject("object-locator");
        locator.put("schema-name", t.schema().text());
        if (t.table() != null) {
          locator.put("table-name", t.table().text());
        }
        if (t.column() != null) {
          locator.put("column-name", t.column().text());
        }
        r.put("rule-action", t.action().json());
        if (t.value() != null) {
          r.put("value", t.value());
        }
        if (t.oldValue() != null) {
          r.put("old-value", t.oldValue());
        }
        if (t.dataType() != null) {
          ObjectNode dt = r.putObject("data-type");
          dt.put("type", t.dataType().type());
          if (t.dataType().length() != null) {
            dt.put("length", t.dataType().length().toString());
          }
          if (t.dataType().precision() != null) {
            dt.put("precision", t.dataType().precision().toString());
          }
          if (t.dataType().scale() != null) {
            dt.put("scale", t.dataType().scale().toString());
          }
        }
      } else if (rule instanceof TableSettings ts) {
        r.put("rule-type", "table-settings");
        ids(r, ts);
        locator(r, Map.of("schema-name", ts.schema(), "table-name", ts.table()));
        if (ts.parallelLoad() != null) {
          ParallelLoad p = ts.parallelLoad();
          ObjectNode po = r.putObject("parallel-load");
          po.put("type", p.type().json());
          if (!p.columns().isEmpty()) {
            ArrayNode cs = po.putArray("columns");
            p.columns().forEach(cs::add);
          }
          if (!p.boundaries().isEmpty()) {
            ArrayNode bs = po.putArray("boundaries");
            for (List<String> b : p.boundaries()) {
              ArrayNode bo = bs.addArray();
              b.forEach(bo::add);
            }
          }
          if (p.rowsPerSegment() != null) {
            po.put("rows-per-segment", p.rowsPerSegment().toString());
          }
        }
      }
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a table mapping", e);
    }
  }

  private static void ids(ObjectNode r, Rule rule) {
    r.put("rule-id", rule.id());
    r.put("rule-name", rule.name());
  }

  private static void locator(ObjectNode r, Map<String, String> fields) {
    ObjectNode locator = r.putObject("object-locator");
    locator.put("schema-name", fields.get("schema-name"));
    locator.put("table-name", fields.get("table-name"));
  }
}
