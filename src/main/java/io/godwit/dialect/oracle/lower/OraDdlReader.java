package io.godwit.dialect.oracle.lower;

import io.godwit.dialect.oracle.lower.OraTableDraft.Check;
import io.godwit.dialect.oracle.lower.OraTableDraft.ColumnDraft;
import io.godwit.dialect.oracle.lower.OraTableDraft.Fragment;
import io.godwit.dialect.oracle.lower.OraTableDraft.Key;
import io.godwit.dialect.oracle.lower.OraTableDraft.Note;
import io.godwit.dialect.oracle.lower.OraTableDraft.State;
import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.dialect.oracle.script.OracleNames;
import io.godwit.dialect.oracle.script.SourceText;
import io.godwit.ir.ddl.Ddl;
import io.godwit.model.CheckConstraint;
import io.godwit.model.DataType;
import io.godwit.model.ForeignKey;
import io.godwit.model.Identity;
import io.godwit.model.IdentityGeneration;
import io.godwit.model.PrimaryKey;
import io.godwit.model.ReferentialAction;
import io.godwit.model.TableKind;
import io.godwit.model.UniqueConstraint;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Reads CREATE TABLE, ALTER TABLE and COMMENT statements of a script into table drafts. Storage,
 * logging, compression and other physical clauses are ignored: they have no meaning on the target.
 * What has meaning but no equivalent becomes a note for the lowering to report.
 */
final class OraDdlReader {

  private final SourceText source;

  OraDdlReader(SourceText source) {
    this.source = source;
  }

  static String name(ParseTree identifier) {
    return OracleNames.normalize(identifier);
  }

  private Fragment fragment(ParserRuleContext node) {
    return new Fragment(source.text(node), node, source);
  }

  private Note note(ParserRuleContext node, String code, String message) {
    return new Note(node, source, code, message);
  }

  // ------------------------------------------------------------------------------------------
  // CREATE TABLE
  // ------------------------------------------------------------------------------------------

  OraTableDraft createTable(PlSqlParser.Create_tableContext c, String schema) {
    OraTableDraft d = new OraTableDraft(schema, name(c.table_name.name));
    if (c.table_scope() != null) {
      if (c.table_scope().GLOBAL() != null) {
        d.kind = TableKind.TEMPORARY;
        d.irKind = Ddl.TableKind.TEMPORARY_DELETE_ROWS;
      } else if (c.table_scope().PRIVATE() != null) {
        d.blocker =
            note(
                c.table_scope(),
                OraItems.STATEMENT,
                "private temporary tables exist only in the session that creates them: create a"
                    + " TEMPORARY table in that session's code instead");
      } else {
        d.notes.add(
            note(
                c.table_scope(),
                OraItems.TABLE_ORGANIZATION,
                source.text(c.table_scope())
                    + " tables have no equivalent: the table is created as an ordinary table"));
      }
    }
    List<PlSqlParser.Relational_propertyContext> properties;
    List<PlSqlParser.Table_clauseContext> clauses;
    PlSqlParser.SubqueryContext asQuery;
    if (c.object_table_clause() != null) {
      PlSqlParser.Object_table_clauseContext o = c.object_table_clause();
      d.blocker =
          note(
              o,
              OraItems.OBJECT_TYPE,
              "an object table (OF "
                  + source.text(o.type_object)
                  + "): create a table with the type's attributes as columns");
      properties = o.relational_property();
      clauses = o.table_clause();
      asQuery = o.subquery();
    } else {
      PlSqlParser.Relational_table_clauseContext r = c.relational_table_clause();
      properties = r.relational_property();
      clauses = r.table_clause();
      asQuery = r.subquery();
    }
    if (asQuery != null) {
      d.asQuery = asQuery;
      d.asSource = source;
    }
    for (PlSqlParser.Relational_propertyContext p : properties) {
      property(d, p);
    }
    for (PlSqlParser.Table_clauseContext t : clauses) {
      tableClause(d, t);
    }
    return d;
  }

