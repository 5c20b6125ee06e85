package io.godwit.load.mapping;

import io.godwit.load.mapping.TableMapping.Rule;
import io.godwit.load.mapping.TableMapping.RuleTarget;
import io.godwit.load.mapping.TableMapping.Selection;
import io.godwit.load.mapping.TableMapping.SelectionAction;
import io.godwit.load.mapping.TableMapping.TransformAction;
import io.godwit.load.mapping.TableMapping.Transformation;
import java.util.ArrayList;
import java.util.List;

/**
 * The mapping a task uses when it is given none, written out as rules: every table of each source
 * schema, names in lower case. Exported, it loads the same tables under the same names in Godwit
 * and in DMS.
 */
public final class DefaultMapping {

  private DefaultMapping() {}

  public static TableMapping forSchemas(List<String> schemas) {
    List<Rule> rules = new ArrayList<>();
    int id = 1;
    for (String schema : schemas) {
      rules.add(
          new Selection(
              Integer.toString(id),
              "include-" + schema,
              new NamePattern(schema),
              new NamePattern("%"),
              SelectionAction.INCLUDE,
              List.of(),
              null));
      id++;
    }
    NamePattern any = new NamePattern("%");
    for (RuleTarget target : RuleTarget.values()) {
      rules.add(
          new Transformation(
              Integer.toString(id),
              "lowercase-" + target.json(),
              target,
              any,
              target == RuleTarget.SCHEMA ? null : any,
              target == RuleTarget.COLUMN ? any : null,
              TransformAction.CONVERT_LOWERCASE,
              null,
              null,
              null));
      id++;
    }
    return new TableMapping(rules);
  }
}
