package io.godwit.cli;

import io.godwit.model.Column;
import io.godwit.model.Database;
import io.godwit.model.DbPackage;
import io.godwit.model.Index;
import io.godwit.model.ObjectKind;
import io.godwit.model.ReadProblem;
import io.godwit.model.Routine;
import io.godwit.model.Schema;
import io.godwit.model.SchemaObject;
import io.godwit.model.Sequence;
import io.godwit.model.Synonym;
import io.godwit.model.Table;
import io.godwit.model.Trigger;
import io.godwit.model.UserType;
import io.godwit.model.View;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints the catalog as an indented tree with counts on every group. */
final class CatalogTreePrinter {

  private final PrintWriter out;

  CatalogTreePrinter(PrintWriter out) {
    this.out = out;
  }

  void print(Database db) {
    int objects = db.schemas().stream().mapToInt(s -> s.objects().size()).sum();
    out.printf(
        "%s %s%s: %d schemas, %d objects%n",
        db.product(),
        db.version() == null ? "" : db.version(),
        db.name() == null || db.name().isEmpty() ? "" : " database " + db.name(),
        db.schemas().size(),
        objects);
    for (Schema schema : db.schemas()) {
      out.printf("  schema %s (%d objects)%n", schema.name(), schema.objects().size());
      for (ObjectKind kind : ObjectKind.values()) {
        List<SchemaObject> ofKind = schema.objects(kind);
        if (ofKind.isEmpty()) {
          continue;
        }
        out.printf("    %s (%d)%n", kind.plural(), ofKind.size());
        for (SchemaObject o : ofKind) {
          out.printf("      %s%s%n", o.name(), describe(o));
          if (o instanceof Table t) {
            for (Column c : t.columns()) {
              out.printf("        %s%n", column(c));
            }
          }
        }
      }
      if (!schema.problems().isEmpty()) {
        out.printf("    Could not read (%d)%n", schema.problems().size());
        for (ReadProblem p : schema.problems()) {
          out.printf(
              "      %s %s: %s%n",
              p.kind().name().toLowerCase(Locale.ROOT), p.object(), p.reason());
        }
      }
    }
  }

  private static String describe(SchemaObject o) {
    List<String> facts = new ArrayList<>();
    if (o instanceof Table t) {
      facts.add(t.columns().size() + " columns");
      if (t.primaryKey() != null) {
        facts.add("primary key (" + String.join(", ", t.primaryKey().columns()) + ")");
      }
      count(facts, t.uniqueConstraints().size(), "unique constraint");
      count(facts, t.foreignKeys().size(), "foreign key");
      count(facts, t.checkConstraints().size(), "check");
    } else if (o instanceof View v) {
      facts.add(v.columns().size() + " columns");
    } else if (o instanceof Index i) {
      facts.add(
          (i.unique() ? "unique on " : "on ")
              + i.table()
              + " ("
              + i.keys().stream()
                  .map(k -> k.column() != null ? k.column() : k.expression())
                  .collect(Collectors.joining(", "))
              + ")");
    } else if (o instanceof Sequence s) {
      facts.add("start " + s.start() + ", increment " + s.increment());
    } else if (o instanceof Routine r) {
      facts.add(r.parameters().size() + " parameters");
      if (r.returnType() != null) {
        facts.add("returns " + r.returnType().declared());
      }
    } else if (o instanceof DbPackage p) {
      facts.add(p.body() == null ? "spec only" : "spec and body");
    } else if (o instanceof Trigger t) {
      facts.add(
          t.timing().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + " "
              + t.events().stream()
                  .map(e -> e.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining("/"))
              + (t.table() == null ? "" : " on " + t.table())
              + ", "
              + t.level().name().toLowerCase(Locale.ROOT)
              + " level");
    } else if (o instanceof Synonym s) {
      facts.add(
          "for "
              + (s.targetSchema() == null ? "" : s.targetSchema() + ".")
              + s.targetName()
              + (s.targetLink() == null ? "" : "@" + s.targetLink()));
    } else if (o instanceof UserType t) {
      facts.add(t.typeKind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    return facts.isEmpty() ? "" : "  [" + String.join(", ", facts) + "]";
  }

  private static void count(List<String> facts, int n, String what) {
    if (n > 0) {
      facts.add(n + " " + what + (n == 1 ? "" : "s"));
    }
  }

  private static String column(Column c) {
    StringBuilder s = new StringBuilder(c.name()).append("  ").append(c.type().declared());
    if (!c.nullable()) {
      s.append(" not null");
    }
    if (c.identity() != null) {
      s.append(" identity");
    }
    if (c.generatedExpression() != null) {
      s.append(" generated");
    }
    if (c.defaultValue() != null) {
      s.append(" default ").append(c.defaultValue());
    }
    return s.toString();
  }
}
