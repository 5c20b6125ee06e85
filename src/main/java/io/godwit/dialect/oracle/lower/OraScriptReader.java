package io.godwit.dialect.oracle.lower;

import io.godwit.convert.ObjectRef;
import io.godwit.convert.ScriptInput;
import io.godwit.convert.SourceSet;
import io.godwit.convert.SourceUnit;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.item.Items;
import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.dialect.oracle.script.ParsedScript;
import io.godwit.dialect.oracle.script.ParsedStatement;
import io.godwit.dialect.oracle.script.PlSqlScriptParser;
import io.godwit.dialect.oracle.script.ScriptNote;
import io.godwit.dialect.oracle.script.SourceText;
import io.godwit.dialect.oracle.script.StatementKind;
import io.godwit.ir.SourceSpan;
import io.godwit.model.DbPackage;
import io.godwit.model.Index;
import io.godwit.model.IndexKey;
import io.godwit.model.Origin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Oracle scripts (SQL Developer and DBMS_METADATA exports, SQL*Plus installers) into units
 * and a catalog: a table's CREATE TABLE, ALTER TABLE and COMMENT statements become one unit; a
 * package's specification and body become one unit; an index that only implements a key the target
 * creates anyway is left out with a note. Statements that do not parse, SQL*Plus commands that
 * change the script's meaning and statements with nothing to convert become problems; the rest is
 * read on.
 */
final class OraScriptReader {

  /** Items of the shared GW family used while reading. */
  static final String SCRIPT_COMMAND = "GW-0005";

  static final String SKIPPED = "GW-0006";

  /** The message of a wrapped unit in a script. */
  static final String WRAPPED =
      "wrapped PL/SQL: the source is obfuscated and cannot be read; convert the clear source";

  private final ItemCatalog itemCatalog;
  private final OraPackages packages;
  private final OraCatalogDraft catalog = new OraCatalogDraft();
  private final List<Slot> slots = new ArrayList<>();
  private final Map<String, OraTableDraft> tables = new LinkedHashMap<>();
  private final Map<String, PackageSlot> packageSlots = new LinkedHashMap<>();
  private final List<Pending> pending = new ArrayList<>();
  private final List<io.godwit.convert.item.ActionItem> problems = new ArrayList<>();
  private final OraPackageRegistrar registrar;

  /** One place in the output: a unit, or a package whose halves may still come. */
  private sealed interface Slot permits UnitSlot, PackageSlot {}

  private record UnitSlot(OraUnit unit) implements Slot {}

  private static final class PackageSlot implements Slot {
    final String schema;
    final String name;
    ParsedStatement spec;
    SourceText specSource;
    ParsedStatement body;
    SourceText bodySource;

    PackageSlot(String schema, String name) {
      this.schema = schema;
      this.name = name;
    }
  }

  /** An ALTER TABLE or COMMENT for a table not seen yet. */
  private record Pending(ParsedStatement statement, SourceText source, String schema) {}

  OraScriptReader(ItemCatalog itemCatalog, OraPackages packages, OraPackageRegistrar registrar) {
    this.itemCatalog = itemCatalog;
    this.packages = packages;
    this.registrar = registrar;
  }

  SourceSet read(List<ScriptInput> scripts) {
    List<ParsedScript> parsed =
        scripts.parallelStream()
            .map(s -> new PlSqlScriptParser().parse(s.name(), s.text()))
            .toList();
    for (ParsedScript script : parsed) {
      read(script);
    }
    for (Pending p : pending) {
      applyLate(p);
    }
    List<SourceUnit> units = new ArrayList<>();
    for (Slot slot : slots) {
      if (slot instanceof UnitSlot u) {
        units.add(u.unit());
      } else {
        units.add(packageUnit((PackageSlot) slot));
      }
    }
    List<SourceUnit> kept = dropKeyIndexes(units);
    for (OraTableDraft t : tables.values()) {
      if (t.defined) {
        catalog.table(t.schema, t.toModel());
      }
    }
    return new SourceSet(kept, problems, catalog.build());
  }

