package io.godwit.dialect.mysql;

import io.godwit.convert.WholePass;
import io.godwit.ir.Ident;
import io.godwit.ir.IrWalker;
import io.godwit.ir.QName;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.proc.Trigger;
import io.godwit.ir.query.Query;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A sequence that only feeds one table column becomes that column's AUTO_INCREMENT: used nowhere
 * but as {@code seq.NEXTVAL} in the column's DEFAULT, or in a BEFORE INSERT row trigger that does
 * nothing else than {@code :NEW.col := seq.NEXTVAL} or {@code SELECT seq.NEXTVAL INTO :NEW.col FROM
 * dual} (optionally under {@code IF :NEW.col IS NULL}). The column must lead a primary or unique
 * key, the table must have no other AUTO_INCREMENT, and the sequence must count up by one without
 * cycling; then the sequence and the trigger are not created and the table starts its counter at
 * the sequence's start. Otherwise the sequence stays emulated, with an item saying why.
 */
final class MySequenceColumns implements WholePass {

  @Override
  public List<Lowered> apply(List<Lowered> objects) {
    Map<String, Lowered> sequences = new LinkedHashMap<>();
    Map<String, Lowered> tables = new HashMap<>();
    for (Lowered o : objects) {
      if (o.ir() instanceof Ddl.CreateSequence s) {
        sequences.put(key(s.name(), o), o);
      } else if (o.ir() instanceof Ddl.CreateTable t) {
        tables.put(key(t.name(), o), o);
      }
    }
    if (sequences.isEmpty()) {
      return objects;
    }
    Map<String, List<Use>> uses = uses(objects, sequences.keySet());
    Set<Lowered> dropped = new HashSet<>();
    Map<Lowered, Lowered> replaced = new HashMap<>();
    Set<String> tablesWithCounter = new HashSet<>();
    for (Lowered t : tables.values()) {
      for (Ddl.ColumnDef c : ((Ddl.CreateTable) t.ir()).columns()) {
        if (c.identity() != null) {
          tablesWithCounter.add(key(((Ddl.CreateTable) t.ir()).name(), t));
        }
      }
    }
    for (Map.Entry<String, Lowered> e : sequences.entrySet()) {
      List<Use> used = uses.getOrDefault(e.getKey(), List.of());
      if (used.size() != 1 || used.get(0).column() == null) {
        continue;
      }
      Use use = used.get(0);
      Lowered table = tables.get(use.table());
      if (table == null) {
        continue;
      }
      Lowered current = replaced.getOrDefault(table, table);
      Ddl.CreateSequence seq = (Ddl.CreateSequence) e.getValue().ir();
      Ddl.CreateTable ct = (Ddl.CreateTable) current.ir();
      String why = obstacle(seq, ct, use.column(), objects, use.table(), tablesWithCounter);
      if (why != null) {
        e.getValue()
            .items()
            .add(
                MyItems.SEQUENCE_KEPT,
                "sequence "
                    + seq.name()
                    + " only feeds column "
                    + ct.name().last().text()
                    + "."
                    + use.column().text()
                    + " but stays a sequence: "
                    + why,
                seq.span(),
                null);
        continue;
      }
      tablesWithCounter.add(use.table());
      replaced.put(table, current.with(withCounter(ct, use.column(), seq)));
      dropped.add(e.getValue());
      String through = "its DEFAULT";
      if (use.object() != table) {
        dropped.add(use.object());
        through = "trigger " + ((Trigger) use.object().ir()).name();
      }
      table
          .items()
          .add(
              MyItems.SEQUENCE_COLUMN,
              "sequence "
                  + seq.name()
                  + " only fed column "
                  + use.column().text()
                  + " (through "
                  + through
                  + "): the column is AUTO_INCREMENT, and the sequence"
                  + (use.object() != table ? " and the trigger are" : " is")
                  + " not created",
              ct.span(),
              null);
    }
    List<Lowered> out = new ArrayList<>(objects.size());
    for (Lowered o : objects) {
      if (!dropped.contains(o)) {
        out.add(replaced.getOrDefault(o, o));
      }
    }
    return out;
  }

