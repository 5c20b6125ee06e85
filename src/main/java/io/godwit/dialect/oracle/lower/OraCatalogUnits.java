package io.godwit.dialect.oracle.lower;

import io.godwit.convert.ObjectRef;
import io.godwit.convert.SourceSet;
import io.godwit.convert.SourceUnit;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.item.Items;
import io.godwit.dialect.oracle.script.ParsedStatement;
import io.godwit.dialect.oracle.script.PlSqlScriptParser;
import io.godwit.model.Database;
import io.godwit.model.DbPackage;
import io.godwit.model.Index;
import io.godwit.model.ObjectKind;
import io.godwit.model.ReadProblem;
import io.godwit.model.Routine;
import io.godwit.model.RoutineKind;
import io.godwit.model.Schema;
import io.godwit.model.Sequence;
import io.godwit.model.Synonym;
import io.godwit.model.Table;
import io.godwit.model.Trigger;
import io.godwit.model.UserType;
import io.godwit.model.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The units of a catalog read from a live Oracle database: tables from the model, code from its
 * source text (parsed when lowered). Objects whose source could not be read (wrapped PL/SQL,
 * missing privileges) become failed units with the reason.
 */
final class OraCatalogUnits {

  /** The item of an object whose source could not be read. */
  static final String UNREADABLE = "GW-0004";

  private final ItemCatalog itemCatalog;
  private final OraPackages packages;
  private final OraPackageRegistrar registrar;

  OraCatalogUnits(ItemCatalog itemCatalog, OraPackages packages, OraPackageRegistrar registrar) {
    this.itemCatalog = itemCatalog;
    this.packages = packages;
    this.registrar = registrar;
  }

  SourceSet read(Database db) {
    List<SourceUnit> units = new ArrayList<>();
    List<ActionItem> problems = new ArrayList<>();
    for (Schema s : db.schemas()) {
      registerPackages(s, db);
    }
    for (Schema s : db.schemas()) {
      String schema = s.name();
      Set<String> unreadable = new HashSet<>();
      for (ReadProblem p : s.problems()) {
        unreadable.add(problemKey(p.kind(), p.object()));
      }
      Set<String> reported = new HashSet<>();
      for (UserType t : s.types()) {
        units.add(
            code(
                schema,
                t.name(),
                UnitKind.TYPE,
                t.definition(),
                null,
                s,
                ObjectKind.TYPE,
                reported));
      }
      for (Sequence q : s.sequences()) {
        units.add(unit(schema, q.name(), UnitKind.SEQUENCE, null, new OraUnit.SequencePayload(q)));
      }
      for (Table t : s.tables()) {
        units.add(
            unit(
                schema,
                t.name(),
                UnitKind.TABLE,
                null,
                new OraUnit.TablePayload(OraTableDraft.of(schema, t))));
      }
      for (View v : s.views()) {
        UnitKind kind = v.materialized() ? UnitKind.MATERIALIZED_VIEW : UnitKind.VIEW;
        units.add(
            v.definition() == null
                ? failed(
                    schema,
                    v.name(),
                    kind,
                    s,
                    v.materialized() ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW,
                    reported)
                : unit(schema, v.name(), kind, v.definition(), new OraUnit.ViewPayload(v)));
      }
      for (Index i : s.indexes()) {
        units.add(unit(schema, i.name(), UnitKind.INDEX, null, new OraUnit.IndexPayload(i)));
      }
      for (Routine r : s.routines()) {
        boolean procedure = r.routineKind() == RoutineKind.PROCEDURE;
        units.add(
            code(
                schema,
                r.name(),
                procedure ? UnitKind.PROCEDURE : UnitKind.FUNCTION,
                r.source(),
                null,
                s,
                procedure ? ObjectKind.PROCEDURE : ObjectKind.FUNCTION,
                reported));
      }
      for (DbPackage p : s.packages()) {
        units.add(
            code(
                schema,
                p.name(),
                UnitKind.PACKAGE,
                p.spec(),
                p.body(),
                s,
                ObjectKind.PACKAGE,
                reported));
      }
      for (Trigger t : s.triggers()) {
        units.add(
            code(
                schema,
                t.name(),
                UnitKind.TRIGGER,
                t.body(),
                null,
                s,
                ObjectKind.TRIGGER,
                reported));
      }
      for (Synonym y : s.synonyms()) {
        units.add(unit(schema, y.name(), UnitKind.SYNONYM, null, new OraUnit.SynonymPayload(y)));
      }
      for (ReadProblem p : s.problems()) {
        if (!reported.contains(problemKey(p.kind(), p.object()))) {
          Items items = new Items(itemCatalog, new ObjectRef(schema, p.object(), UnitKind.SCRIPT));
          items.add(UNREADABLE, p.reason(), null, null);
          problems.addAll(items.list());
        }
      }
    }
    return new SourceSet(units, problems, db);
  }

  private void registerPackages(Schema s, Database db) {
    for (DbPackage p : s.packages()) {
      if (p.spec() == null) {
        continue;
      }
      List<ParsedStatement> statements =
          new PlSqlScriptParser().parse(p.name(), p.spec()).statements();
      if (!statements.isEmpty() && statements.get(0).parsed()) {
        registrar.register(packages, statements.get(0).tree(), s.name(), db);
      }
    }
  }

  private static String problemKey(ObjectKind kind, String name) {
    return kind + "\u0000" + name.toUpperCase(Locale.ROOT);
  }

  private OraUnit unit(
      String schema, String name, UnitKind kind, String text, OraUnit.Payload payload) {
    return new OraUnit(new ObjectRef(schema, name, kind), text, null, schema, payload, packages);
  }

  private OraUnit code(
      String schema,
      String name,
      UnitKind kind,
      String spec,
      String body,
      Schema s,
      ObjectKind objectKind,
      Set<String> reported) {
    if (spec == null) {
      return failed(schema, name, kind, s, objectKind, reported);
    }
    String text = body == null ? spec : spec + "\n/\n\n" + body;
    return unit(schema, name, kind, text, new OraUnit.CodeTextPayload(spec, body));
  }

  private OraUnit failed(
      String schema,
      String name,
      UnitKind kind,
      Schema s,
      ObjectKind objectKind,
      Set<String> reported) {
    String reason = "its source text could not be read";
    for (ReadProblem p : s.problems()) {
      if (p.kind() == objectKind && p.object().equalsIgnoreCase(name)) {
        reason = p.reason();
        reported.add(problemKey(p.kind(), p.object()));
      }
    }
    return unit(
        schema,
        name,
        kind,
        null,
        new OraUnit.FailedPayload(UNREADABLE, name + ": " + reason, null, null));
  }
}