  private void property(OraTableDraft d, PlSqlParser.Relational_propertyContext p) {
    if (p instanceof PlSqlParser.ColumnPropertyContext col) {
      columnDefinition(d, col.column_definition(), false);
    } else if (p instanceof PlSqlParser.ConstraintPropertyContext con) {
      outOfLine(d, con.out_of_line_constraint());
    } else if (p instanceof PlSqlParser.RefConstraintPropertyContext) {
      d.notes.add(note(p, OraItems.OBJECT_TYPE, "REF column constraints have no equivalent"));
    } else if (p instanceof PlSqlParser.PeriodPropertyContext) {
      d.notes.add(
          note(
              p,
              OraItems.STATEMENT,
              "valid-time periods (PERIOD FOR) have no equivalent: keep the start and end"
                  + " columns and filter on them in queries"));
    }
    // supplemental logging: physical, ignored
  }

  /**
   * A column definition of CREATE TABLE, ALTER TABLE ADD or (with {@code modify}) ALTER TABLE
   * MODIFY, where only what is written changes.
   */
  void columnDefinition(OraTableDraft d, PlSqlParser.Column_definitionContext c, boolean modify) {
    String columnName = name(c.column);
    ColumnDraft col = modify ? d.findColumn(columnName) : null;
    if (col == null) {
      col = d.column(columnName);
    }
    if (c.datatype() != null) {
      col.type = OraTypes.model(c.datatype(), source.text(c.datatype()));
      col.typeNode = c.datatype();
      if (col.type == null) {
        d.notes.add(
            note(
                c.datatype(),
                OraItems.OBJECT_TYPE,
                "column type " + source.text(c.datatype()) + " has no equivalent"));
        col.type = new DataType("unknown", null, null, null, null, source.text(c.datatype()));
      }
    }
    for (PlSqlParser.Column_attributeContext a : c.column_attribute()) {
      columnAttribute(d, col, a);
    }
  }

  private void columnAttribute(
      OraTableDraft d, ColumnDraft col, PlSqlParser.Column_attributeContext a) {
    if (a instanceof PlSqlParser.DefaultAttributeContext def) {
      col.defaultValue = fragment(def.expression());
      col.defaultOnNull = def.ON() != null;
      if (col.defaultOnNull) {
        d.notes.add(
            note(
                a,
                OraItems.DEFAULT_ON_NULL,
                "DEFAULT ON NULL also replaces an explicit NULL: the target applies the default"
                    + " only when the column is left out; add a trigger that fills NULLs"));
      }
    } else if (a instanceof PlSqlParser.IdentityAttributeContext id) {
      identity(col, id.identity_clause());
      if (id.identity_clause().NULL_() != null) {
        d.notes.add(
            note(
                a,
                OraItems.DEFAULT_ON_NULL,
                "BY DEFAULT ON NULL also numbers rows inserted with an explicit NULL: the target"
                    + " rejects that NULL; leave the column out of such inserts"));
      }
    } else if (a instanceof PlSqlParser.VirtualAttributeContext v) {
      col.generated = fragment(v.condition());
      d.notes.add(
          note(
              a,
              OraItems.VIRTUAL_COLUMN,
              "a virtual column is computed when read; the target stores the computed value"
                  + " instead (the expression must then be immutable)"));
    } else if (a instanceof PlSqlParser.ConstraintAttributeContext con) {
      inline(d, col, con.inline_constraint());
    } else if (a instanceof PlSqlParser.EncryptAttributeContext) {
      d.notes.add(
          note(
              a,
              OraItems.COLUMN_ENCRYPTION,
              "column encryption (TDE) is not converted: encrypt the storage or use pgcrypto"));
    } else if (a instanceof PlSqlParser.InvisibleAttributeContext) {
      d.notes.add(
          note(
              a,
              OraItems.INVISIBLE_COLUMN,
              "invisible columns are visible on the target: SELECT * returns them"));
    }
    // SORT, VISIBLE, COLLATE, SCOPE, WITH ROWID, DECRYPT: no effect on the target
  }

