package io.godwit.dialect.oracle.lower;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A compound trigger whose timing points share no state becomes one trigger per timing point, named
 * after it ({@code trg_before_stmt}, {@code trg_before_row}, {@code trg_after_row}, {@code
 * trg_after_stmt}, {@code trg_instead_row}), each firing on the same events. When the compound
 * trigger declares anything of its own (the state its timing points share, the reason compound
 * triggers exist) or has a WHEN clause, it stays item ORA-1009 and nothing is written.
 */
final class OraCompoundTrigger {

  private OraCompoundTrigger() {}

  /** The triggers, or an empty list with the item. */
  static List<Trigger> split(OraLower l, PlSqlParser.Create_triggerContext t, QName name) {
    PlSqlParser.Compound_dml_triggerContext c = t.compound_dml_trigger();
    PlSqlParser.Compound_trigger_blockContext b = c.compound_trigger_block();
    if (b.declare_section() != null) {
      l.cx.note(
          t,
          OraItems.COMPOUND_TRIGGER,
          "a compound trigger whose timing points share state declared in the trigger: split it"
              + " into one trigger per timing point and keep the state in a temporary table");
      return List.of();
    }
    if (c.trigger_when_clause() != null) {
      l.cx.note(
          t,
          OraItems.COMPOUND_TRIGGER,
          "a compound trigger with a WHEN clause: split it into one trigger per timing point and"
              + " put the condition on the row-level ones");
      return List.of();
    }
    PlSqlParser.Dml_event_clauseContext events = c.dml_event_clause();
    if (events.nested_column != null) {
      l.cx.note(t, OraItems.OBJECT_TYPE, "triggers on nested table columns have no equivalent");
      return List.of();
    }
    List<Ident> columns = new ArrayList<>();
    List<Trigger.Event> eventList = OraUnits.events(events, columns);
    QName table = l.query.tableName(events.table);
    List<Trigger> out = new ArrayList<>();
    for (PlSqlParser.Timing_point_sectionContext s : b.timing_point_section()) {
      PlSqlParser.Timing_pointContext tp = s.timing_point(0);
      boolean row = tp.ROW() != null;
      Trigger.Timing timing =
          tp.INSTEAD() != null
              ? Trigger.Timing.INSTEAD_OF
              : tp.BEFORE() != null ? Trigger.Timing.BEFORE : Trigger.Timing.AFTER;
      String suffix =
          (timing == Trigger.Timing.INSTEAD_OF ? "instead" : timing.name())
              + (row ? "_row" : "_stmt");
      l.cx.trigger = OraUnits.transitionNames(c.referencing_clause());
      Block block;
      try {
        block = l.plsql.section(s);
      } finally {
        l.cx.trigger = null;
      }
      out.add(
          new Trigger(
              named(name, suffix),
              table,
              timing,
              eventList,
              columns,
              row,
              null,
              false,
              block,
              l.cx.span(s)));
    }
    return out;
  }

  /** The trigger's name with {@code _suffix}, in the case its name is stored in. */
  private static QName named(QName name, String suffix) {
    Ident last = name.last();
    String tail = "_" + suffix;
    tail = last.caseSensitive() ? tail.toLowerCase(Locale.ROOT) : tail.toUpperCase(Locale.ROOT);
    Ident renamed = new Ident(last.text() + tail, last.caseSensitive());
    return name.size() == 1 ? QName.of(renamed) : name.qualifier().plus(renamed);
  }
}