  private void read(ParsedScript script) {
    SourceText source = script.source();
    String schema = null;
    for (ScriptNote note : script.notes()) {
      if (note.kind() != ScriptNote.Kind.SCHEMA_CHANGE) {
        problem(SCRIPT_COMMAND, note.message(), note.span(), null, script.file());
      }
    }
    for (ParsedStatement st : script.statements()) {
      if (st.kind() == StatementKind.ALTER_SESSION) {
        String changed = currentSchema(st);
        schema = changed != null ? changed : schema;
        continue;
      }
      String owner = st.schema() != null ? st.schema() : schema;
      if (!st.parsed()) {
        failed(st, source, owner, script.file());
        continue;
      }
      statement(st, source, owner, schema, script.file());
    }
  }

  private static String currentSchema(ParsedStatement st) {
    if (st.tree() == null
        || !(st.tree().alter_session() instanceof PlSqlParser.AlterSessionSetContext set)) {
      return null;
    }
    for (PlSqlParser.Alter_session_parameterContext p : set.alter_session_parameter()) {
      if (OraNames.upper(p.parameter_name).equals("CURRENT_SCHEMA")) {
        return OraDdlReader.name(p.value);
      }
    }
    return null;
  }

  private void statement(
      ParsedStatement st, SourceText source, String owner, String current, String file) {
    PlSqlParser.StatementContext tree = st.tree();
    Origin origin = Origin.file(file, st.span().startLine(), st.span().startColumn());
    OraObjectReader objects = new OraObjectReader(source, origin);
    switch (st.kind()) {
      case CREATE_TABLE -> createTable(st, source, owner, origin);
      case ALTER_TABLE, COMMENT -> alterOrComment(st, source, owner, true);
      case CREATE_INDEX -> {
        Index index = objects.index(tree.create_index());
        if (index != null) {
          catalog.index(owner, index);
        }
        unit(st, source, owner, current, UnitKind.INDEX);
      }
      case CREATE_SEQUENCE -> {
        catalog.sequence(owner, objects.sequence(tree.create_sequence()));
        unit(st, source, owner, current, UnitKind.SEQUENCE);
      }
      case CREATE_VIEW -> {
        catalog.view(owner, objects.view(tree.create_view()));
        unit(st, source, owner, current, UnitKind.VIEW);
      }
      case CREATE_MATERIALIZED_VIEW -> {
        catalog.view(owner, objects.materializedView(tree.create_materialized_view()));
        unit(st, source, owner, current, UnitKind.MATERIALIZED_VIEW);
      }
      case CREATE_SYNONYM -> {
        PlSqlParser.Create_synonymContext syn = tree.create_synonym();
        String synonymSchema = syn.PUBLIC() != null ? null : owner;
        catalog.synonym(synonymSchema, objects.synonym(syn));
        unit(st, source, synonymSchema, current, UnitKind.SYNONYM);
      }
      case CREATE_TYPE -> {
        catalog.type(owner, objects.type(tree.create_type(), st.text()));
        unit(st, source, owner, current, UnitKind.TYPE);
      }
      case CREATE_TYPE_BODY -> unit(st, source, owner, current, UnitKind.TYPE);
      case CREATE_PROCEDURE, CREATE_FUNCTION -> {
        catalog.routine(owner, objects.routine(tree, st.text()));
        unit(
            st,
            source,
            owner,
            current,
            st.kind() == StatementKind.CREATE_PROCEDURE ? UnitKind.PROCEDURE : UnitKind.FUNCTION);
      }
      case CREATE_PACKAGE, CREATE_PACKAGE_BODY -> packageHalf(st, source, owner);
      case CREATE_TRIGGER -> {
        catalog.trigger(owner, objects.trigger(tree.create_trigger(), st.text()));
        unit(st, source, owner, current, UnitKind.TRIGGER);
      }
      case ANONYMOUS_BLOCK -> scriptUnit(st, source, current, file);
      case DML -> {
        if (tree.insert_statement() != null
            || tree.update_statement() != null
            || tree.delete_statement() != null
            || tree.merge_statement() != null) {
          scriptUnit(st, source, current, file);
        } else {
          skipped(st, file, "queries and LOCK TABLE in a script have nothing to convert");
        }
      }
      default -> skipped(st, file, skipReason(st.kind()));
    }
  }