  /** Why the column cannot take the sequence's place, or null when it can. */
  private static String obstacle(
      Ddl.CreateSequence seq,
      Ddl.CreateTable table,
      Ident column,
      List<Lowered> objects,
      String tableKey,
      Set<String> tablesWithCounter) {
    if (seq.increment() != null && !seq.increment().equals(BigInteger.ONE)) {
      return "it counts by " + seq.increment() + " and AUTO_INCREMENT counts by one";
    }
    if (seq.cycle()) {
      return "it cycles";
    }
    if (seq.start() != null && seq.start().signum() <= 0) {
      return "it starts at " + seq.start();
    }
    if (tablesWithCounter.contains(tableKey)) {
      return "the table already has an AUTO_INCREMENT column";
    }
    if (table.columns().stream().noneMatch(c -> same(c.name(), column))) {
      return "the column is not in the table";
    }
    if (!leadsKey(table, column, objects, tableKey)) {
      return "the column does not lead a primary or unique key, as AUTO_INCREMENT needs";
    }
    return null;
  }

  private static boolean leadsKey(
      Ddl.CreateTable table, Ident column, List<Lowered> objects, String tableKey) {
    for (Ddl.Constraint c : table.constraints()) {
      if (leads(c, column)) {
        return true;
      }
    }
    for (Lowered o : objects) {
      if (o.ir() instanceof Ddl.AddConstraint a
          && key(a.table(), o).equals(tableKey)
          && leads(a.constraint(), column)) {
        return true;
      }
      if (o.ir() instanceof Ddl.CreateIndex i
          && i.unique()
          && i.where() == null
          && key(i.table(), o).equals(tableKey)
          && i.keys().get(0).expr() instanceof Expr.ColumnRef ref
          && same(ref.name().last(), column)) {
        return true;
      }
    }
    return false;
  }

  private static boolean leads(Ddl.Constraint c, Ident column) {
    List<Ident> columns = List.of();
    if (c instanceof Ddl.PrimaryKeyDef p) {
      columns = p.columns();
    } else if (c instanceof Ddl.UniqueDef u) {
      columns = u.columns();
    }
    return !columns.isEmpty() && same(columns.get(0), column);
  }

  /** The table with the column counting from the sequence's start, its DEFAULT gone. */
  private static Ddl.CreateTable withCounter(
      Ddl.CreateTable t, Ident column, Ddl.CreateSequence seq) {
    BigInteger start = seq.start();
    if (start == null) {
      start = seq.min() != null && seq.min().signum() > 0 ? seq.min() : BigInteger.ONE;
    }
    List<Ddl.ColumnDef> columns = new ArrayList<>();
    for (Ddl.ColumnDef c : t.columns()) {
      if (same(c.name(), column)) {
        columns.add(
            new Ddl.ColumnDef(
                c.name(),
                c.type(),
                null,
                true,
                new Ddl.IdentitySpec(false, start, BigInteger.ONE, null, null, false, null),
                null,
                false,
                c.comment()));
      } else {
        columns.add(c);
      }
    }
    return new Ddl.CreateTable(t.name(), t.kind(), columns, t.constraints(), t.comment(), t.span());
  }

  /** Every use of a known sequence, by sequence key. */
  private static Map<String, List<Use>> uses(List<Lowered> objects, Set<String> sequences) {
    Map<String, List<Use>> uses = new HashMap<>();
    for (Lowered o : objects) {
      if (o.ir() instanceof Ddl.CreateSequence) {
        continue;
      }
      List<Expr.SequenceValue> found = new ArrayList<>();
      new IrWalker() {
        @Override
        protected void onExpr(Expr e) {
          if (e instanceof Expr.SequenceValue v) {
            found.add(v);
          }
        }
      }.walk(o.ir());
      Feed feed = feed(o);
      for (Expr.SequenceValue v : found) {
        String k = key(v.sequence(), o);
        if (!sequences.contains(k)) {
          continue;
        }
        boolean feeds =
            feed != null && found.size() == 1 && v.next() && k.equals(key(feed.sequence(), o));
        uses.computeIfAbsent(k, x -> new ArrayList<>())
            .add(feeds ? new Use(o, feed.table(), feed.column()) : new Use(o, null, null));
      }
    }
    return uses;
  }

