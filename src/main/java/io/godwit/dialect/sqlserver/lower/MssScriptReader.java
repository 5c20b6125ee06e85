package io.godwit.dialect.sqlserver.lower;

import io.godwit.convert.ObjectRef;
import io.godwit.convert.ScriptInput;
import io.godwit.convert.SourceSet;
import io.godwit.convert.SourceUnit;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.ParsedBatch;
import io.godwit.dialect.sqlserver.script.ParsedScript;
import io.godwit.dialect.sqlserver.script.ParsedStatement;
import io.godwit.dialect.sqlserver.script.TsqlScriptParser;
import io.godwit.ir.SourceSpan;
import io.godwit.model.Column;
import io.godwit.model.Database;
import io.godwit.model.Origin;
import io.godwit.model.Schema;
import io.godwit.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Reads T-SQL scripts (SSMS "Generate Scripts" output, hand-written collections) into units: a
 * table's CREATE TABLE, the constraints ALTER TABLE adds to it and its MS_Description properties
 * become one unit; indexes, views, routines and triggers one unit each. Script noise (USE, SET
 * options, CHECK CONSTRAINT after WITH CHECK ADD) is dropped; batches that do not parse and
 * statements with nothing to convert become problems, and reading goes on.
 */
final class MssScriptReader {

  private final ItemCatalog itemCatalog;
  private final List<Object> slots = new ArrayList<>();
  private final Map<String, MssTableDraft> tables = new LinkedHashMap<>();
  private final List<ActionItem> problems = new ArrayList<>();
  private final MssDrops drops = new MssDrops();

  MssScriptReader(ItemCatalog itemCatalog) {
    this.itemCatalog = itemCatalog;
  }

  SourceSet read(List<ScriptInput> scripts) {
    List<ParsedScript> parsed =
        scripts.parallelStream()
            .map(s -> new TsqlScriptParser().parse(s.name(), s.text()))
            .toList();
    for (ParsedScript script : parsed) {
      for (ParsedBatch batch : script.batches()) {
        if (!batch.parsed()) {
          problem(
              MssItems.NOT_PARSED, batch.failure().describe(), batch.span(), batch.text(), null);
          continue;
        }
        for (ParsedStatement st : batch.statements()) {
          statement(st, batch);
        }
      }
    }
    drops.report(slots, this::problem);
    List<SourceUnit> units = new ArrayList<>();
    for (Object slot : slots) {
      if (slot instanceof MssUnit u) {
        units.add(u);
      } else {
        MssTableDraft d = (MssTableDraft) slot;
        units.add(
            new MssUnit(
                new ObjectRef(d.schema, d.name, UnitKind.TABLE),
                null,
                d.create != null ? d.create.batch().spanOf(d.create.tree()) : null,
                d.schema,
                new MssUnit.TablePayload(d)));
      }
    }
    return new SourceSet(units, problems, catalog());
  }

  private void statement(ParsedStatement st, ParsedBatch batch) {
    switch (st.kind()) {
      case CREATE_TABLE -> createTable(st, batch);
      case ALTER_TABLE -> alterTable(st, batch);
      case EXTENDED_PROPERTY -> new MssExtendedProperty(this::problem).apply(st, batch, tables);
      case CREATE_INDEX -> unit(st, batch, UnitKind.INDEX);
      case CREATE_VIEW -> unit(st, batch, UnitKind.VIEW);
      case CREATE_PROCEDURE -> unit(st, batch, UnitKind.PROCEDURE);
      case CREATE_FUNCTION -> unit(st, batch, UnitKind.FUNCTION);
      case CREATE_TRIGGER -> unit(st, batch, UnitKind.TRIGGER);
      case CREATE_SEQUENCE -> unit(st, batch, UnitKind.SEQUENCE);
      case CREATE_TYPE -> unit(st, batch, UnitKind.TYPE);
      case CREATE_SYNONYM -> unit(st, batch, UnitKind.SYNONYM);
      case DROP -> drops.add(new MssDrops.Drop(st, batch));
      case CREATE_SCHEMA, USE, SET_OPTION -> {
        // Schemas are created for the objects in them; USE and SET options change nothing here.
      }
      default ->
          problem(
              MssItems.SKIPPED,
              "the statement is not converted (" + st.kind().name().toLowerCase(Locale.ROOT) + ")",
              st.span(),
              batch.textOf((ParserRuleContext) st.tree()),
              null);
    }
  }

  private static String schemaOf(ParsedStatement st) {
    return st.schema() != null ? st.schema() : MssNames.DEFAULT_SCHEMA;
  }

  private MssTableDraft draft(String schema, String name) {
    String key = (schema + "." + name).toUpperCase(Locale.ROOT);
    MssTableDraft d = tables.get(key);
    if (d == null) {
      d = new MssTableDraft(schema, name);
      tables.put(key, d);
      slots.add(d);
    }
    return d;
  }