  private static String skipReason(StatementKind kind) {
    return switch (kind) {
      case GRANT, REVOKE -> "privileges are not converted: grant them to the target's roles";
      case DROP -> "DROP statements are not converted";
      case TRUNCATE -> "TRUNCATE in a script is not converted";
      case CREATE_USER, CREATE_ROLE ->
          "users and roles are not converted: create the target's roles by hand";
      case CREATE_DATABASE_LINK -> "database links are not converted: use postgres_fdw";
      case CREATE_MATERIALIZED_VIEW_LOG ->
          "materialized view logs have no equivalent (the target refreshes completely)";
      case TRANSACTION_CONTROL -> "transaction control in a script is not converted";
      case ALTER_INDEX, ALTER_SEQUENCE, ALTER_TRIGGER, ALTER_OTHER ->
          "this ALTER statement is not converted";
      case CALL -> "procedure calls in a script are not converted: run them on the target";
      case RENAME -> "RENAME is not converted: create the object under its final name";
      default -> "this statement has nothing to convert";
    };
  }

  private void createTable(ParsedStatement st, SourceText source, String owner, Origin origin) {
    OraTableDraft d = new OraDdlReader(source).createTable(st.tree().create_table(), owner);
    d.origin = origin;
    d.texts.add(st.text());
    String key = key(owner, d.name);
    OraTableDraft previous = tables.get(key);
    if (previous != null && !previous.defined) {
      // ALTERs came first (another file): keep them, on the table now defined
      tables.put(key, d);
      replayInto(d, previous);
    }
    tables.put(key, d);
    catalog.declare(owner);
    slots.add(
        new UnitSlot(
            new OraUnit(
                new ObjectRef(owner, d.name, UnitKind.TABLE),
                null,
                st.span(),
                owner,
                new OraUnit.TablePayload(d),
                packages)));
  }

  private static void replayInto(OraTableDraft d, OraTableDraft constraintsOnly) {
    if (constraintsOnly.primaryKey != null) {
      d.primaryKey = constraintsOnly.primaryKey;
    }
    d.uniques.addAll(constraintsOnly.uniques);
    d.foreignKeys.addAll(constraintsOnly.foreignKeys);
    d.checks.addAll(constraintsOnly.checks);
    d.notes.addAll(constraintsOnly.notes);
    d.texts.addAll(constraintsOnly.texts);
  }

  /**
   * ALTER TABLE and COMMENT: applied to the table when it is known; otherwise kept until all
   * scripts are read ({@code early} true) or, at the end, applied to a constraints-only draft.
   */
  private void alterOrComment(ParsedStatement st, SourceText source, String owner, boolean early) {
    PlSqlParser.StatementContext tree = st.tree();
    OraDdlReader reader = new OraDdlReader(source);
    if (tree.alter_table() != null) {
      PlSqlParser.Alter_tableContext a = tree.alter_table();
      String tableName = OraDdlReader.name(a.table_name.name);
      OraTableDraft d = tables.get(key(owner, tableName));
      if (d == null && early) {
        pending.add(new Pending(st, source, owner));
        return;
      }
      if (d == null) {
        d = new OraTableDraft(owner, tableName);
        d.defined = false;
        tables.put(key(owner, tableName), d);
        slots.add(
            new UnitSlot(
                new OraUnit(
                    new ObjectRef(owner, tableName, UnitKind.CONSTRAINT),
                    null,
                    st.span(),
                    owner,
                    new OraUnit.TablePayload(d),
                    packages)));
      }
      d.texts.add(st.text());
      String renamed = reader.alterTable(d, a);
      if (renamed != null) {
        tables.remove(key(owner, d.name));
        d.name = renamed;
        tables.put(key(owner, renamed), d);
      }
      return;
    }
    comment(st, source, owner, early);
  }

  private void comment(ParsedStatement st, SourceText source, String owner, boolean early) {
    PlSqlParser.Comment_onContext c = st.tree().comment_on();
    String text;
    String schema = owner;
    String object;
    String column = null;
    if (c instanceof PlSqlParser.CommentOnTableContext t) {
      text = stringValue(t.string_literal());
      schema = t.object_name().schema != null ? OraDdlReader.name(t.object_name().schema) : owner;
      object = OraDdlReader.name(t.object_name().name);
    } else if (c instanceof PlSqlParser.CommentOnColumnContext col) {
      text = stringValue(col.string_literal());
      List<PlSqlParser.IdentifierContext> parts = col.column_path().identifier();
      column = OraDdlReader.name(parts.get(parts.size() - 1));
      object = OraDdlReader.name(parts.get(parts.size() - 2));
      if (parts.size() > 2) {
        schema = OraDdlReader.name(parts.get(parts.size() - 3));
      }
    } else if (c instanceof PlSqlParser.CommentOnMaterializedViewContext mv) {
      catalog.viewComment(
          owner, OraDdlReader.name(mv.object_name().name), stringValue(mv.string_literal()));
      return;
    } else {
      skipped(st, source.file(), "comments on this kind of object are not converted");
      return;
    }
    OraTableDraft d = tables.get(key(schema, object));
    if (d == null) {
      if (catalog.viewComment(schema, object, column == null ? text : null)) {
        return;
      }
      if (early) {
        pending.add(new Pending(st, source, owner));
      } else {
        skipped(st, source.file(), "the commented object is not in the scripts");
      }
      return;
    }
    d.texts.add(st.text());
    if (column == null) {
      d.comment = text;
    } else {
      OraTableDraft.ColumnDraft col = d.findColumn(column);
      if (col != null) {
        col.comment = text;
      }
    }
  }

