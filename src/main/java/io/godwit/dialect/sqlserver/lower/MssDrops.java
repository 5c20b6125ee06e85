package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.script.ParsedBatch;
import io.godwit.dialect.sqlserver.script.ParsedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * DROP statements of a script. Scripts drop an object before creating it again ({@code DROP
 * PROCEDURE IF EXISTS p; GO CREATE PROCEDURE p ...}); the converted output creates every object
 * once (views and routines with CREATE OR REPLACE), so such a DROP is script noise and dropped. A
 * DROP of an object the scripts do not create changes a database Godwit does not convert: it is
 * reported as skipped, with its text.
 */
final class MssDrops {

  /** One DROP statement and its batch. */
  record Drop(ParsedStatement statement, ParsedBatch batch) {}

  private final List<Drop> drops = new ArrayList<>();

  void add(Drop d) {
    drops.add(d);
  }

  /** Reports the drops of objects that none of {@code slots} (units and table drafts) creates. */
  void report(List<Object> slots, MssScriptReader.Problems problems) {
    Set<String> created = new HashSet<>();
    for (Object slot : slots) {
      if (slot instanceof MssUnit u) {
        created.add(key(u.ref().schema(), u.ref().name()));
      } else if (slot instanceof MssTableDraft t && t.create != null) {
        created.add(key(t.schema, t.name));
      }
    }
    for (Drop d : drops) {
      ParsedStatement st = d.statement();
      String schema = st.schema() != null ? st.schema() : MssNames.DEFAULT_SCHEMA;
      if (st.name() != null && created.contains(key(schema, st.name()))) {
        continue;
      }
      problems.problem(
          MssItems.SKIPPED,
          "the statement is not converted (a DROP of an object the scripts do not create)",
          st.span(),
          d.batch().textOf((ParserRuleContext) st.tree()),
          null);
    }
  }

  private static String key(String schema, String name) {
    return (schema + "." + name).toUpperCase(Locale.ROOT);
  }
}
