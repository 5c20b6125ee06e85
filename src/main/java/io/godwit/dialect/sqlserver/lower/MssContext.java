package io.godwit.dialect.sqlserver.lower;

import io.godwit.convert.item.Items;
import io.godwit.convert.types.TypeMapper;
import io.godwit.dialect.sqlserver.script.ParsedBatch;
import io.godwit.ir.SourceSpan;
import io.godwit.ir.SqlType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * What the lowerers of one object share: the batch its tree comes from (for spans and texts), the
 * items collected so far, the type mapping, and the names in scope with their types (columns of the
 * tables being read, variables and parameters), which decide what T-SQL's {@code +} means.
 */
final class MssContext {

  final Items items;
  final TypeMapper types;
  final ParsedBatch batch;
  final MssCatalog catalog;
  final String defaultSchema;
  private final Map<String, SqlType> columns = new HashMap<>();
  private final Map<String, SqlType> variables = new HashMap<>();
  private final Map<String, io.godwit.ir.QName> qualified = new HashMap<>();
  private final Map<String, io.godwit.ir.QName> tableVariables = new HashMap<>();

  /** Whether the target is MySQL: item messages then give MySQL's means, not PostgreSQL's. */
  final boolean mysql;

  MssContext(
      Items items, TypeMapper types, ParsedBatch batch, MssCatalog catalog, String defaultSchema) {
    this(items, types, batch, catalog, defaultSchema, false);
  }

  MssContext(
      Items items,
      TypeMapper types,
      ParsedBatch batch,
      MssCatalog catalog,
      String defaultSchema,
      boolean mysql) {
    this.mysql = mysql;
    this.items = items;
    this.types = types;
    this.batch = batch;
    this.catalog = catalog;
    this.defaultSchema = defaultSchema;
  }

  SourceSpan span(ParserRuleContext node) {
    return node == null || batch == null ? null : batch.spanOf(node);
  }

  String text(ParserRuleContext node) {
    return batch == null ? node.getText() : batch.textOf(node);
  }

  void item(String code, String message, ParserRuleContext node) {
    items.add(code, message, span(node), node == null ? null : text(node));
  }

  /** Something the IR cannot hold: the back end keeps its text in a comment and raises the item. */
  io.godwit.ir.expr.Expr unsupported(ParserRuleContext node, String code, String message) {
    return new io.godwit.ir.expr.Expr.Unsupported(text(node), code, message, span(node));
  }

  /** A statement the IR cannot hold. */
  io.godwit.ir.proc.Stmt unsupportedStmt(ParserRuleContext node, String code, String message) {
    return new io.godwit.ir.proc.Stmt.Unsupported(text(node), code, message, span(node));
  }

  void column(String name, SqlType type) {
    columns.putIfAbsent(name.toUpperCase(Locale.ROOT), type);
  }

  SqlType columnType(String name) {
    return columns.get(name.toUpperCase(Locale.ROOT));
  }

  void variable(String name, SqlType type) {
    variables.put(name.toUpperCase(Locale.ROOT), type);
  }

  /**
   * A variable read as {@code qualifier.name} in the target, so that it never resolves to a column
   * of the same name (T-SQL variables carry an {@code @}, PL/pgSQL ones do not).
   */
  void variable(String name, SqlType type, io.godwit.ir.QName target) {
    variable(name, type);
    qualified.put(name.toUpperCase(Locale.ROOT), target);
  }

  /** The target name of a variable: qualified when it was declared so, else its bare name. */
  io.godwit.ir.QName variableName(String name) {
    io.godwit.ir.QName q = qualified.get(name.toUpperCase(Locale.ROOT));
    return q != null ? q : io.godwit.ir.QName.of(MssNames.variable(name));
  }

  SqlType variableType(String name) {
    return variables.get(name.toUpperCase(Locale.ROOT));
  }

  /** A table variable ({@code DECLARE @t TABLE}) and the temporary table that holds it. */
  void tableVariable(String name, io.godwit.ir.QName table) {
    tableVariables.put(name.toUpperCase(Locale.ROOT), table);
  }

  /** The temporary table of a table variable, or null when it is not declared in the body. */
  io.godwit.ir.QName tableVariable(String name) {
    return tableVariables.get(name.toUpperCase(Locale.ROOT));
  }
}