  private static void identity(ColumnDraft col, PlSqlParser.Identity_clauseContext id) {
    boolean always = id.BY() == null;
    BigInteger start = null;
    BigInteger increment = null;
    BigInteger min = null;
    BigInteger max = null;
    boolean cycle = false;
    Long cache = null;
    for (PlSqlParser.Identity_optionContext o : id.identity_option()) {
      PlSqlParser.Sequence_optionContext s = o.sequence_option();
      if (s instanceof PlSqlParser.StartWithOptionContext sw && sw.signed_number() != null) {
        start = number(sw.signed_number());
      } else if (s instanceof PlSqlParser.IncrementByOptionContext ib) {
        increment = number(ib.signed_number());
      } else if (s instanceof PlSqlParser.MinValueOptionContext mv) {
        min = number(mv.signed_number());
      } else if (s instanceof PlSqlParser.MaxValueOptionContext mv) {
        max = number(mv.signed_number());
      } else if (s instanceof PlSqlParser.CycleOptionContext) {
        cycle = true;
      } else if (s instanceof PlSqlParser.CacheOptionContext co) {
        cache = longValue(co.numeric_value().getText());
      }
    }
    col.identitySpec = new Ddl.IdentitySpec(always, start, increment, min, max, cycle, cache);
    col.identity =
        new Identity(
            always ? IdentityGeneration.ALWAYS : IdentityGeneration.BY_DEFAULT,
            start == null ? null : start.longValue(),
            increment == null ? null : increment.longValue());
    col.nullable = false;
  }

  static BigInteger number(PlSqlParser.Signed_numberContext n) {
    String text = n.numeric_value().getText();
    BigInteger v;
    try {
      v = new java.math.BigDecimal(text).toBigInteger();
    } catch (NumberFormatException e) {
      return null;
    }
    return n.MINUS_SIGN() != null ? v.negate() : v;
  }

