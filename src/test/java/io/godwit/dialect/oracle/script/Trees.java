package io.godwit.dialect.oracle.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.ParseTree;

/** Parsing and searching helpers for tests of the grammar's tree shapes. */
final class Trees {

  private Trees() {}

  /** Parses a script holding exactly one statement, which must parse. */
  static ParsedStatement parseOne(String sql) {
    ParsedScript script = new PlSqlScriptParser().parse("test.sql", sql);
    assertThat(script.statements()).as("statements of %s", sql).hasSize(1);
    ParsedStatement statement = script.statements().get(0);
    assertThat(statement.failure()).as("failure of %s", sql).isNull();
    return statement;
  }

  /** The statement rule of a one-statement script. */
  static PlSqlParser.StatementContext statement(String sql) {
    return parseOne(sql).tree();
  }

  /** The first node of a type, depth first, or fails. */
  static <T extends ParseTree> T first(ParseTree root, Class<T> type) {
    List<T> all = all(root, type);
    assertThat(all).as("%s in %s", type.getSimpleName(), root.getText()).isNotEmpty();
    return all.get(0);
  }

  /** Every node of a type, depth first. */
  static <T extends ParseTree> List<T> all(ParseTree root, Class<T> type) {
    List<T> found = new ArrayList<>();
    collect(root, type, found);
    return found;
  }

  private static <T extends ParseTree> void collect(ParseTree node, Class<T> type, List<T> found) {
    if (type.isInstance(node)) {
      found.add(type.cast(node));
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collect(node.getChild(i), type, found);
    }
  }
}