  /**
   * The column this object sets from a sequence and nothing else: a table column whose DEFAULT is
   * {@code seq.NEXTVAL}, or a trigger that only sets {@code :NEW.col} from it before insert.
   */
  private static Feed feed(Lowered o) {
    if (o.ir() instanceof Ddl.CreateTable t) {
      for (Ddl.ColumnDef c : t.columns()) {
        if (c.defaultValue() instanceof Expr.SequenceValue v) {
          return new Feed(key(t.name(), o), c.name(), v.sequence());
        }
      }
      return null;
    }
    if (!(o.ir() instanceof Trigger t)
        || t.timing() != Trigger.Timing.BEFORE
        || !t.events().equals(List.of(Trigger.Event.INSERT))
        || !t.forEachRow()
        || t.when() != null
        || t.transitionTables()) {
      return null;
    }
    Stmt only = only(t.body());
    if (only instanceof Stmt.If i
        && i.branches().size() == 1
        && i.otherwise().isEmpty()
        && i.branches().get(0).body().size() == 1) {
      Set<String> guarded = new HashSet<>();
      if (i.branches().get(0).condition() instanceof Expr.IsNull n
          && !n.negated()
          && n.value() instanceof Expr.RowRef r
          && r.newRow()) {
        guarded.add(r.column().text());
      }
      Feed inner = setting(i.branches().get(0).body().get(0), t, o);
      return inner != null && guarded.contains(inner.column().text()) ? inner : null;
    }
    return setting(only, t, o);
  }

  /** {@code :NEW.col := seq.NEXTVAL} or {@code SELECT seq.NEXTVAL INTO :NEW.col [FROM dual]}. */
  private static Feed setting(Stmt s, Trigger t, Lowered o) {
    Expr target = null;
    Expr value = null;
    if (s instanceof Stmt.Assign a) {
      target = a.target();
      value = a.value();
    } else if (s instanceof Stmt.SelectInto si
        && si.targets().size() == 1
        && si.query() instanceof Query.Select q
        && q.from().isEmpty()
        && q.where() == null
        && q.items().size() == 1) {
      target = si.targets().get(0);
      value = q.items().get(0).expr();
    }
    if (target instanceof Expr.RowRef r
        && r.newRow()
        && value instanceof Expr.SequenceValue v
        && v.next()) {
      return new Feed(key(t.table(), o), r.column(), v.sequence());
    }
    return null;
  }

  private static Stmt only(Stmt body) {
    Stmt s = body;
    while (s instanceof Block b
        && b.declarations().isEmpty()
        && b.handlers().isEmpty()
        && b.body().size() == 1) {
      s = b.body().get(0);
    }
    return s instanceof Block ? null : s;
  }

  /** {@code SCHEMA.NAME}, the schema taken from the object when the name has none. */
  private static String key(QName name, Lowered in) {
    String schema =
        name.size() > 1 ? name.qualifier().last().text() : in.object().source().schema();
    return (schema == null ? "" : schema) + "." + name.last().text();
  }

  private static boolean same(Ident a, Ident b) {
    return a.text().toUpperCase(Locale.ROOT).equals(b.text().toUpperCase(Locale.ROOT));
  }

  /** What an object does with a sequence: set a table's column, or something else (column null). */
  private record Use(Lowered object, String table, Ident column) {}

  private record Feed(String table, Ident column, QName sequence) {}
}