  /** The table draft a name refers to, if the scripts create it. */
  static MssTableDraft find(Map<String, MssTableDraft> tables, String schema, String name) {
    String s = schema != null ? schema : MssNames.DEFAULT_SCHEMA;
    return tables.get((s + "." + name).toUpperCase(Locale.ROOT));
  }

  private void createTable(ParsedStatement st, ParsedBatch batch) {
    TSqlParser.CreateTableStatementContext c =
        ((TSqlParser.StatementContext) st.tree()).createTableStatement();
    if (MssNames.isTemp(st.name())) {
      problem(
          MssItems.SKIPPED,
          "a temporary table outside a routine is not converted",
          st.span(),
          batch.textOf(c),
          null);
      return;
    }
    MssTableDraft d = draft(schemaOf(st), st.name());
    if (d.create != null) {
      problem(
          MssItems.SKIPPED,
          "the table " + st.name() + " is created twice: the first is kept",
          st.span(),
          batch.textOf(c),
          null);
      return;
    }
    d.create = new MssTableDraft.Part<>(c, batch);
    d.texts.add(batch.originalTextOf(c));
  }

  private void alterTable(ParsedStatement st, ParsedBatch batch) {
    TSqlParser.AlterTableStatementContext a =
        ((TSqlParser.StatementContext) st.tree()).alterTableStatement();
    MssTableDraft d = draft(schemaOf(st), st.name());
    d.texts.add(batch.originalTextOf(a));
    TSqlParser.AlterTableActionContext action = a.alterTableAction();
    if (action instanceof TSqlParser.AddToTableContext add) {
      for (TSqlParser.AlterTableAddItemContext item : add.alterTableAddItem()) {
        d.added.add(new MssTableDraft.Part<>(item, batch));
      }
      if (add.check != null && add.check.getType() == TSqlParser.NOCHECK) {
        d.unchecked.add(new MssTableDraft.Part<>(action, batch));
      }
    } else if (action instanceof TSqlParser.CheckConstraintsContext c) {
      if (c.enable.getType() == TSqlParser.NOCHECK) {
        d.unchecked.add(new MssTableDraft.Part<>(action, batch));
      }
      // WITH CHECK CHECK CONSTRAINT after SSMS's ADD CONSTRAINT: the target checks anyway.
    } else if (action instanceof TSqlParser.EnableTriggersContext e
        && e.enable.getType() == TSqlParser.ENABLE) {
      // SSMS writes ENABLE TRIGGER after every CREATE TRIGGER; triggers are created enabled.
    } else {
      d.unconverted.add(new MssTableDraft.Part<>(action, batch));
    }
  }

  private void unit(ParsedStatement st, ParsedBatch batch, UnitKind kind) {
    String schema = schemaOf(st);
    slots.add(
        new MssUnit(
            new ObjectRef(schema, st.name(), kind),
            batch.originalTextOf((ParserRuleContext) st.tree()),
            st.span(),
            schema,
            new MssUnit.StatementPayload(st, batch)));
  }

  void problem(String code, String message, SourceSpan span, String excerpt, String object) {
    io.godwit.convert.item.Items items =
        new io.godwit.convert.item.Items(
            itemCatalog,
            new ObjectRef(null, object == null ? "(sources)" : object, UnitKind.SCRIPT));
    problems.add(items.add(code, message, span, excerpt));
  }

  /** The tables the scripts create, with their columns, for name resolution and assessment. */
  private Database catalog() {
    Map<String, List<Table>> bySchema = new LinkedHashMap<>();
    for (MssTableDraft d : tables.values()) {
      if (d.create == null) {
        continue;
      }
      List<Column> columns = new ArrayList<>();
      for (TSqlParser.TableElementContext e : d.create.tree().tableElement()) {
        if (e instanceof TSqlParser.ColumnElementContext c
            && c.columnDefinition().dataType() != null) {
          TSqlParser.ColumnDefinitionContext cd = c.columnDefinition();
          columns.add(
              Column.of(
                  io.godwit.dialect.sqlserver.script.TsqlNames.name(cd.name),
                  MssTypes.model(cd.dataType(), d.create.batch().textOf(cd.dataType()))));
        }
      }
      SourceSpan span = d.create.batch().spanOf(d.create.tree());
      bySchema
          .computeIfAbsent(d.schema, k -> new ArrayList<>())
          .add(
              new Table(
                  d.name,
                  null,
                  columns,
                  null,
                  null,
                  null,
                  null,
                  d.comment,
                  Origin.file(span.file(), span.startLine(), span.startColumn())));
    }
    List<Schema> schemas = new ArrayList<>();
    for (Map.Entry<String, List<Table>> e : bySchema.entrySet()) {
      schemas.add(
          new Schema(
              e.getKey(),
              e.getValue(),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of()));
    }
    return new Database("sqlserver", null, null, schemas);
  }

  /** Where problems go. */
  interface Problems {
    void problem(String code, String message, SourceSpan span, String excerpt, String object);
  }
}