  private static String stringValue(PlSqlParser.String_literalContext s) {
    return io.godwit.dialect.oracle.script.OracleNames.stringValue(s.getText());
  }

  private void applyLate(Pending p) {
    alterOrComment(p.statement(), p.source(), p.schema(), false);
  }

  private void packageHalf(ParsedStatement st, SourceText source, String owner) {
    String name = st.name();
    PackageSlot slot =
        packageSlots.computeIfAbsent(
            key(owner, name),
            k -> {
              PackageSlot s = new PackageSlot(owner, name);
              slots.add(s);
              return s;
            });
    boolean spec =
        st.parsed()
            ? st.kind() == StatementKind.CREATE_PACKAGE
            : "PACKAGE".equalsIgnoreCase(st.objectType());
    if (spec) {
      slot.spec = st;
      slot.specSource = source;
    } else {
      slot.body = st;
      slot.bodySource = source;
    }
    if (st.parsed()) {
      registrar.register(packages, st.tree(), owner);
    }
  }

  private OraUnit packageUnit(PackageSlot slot) {
    String spec = slot.spec == null ? null : slot.spec.text();
    String body = slot.body == null ? null : slot.body.text();
    catalog.dbPackage(
        slot.schema,
        new DbPackage(
            slot.name,
            spec,
            body,
            slot.spec != null
                ? Origin.file(
                    slot.specSource.file(),
                    slot.spec.span().startLine(),
                    slot.spec.span().startColumn())
                : Origin.file(
                    slot.bodySource.file(),
                    slot.body.span().startLine(),
                    slot.body.span().startColumn())));
    String text = spec == null ? body : body == null ? spec : spec + OraUnit.PACKAGE_JOINER + body;
    SourceSpan span = slot.spec != null ? slot.spec.span() : slot.body.span();
    return new OraUnit(
        new ObjectRef(slot.schema, slot.name, UnitKind.PACKAGE),
        text,
        span,
        slot.schema,
        new OraUnit.StatementPayload(slot.spec, slot.specSource, slot.body, slot.bodySource),
        packages);
  }

  private void unit(
      ParsedStatement st, SourceText source, String owner, String current, UnitKind kind) {
    slots.add(
        new UnitSlot(
            new OraUnit(
                new ObjectRef(owner, st.name(), kind),
                st.text(),
                st.span(),
                owner != null ? owner : current,
                new OraUnit.StatementPayload(st, source, null, null),
                packages)));
  }

  private void scriptUnit(ParsedStatement st, SourceText source, String current, String file) {
    String name = (file == null ? "script" : file) + ":" + st.span().startLine();
    slots.add(
        new UnitSlot(
            new OraUnit(
                new ObjectRef(null, name, UnitKind.SCRIPT),
                st.text(),
                st.span(),
                current,
                new OraUnit.StatementPayload(st, source, null, null),
                packages)));
  }