  static Long longValue(String text) {
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private void inline(OraTableDraft d, ColumnDraft col, PlSqlParser.Inline_constraintContext c) {
    String constraintName = c.constraint_name == null ? null : name(c.constraint_name);
    State state = state(c.constraint_state());
    PlSqlParser.Inline_constraint_bodyContext b = c.inline_constraint_body();
    List<String> columns = List.of(col.name);
    if (b instanceof PlSqlParser.NotNullConstraintContext) {
      col.nullable = state.disabled();
    } else if (b instanceof PlSqlParser.NullConstraintContext) {
      col.nullable = true;
    } else if (b instanceof PlSqlParser.UniqueConstraintContext) {
      d.uniques.add(new Key<>(new UniqueConstraint(constraintName, columns), state, c, source));
    } else if (b instanceof PlSqlParser.PrimaryKeyConstraintContext) {
      d.primaryKey = new Key<>(new PrimaryKey(constraintName, columns), state, c, source);
      col.nullable = false;
    } else if (b instanceof PlSqlParser.ReferencesConstraintContext r) {
      d.foreignKeys.add(
          new Key<>(foreignKey(constraintName, columns, r.references_clause()), state, c, source));
    } else if (b instanceof PlSqlParser.CheckConstraintContext ch) {
      d.checks.add(
          new Check(
              new CheckConstraint(constraintName, source.text(ch.condition())),
              fragment(ch.condition()),
              state));
    }
    stateNotes(d, c, state);
  }

  void outOfLine(OraTableDraft d, PlSqlParser.Out_of_line_constraintContext c) {
    String constraintName = c.constraint_name == null ? null : name(c.constraint_name);
    State state = state(c.constraint_state());
    PlSqlParser.Out_of_line_constraint_bodyContext b = c.out_of_line_constraint_body();
    if (b instanceof PlSqlParser.OutOfLineUniqueContext u) {
      d.uniques.add(
          new Key<>(
              new UniqueConstraint(constraintName, columns(u.column_list())), state, c, source));
    } else if (b instanceof PlSqlParser.OutOfLinePrimaryKeyContext pk) {
      List<String> columns = columns(pk.column_list());
      d.primaryKey = new Key<>(new PrimaryKey(constraintName, columns), state, c, source);
      for (String column : columns) {
        ColumnDraft col = d.findColumn(column);
        if (col != null) {
          col.nullable = false;
        }
      }
    } else if (b instanceof PlSqlParser.OutOfLineForeignKeyContext fk) {
      d.foreignKeys.add(
          new Key<>(
              foreignKey(constraintName, columns(fk.column_list()), fk.references_clause()),
              state,
              c,
              source));
    } else if (b instanceof PlSqlParser.OutOfLineCheckContext ch) {
      d.checks.add(
          new Check(
              new CheckConstraint(constraintName, source.text(ch.condition())),
              fragment(ch.condition()),
              state));
    }
    stateNotes(d, c, state);
  }

  private ForeignKey foreignKey(
      String constraintName, List<String> columns, PlSqlParser.References_clauseContext r) {
    String refSchema = r.referenced.schema == null ? null : name(r.referenced.schema);
    String refTable = name(r.referenced.name);
    List<String> refColumns = r.column_list() == null ? List.of() : columns(r.column_list());
    ReferentialAction onDelete = ReferentialAction.NO_ACTION;
    if (r.on_delete_clause() != null) {
      onDelete =
          r.on_delete_clause().CASCADE() != null
              ? ReferentialAction.CASCADE
              : ReferentialAction.SET_NULL;
    }
    return new ForeignKey(
        constraintName,
        columns,
        refSchema,
        refTable,
        refColumns,
        onDelete,
        ReferentialAction.NO_ACTION);
  }

  static List<String> columns(PlSqlParser.Column_listContext list) {
    List<String> out = new ArrayList<>();
    for (PlSqlParser.Column_nameContext c : list.column_name()) {
      out.add(name(c.identifier(c.identifier().size() - 1)));
    }
    return out;
  }

  static State state(List<PlSqlParser.Constraint_stateContext> states) {
    boolean deferrable = false;
    boolean deferred = false;
    boolean disabled = false;
    boolean noValidate = false;
    for (PlSqlParser.Constraint_stateContext s : states) {
      if (s instanceof PlSqlParser.DeferrableStateContext ds) {
        deferrable = ds.NOT() == null;
      } else if (s instanceof PlSqlParser.InitiallyStateContext is) {
        deferred = is.DEFERRED() != null;
        deferrable = deferrable || deferred;
      } else if (s instanceof PlSqlParser.DisableStateContext) {
        disabled = true;
      } else if (s instanceof PlSqlParser.EnableStateContext) {
        disabled = false;
      } else if (s instanceof PlSqlParser.NoValidateStateContext) {
        noValidate = true;
      } else if (s instanceof PlSqlParser.ValidateStateContext) {
        noValidate = false;
      }
    }
    return new State(deferrable, deferred, disabled, noValidate);
  }

  private void stateNotes(OraTableDraft d, ParserRuleContext c, State state) {
    if (state.disabled()) {
      d.notes.add(
          note(
              c,
              OraItems.DISABLED_CONSTRAINT,
              "the constraint is DISABLED on the source; the target enforces it: rows that"
                  + " violate it will fail to load"));
    } else if (state.noValidate()) {
      d.notes.add(
          note(
              c,
              OraItems.DISABLED_CONSTRAINT,
              "ENABLE NOVALIDATE: existing rows were never checked; the target checks them"
                  + " when the constraint is created"));
    }
  }

  private void tableClause(OraTableDraft d, PlSqlParser.Table_clauseContext t) {
    if (t instanceof PlSqlParser.OnCommitRowsClauseContext oc) {
      d.irKind =
          oc.PRESERVE() != null
              ? Ddl.TableKind.TEMPORARY_PRESERVE_ROWS
              : Ddl.TableKind.TEMPORARY_DELETE_ROWS;
    } else if (t instanceof PlSqlParser.PartitionClauseContext) {
      d.kind = TableKind.PARTITIONED;
      d.notes.add(
          note(
              t,
              OraItems.PARTITIONING,
              "partitioning is not converted: the table is created unpartitioned; use"
                  + " declarative partitioning on the target if the data volume needs it"));
    } else if (t instanceof PlSqlParser.IndexOrganizationClauseContext) {
      d.kind = TableKind.INDEX_ORGANIZED;
      d.notes.add(
          note(
              t,
              OraItems.TABLE_ORGANIZATION,
              "an index-organized table becomes a heap table with a primary-key index; CLUSTER"
                  + " it on that index after loading if range scans on the key matter"));
    } else if (t instanceof PlSqlParser.ExternalOrganizationClauseContext) {
      d.kind = TableKind.EXTERNAL;
      d.blocker =
          note(
              t,
              OraItems.EXTERNAL_TABLE,
              "an external table reads files on the database server: use file_fdw or load the"
                  + " files with COPY");
    } else if (t instanceof PlSqlParser.ClusterClauseContext) {
      d.notes.add(
          note(
              t,
              OraItems.TABLE_ORGANIZATION,
              "table clusters are not converted: the table is stored on its own"));
    } else if (t instanceof PlSqlParser.NestedTableStorageClauseContext) {
      d.notes.add(
          note(t, OraItems.OBJECT_TYPE, "nested-table columns become array columns on the target"));
    } else if (t instanceof PlSqlParser.EnableDisableConstraintClauseContext e
        && e.DISABLE() != null) {
      d.notes.add(
          note(
              t,
              OraItems.DISABLED_CONSTRAINT,
              "the constraint is DISABLED on the source; the target enforces it"));
    } else if (t instanceof PlSqlParser.FlashbackArchiveClauseContext) {
      d.notes.add(
          note(
              t,
              OraItems.STATEMENT,
              "flashback data archives have no equivalent: keep history with a trigger and a"
                  + " history table"));
    }
  }

  // ------------------------------------------------------------------------------------------
  // ALTER TABLE and COMMENT
  // ------------------------------------------------------------------------------------------

  /** Applies ALTER TABLE to a draft; returns the new name when the table is renamed, else null. */
  String alterTable(OraTableDraft d, PlSqlParser.Alter_tableContext a) {
    String renamed = null;
    for (PlSqlParser.Alter_table_itemContext item : a.alter_table_item()) {
      if (item instanceof PlSqlParser.AddListItemContext add) {
        add.relational_property().forEach(p -> property(d, p));
      } else if (item instanceof PlSqlParser.AddConstraintItemContext add) {
        outOfLine(d, add.out_of_line_constraint());
      } else if (item instanceof PlSqlParser.AddColumnItemContext add) {
        columnDefinition(d, add.column_definition(), false);
      } else if (item instanceof PlSqlParser.ModifyColumnListItemContext m) {
        m.column_definition().forEach(c -> columnDefinition(d, c, true));
      } else if (item instanceof PlSqlParser.ModifyColumnItemContext m) {
        columnDefinition(d, m.column_definition(), true);
      } else if (item instanceof PlSqlParser.ModifyConstraintItemContext m) {
        stateNotes(d, m, state(m.constraint_state()));
      } else if (item instanceof PlSqlParser.DropColumnItemContext drop) {
        dropColumns(d, List.of(name(drop.identifier())));
      } else if (item instanceof PlSqlParser.DropColumnListItemContext drop) {
        dropColumns(d, columns(drop.column_list()));
      } else if (item instanceof PlSqlParser.SetUnusedItemContext unused) {
        dropColumns(
            d,
            unused.identifier() != null
                ? List.of(name(unused.identifier()))
                : columns(unused.column_list()));
      } else if (item instanceof PlSqlParser.DropConstraintItemContext drop) {
        dropConstraint(d, name(drop.identifier()));
      } else if (item instanceof PlSqlParser.DropPrimaryKeyItemContext) {
        d.primaryKey = null;
      } else if (item instanceof PlSqlParser.DropUniqueItemContext drop) {
        List<String> cols = columns(drop.column_list());
        d.uniques.removeIf(u -> u.model().columns().equals(cols));
      } else if (item instanceof PlSqlParser.RenameColumnItemContext r) {
        renameColumn(d, name(r.old_name), name(r.new_name));
      } else if (item instanceof PlSqlParser.RenameConstraintItemContext r) {
        renameConstraint(d, name(r.old_name), name(r.new_name));
      } else if (item instanceof PlSqlParser.RenameTableItemContext r) {
        renamed = name(r.new_name);
      } else if (item instanceof PlSqlParser.TableClauseItemContext t) {
        tableClause(d, t.table_clause());
      }
      // partition maintenance, storage, MOVE, SHRINK, supplemental logging: physical
    }
    return renamed;
  }

  private static void dropColumns(OraTableDraft d, List<String> names) {
    for (String n : names) {
      ColumnDraft c = d.findColumn(n);
      if (c != null) {
        d.columns.remove(c.name);
      }
    }
  }

  private static void dropConstraint(OraTableDraft d, String constraint) {
    if (d.primaryKey != null && constraint.equals(d.primaryKey.model().name())) {
      d.primaryKey = null;
    }
    d.uniques.removeIf(u -> constraint.equals(u.model().name()));
    d.foreignKeys.removeIf(f -> constraint.equals(f.model().name()));
    d.checks.removeIf(c -> constraint.equals(c.model().name()));
  }

  private static void renameColumn(OraTableDraft d, String from, String to) {
    ColumnDraft c = d.findColumn(from);
    if (c == null) {
      return;
    }
    java.util.Map<String, ColumnDraft> copy = new java.util.LinkedHashMap<>(d.columns);
    d.columns.clear();
    for (var e : copy.entrySet()) {
      if (e.getValue() == c) {
        c.name = to;
        d.columns.put(to, c);
      } else {
        d.columns.put(e.getKey(), e.getValue());
      }
    }
    if (d.primaryKey != null) {
      d.primaryKey =
          new Key<>(
              new PrimaryKey(
                  d.primaryKey.model().name(), rename(d.primaryKey.model().columns(), from, to)),
              d.primaryKey.state(),
              d.primaryKey.node(),
              d.primaryKey.source());
    }
    d.uniques.replaceAll(
        u ->
            new Key<>(
                new UniqueConstraint(u.model().name(), rename(u.model().columns(), from, to)),
                u.state(),
                u.node(),
                u.source()));
    d.foreignKeys.replaceAll(
        f ->
            new Key<>(
                new ForeignKey(
                    f.model().name(),
                    rename(f.model().columns(), from, to),
                    f.model().referencedSchema(),
                    f.model().referencedTable(),
                    f.model().referencedColumns(),
                    f.model().onDelete(),
                    f.model().onUpdate()),
                f.state(),
                f.node(),
                f.source()));
  }

  private static List<String> rename(List<String> columns, String from, String to) {
    return columns.stream().map(c -> c.equalsIgnoreCase(from) ? to : c).toList();
  }

  private static void renameConstraint(OraTableDraft d, String from, String to) {
    if (d.primaryKey != null && from.equals(d.primaryKey.model().name())) {
      d.primaryKey =
          new Key<>(
              new PrimaryKey(to, d.primaryKey.model().columns()),
              d.primaryKey.state(),
              d.primaryKey.node(),
              d.primaryKey.source());
    }
    d.uniques.replaceAll(
        u ->
            from.equals(u.model().name())
                ? new Key<>(
                    new UniqueConstraint(to, u.model().columns()), u.state(), u.node(), u.source())
                : u);
    d.foreignKeys.replaceAll(
        f ->
            from.equals(f.model().name())
                ? new Key<>(
                    new ForeignKey(
                        to,
                        f.model().columns(),
                        f.model().referencedSchema(),
                        f.model().referencedTable(),
                        f.model().referencedColumns(),
                        f.model().onDelete(),
                        f.model().onUpdate()),
                    f.state(),
                    f.node(),
                    f.source())
                : f);
    d.checks.replaceAll(
        c ->
            from.equals(c.model().name())
                ? new Check(
                    new CheckConstraint(to, c.model().expression()), c.condition(), c.state())
                : c);
  }
}
