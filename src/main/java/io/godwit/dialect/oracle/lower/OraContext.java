package io.godwit.dialect.oracle.lower;

import io.godwit.convert.ConvertOptions;
import io.godwit.convert.item.Items;
import io.godwit.convert.types.TypeMapper;
import io.godwit.dialect.oracle.script.SourceText;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.SourceSpan;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Stmt;
import io.godwit.model.CatalogIndex;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * The state of lowering one unit: where its text is, its items, the declared names in scope, the
 * package or trigger it belongs to, and the source catalog for resolving names and types.
 */
final class OraContext {

  /** What a package body sees of its package. */
  record PackageScope(
      Ident schema,
      Ident name,
      QName target,
      Map<String, io.godwit.ir.SqlType> state,
      Set<String> routines) {}

  /** What a trigger body sees: the names of its new and old rows. */
  record TriggerScope(String newName, String oldName) {}

  final Items items;

  /** Look-ups into the source catalog (empty when there is none). */
  final CatalogIndex catalog;

  final ConvertOptions options;
  final boolean packagesAsSchemas;
  final TypeMapper types;
  final SourceText source;
  final Ident defaultSchema;

  /** The packages of the conversion, for references to their members; may be null. */
  OraPackages packages;

  Scope scope = new Scope(null);
  PackageScope pkg;
  TriggerScope trigger;

  /** Whether the code being lowered is SQL inside PL/SQL (names may be variables). */
  boolean inPlsql;

  /**
   * In dynamic SQL: the count of bind variables seen so far, which become positional placeholders;
   * null elsewhere.
   */
  int[] placeholders;

  OraContext(
      Items items,
      CatalogIndex catalog,
      ConvertOptions options,
      boolean packagesAsSchemas,
      TypeMapper types,
      SourceText source,
      Ident defaultSchema) {
    this.items = items;
    this.catalog = catalog;
    this.options = options;
    this.packagesAsSchemas = packagesAsSchemas;
    this.types = types;
    this.source = source;
    this.defaultSchema = defaultSchema;
  }

  void push() {
    scope = new Scope(scope);
  }

  void pop() {
    scope = scope.parent();
  }

  /**
   * Whether nodes have spans worth reporting: false for text parsed on its own (a catalog default,
   * an index expression) whose positions mean nothing to the user.
   */
  boolean spans = true;

  /** What spans stand for when {@link #spans} is off: the object's own span, or null. */
  SourceSpan fallbackSpan;

  /** Whether the target is MySQL: item messages then give MySQL's means, not PostgreSQL's. */
  boolean mysql;

  SourceSpan span(ParserRuleContext node) {
    if (!spans) {
      return fallbackSpan;
    }
    return source == null || node == null ? null : source.span(node);
  }

  String text(ParserRuleContext node) {
    if (node == null) {
      return null;
    }
    return source == null ? node.getText() : source.text(node);
  }

  /** An expression the IR cannot hold: a placeholder with an item, the text kept. */
  Expr unsupported(ParserRuleContext node, String code, String message) {
    return new Expr.Unsupported(text(node), code, message, span(node));
  }

  /** A statement the IR cannot hold. */
  Stmt unsupportedStmt(ParserRuleContext node, String code, String message) {
    return new Stmt.Unsupported(text(node), code, message, span(node));
  }

  /** Records an item about {@code node} without replacing anything. */
  void note(ParserRuleContext node, String code, String message) {
    items.add(code, message, span(node), text(node));
  }
}