  /** A statement that does not parse: a failed unit when it names an object, else a problem. */
  private void failed(ParsedStatement st, SourceText source, String owner, String file) {
    UnitKind kind = kindOf(st.objectType());
    if (kind == UnitKind.PACKAGE && st.name() != null) {
      // Half a package that cannot be read fails the whole package, as it does when the package
      // comes from the catalog: a specification without its body is no working package.
      packageHalf(st, source, owner);
      return;
    }
    if (kind != null && st.wrapped()) {
      slots.add(
          new UnitSlot(
              new OraUnit(
                  new ObjectRef(owner, st.name(), kind),
                  st.text(),
                  st.span(),
                  owner,
                  new OraUnit.FailedPayload(
                      OraCatalogUnits.UNREADABLE, WRAPPED, st.span(), firstLine(st.text())),
                  packages)));
      return;
    }
    String message = st.failure().message();
    SourceSpan at = st.failure().span() != null ? st.failure().span() : st.span();
    if (kind == null || st.name() == null) {
      problem(OraLowering.NOT_PARSED, message, at, st.text(), file);
      return;
    }
    slots.add(
        new UnitSlot(
            new OraUnit(
                new ObjectRef(owner, st.name(), kind),
                st.text(),
                st.span(),
                owner,
                new OraUnit.FailedPayload(OraLowering.NOT_PARSED, message, at, st.text()),
                packages)));
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }

  static UnitKind kindOf(String objectType) {
    if (objectType == null) {
      return null;
    }
    return switch (objectType.toUpperCase(Locale.ROOT)) {
      case "TABLE" -> UnitKind.TABLE;
      case "INDEX" -> UnitKind.INDEX;
      case "SEQUENCE" -> UnitKind.SEQUENCE;
      case "VIEW" -> UnitKind.VIEW;
      case "MATERIALIZED VIEW" -> UnitKind.MATERIALIZED_VIEW;
      case "SYNONYM" -> UnitKind.SYNONYM;
      case "TYPE", "TYPE BODY" -> UnitKind.TYPE;
      case "PROCEDURE" -> UnitKind.PROCEDURE;
      case "FUNCTION" -> UnitKind.FUNCTION;
      case "PACKAGE", "PACKAGE BODY" -> UnitKind.PACKAGE;
      case "TRIGGER" -> UnitKind.TRIGGER;
      default -> null;
    };
  }

  private void skipped(ParsedStatement st, String file, String reason) {
    problem(SKIPPED, reason, st.span(), st.text(), file);
  }

  private void problem(String code, String message, SourceSpan span, String excerpt, String file) {
    Items items =
        new Items(
            itemCatalog, new ObjectRef(null, file == null ? "script" : file, UnitKind.SCRIPT));
    items.add(code, message, span, excerpt);
    problems.addAll(items.list());
  }

  /**
   * Leaves out indexes on exactly the columns of a table's primary key or a unique constraint:
   * Oracle scripts create them before the key, the target creates them with the key.
   */
  private List<SourceUnit> dropKeyIndexes(List<SourceUnit> units) {
    List<SourceUnit> kept = new ArrayList<>();
    for (SourceUnit u : units) {
      if (u instanceof OraUnit unit
          && unit.ref().kind() == UnitKind.INDEX
          && unit.payload() instanceof OraUnit.StatementPayload sp) {
        Index index =
            new OraObjectReader(sp.source(), null).index(sp.statement().tree().create_index());
        String key = index == null ? null : implementedKey(unit.ref().schema(), index);
        if (key != null) {
          problem(
              SKIPPED,
              "index "
                  + index.name()
                  + " implements "
                  + key
                  + "; the target creates that index with the constraint",
              unit.span(),
              unit.text(),
              unit.span() == null ? null : unit.span().file());
          continue;
        }
      }
      kept.add(u);
    }
    return kept;
  }

  private String implementedKey(String schema, Index index) {
    OraTableDraft t = tables.get(key(schema, index.table()));
    if (t == null || !t.defined) {
      return null;
    }
    List<String> columns = new ArrayList<>();
    for (IndexKey k : index.keys()) {
      if (k.column() == null) {
        return null;
      }
      columns.add(k.column().toUpperCase(Locale.ROOT));
    }
    if (t.primaryKey != null && sameColumns(t.primaryKey.model().columns(), columns)) {
      return "the primary key of " + t.name;
    }
    for (OraTableDraft.Key<io.godwit.model.UniqueConstraint> u : t.uniques) {
      if (sameColumns(u.model().columns(), columns)) {
        return "a unique constraint of " + t.name;
      }
    }
    return null;
  }

  private static boolean sameColumns(List<String> constraint, List<String> index) {
    if (constraint.size() != index.size()) {
      return false;
    }
    for (int i = 0; i < index.size(); i++) {
      if (!constraint.get(i).toUpperCase(Locale.ROOT).equals(index.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static String key(String schema, String name) {
    return (schema == null ? "" : schema) + "\u0000" + name;
  }
}
