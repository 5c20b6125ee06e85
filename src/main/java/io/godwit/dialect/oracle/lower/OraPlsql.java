package io.godwit.dialect.oracle.lower;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.expr.BinaryOp;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.proc.Block;
import io.godwit.ir.proc.Conditions;
import io.godwit.ir.proc.Decl;
import io.godwit.ir.proc.Handler;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** PL/SQL blocks, declarations and statements to IR. */
final class OraPlsql {

  /** Oracle error numbers that name a predefined condition. */
  static final Map<Integer, String> PREDEFINED_CODES =
      Map.ofEntries(
          Map.entry(-1, Conditions.DUP_VAL_ON_INDEX),
          Map.entry(-1403, Conditions.NO_DATA_FOUND),
          Map.entry(100, Conditions.NO_DATA_FOUND),
          Map.entry(-1422, Conditions.TOO_MANY_ROWS),
          Map.entry(-1476, Conditions.ZERO_DIVIDE),
          Map.entry(-1722, Conditions.INVALID_NUMBER),
          Map.entry(-6502, Conditions.VALUE_ERROR),
          Map.entry(-1001, Conditions.INVALID_CURSOR),
          Map.entry(-6511, Conditions.CURSOR_ALREADY_OPEN),
          Map.entry(-6592, Conditions.CASE_NOT_FOUND),
          Map.entry(-54, Conditions.LOCK_TIMEOUT),
          Map.entry(-60, Conditions.DEADLOCK),
          Map.entry(-2291, Conditions.FOREIGN_KEY_VIOLATION),
          Map.entry(-2292, Conditions.FOREIGN_KEY_VIOLATION),
          Map.entry(-1400, Conditions.NOT_NULL_VIOLATION),
          Map.entry(-2290, Conditions.CHECK_VIOLATION),
          Map.entry(-6531, Conditions.COLLECTION_IS_NULL),
          Map.entry(-6533, Conditions.SUBSCRIPT_BEYOND_COUNT));

  private final OraLower l;

  /** Set when a PRAGMA AUTONOMOUS_TRANSACTION is seen in the routine's declarations. */
  boolean autonomous;

  OraPlsql(OraLower lower) {
    this.l = lower;
  }

  private OraContext cx() {
    return l.cx;
  }

  // ------------------------------------------------------------------------------------------
  // Blocks and declarations
  // ------------------------------------------------------------------------------------------

  /** [DECLARE ...] BEGIN ... END, in a new scope. */
  Block block(PlSqlParser.BlockContext b, Ident label) {
    cx().push();
    try {
      List<Decl> decls =
          b.declare_section() == null ? List.of() : declarations(b.declare_section());
      return body(b.body(), label, decls);
    } finally {
      cx().pop();
    }
  }

  /** A compound trigger's timing-point section as a block of its own. */
  Block section(PlSqlParser.Timing_point_sectionContext t) {
    cx().push();
    try {
      List<Decl> decls =
          t.declare_section() == null ? List.of() : declarations(t.declare_section());
      List<Stmt> statements = statements(t.seq_of_statements());
      List<Handler> handlers = new ArrayList<>();
      if (t.exception_section() != null) {
        for (PlSqlParser.Exception_handlerContext h : t.exception_section().exception_handler()) {
          handlers.add(handler(h));
        }
      }
      return new Block(null, fixExceptionCodes(decls), statements, handlers, cx().span(t));
    } finally {
      cx().pop();
    }
  }

  /** A body with declarations already lowered into the current scope. */
  Block body(PlSqlParser.BodyContext body, Ident label, List<Decl> decls) {
    List<Stmt> statements = statements(body.seq_of_statements());
    List<Handler> handlers = new ArrayList<>();
    if (body.exception_section() != null) {
      for (PlSqlParser.Exception_handlerContext h : body.exception_section().exception_handler()) {
        handlers.add(handler(h));
      }
    }
    return new Block(label, fixExceptionCodes(decls), statements, handlers, cx().span(body));
  }

  /** EXCEPTION_INIT may follow the exception's declaration: carry its code into the Decl. */
  private List<Decl> fixExceptionCodes(List<Decl> decls) {
    List<Decl> out = new ArrayList<>();
    for (Decl d : decls) {
      if (d instanceof Decl.Exception e) {
        Scope.Symbol s = cx().scope.lookup(e.name().text());
        Integer code = s == null ? null : s.code();
        if (code != null && PREDEFINED_CODES.containsKey(code)) {
          continue; // handled as the predefined condition
        }
        out.add(new Decl.Exception(e.name(), code == null ? null : userCode(code), e.span()));
      } else {
        out.add(d);
      }
    }
    return out;
  }

  /** RAISE_APPLICATION_ERROR's -20xxx as the neutral positive error number. */
  static Integer userCode(int oracleCode) {
    return Math.abs(oracleCode);
  }

  List<Decl> declarations(PlSqlParser.Declare_sectionContext d) {
    List<Decl> out = new ArrayList<>();
    for (PlSqlParser.Declare_itemContext item : d.declare_item()) {
      Decl decl = declaration(item);
      if (decl != null) {
        out.add(decl);
      }
    }
    return out;
  }

  private Decl declaration(PlSqlParser.Declare_itemContext item) {
    if (item.variable_declaration() != null) {
      PlSqlParser.Variable_declarationContext v = item.variable_declaration();
      Ident name = OraNames.ident(v.name);
      SqlType type = l.types.lower(v.datatype(), false);
      boolean constant = v.CONSTANT() != null;
      Expr init =
          v.default_value_part() == null
              ? null
              : l.expr.condition(v.default_value_part().condition());
      cx().scope
          .declare(
              new Scope.Symbol(
                  constant ? Scope.Kind.CONSTANT : Scope.Kind.VARIABLE,
                  name,
                  type,
                  null,
                  isCollection(type)));
      if (type.kind() == TypeKind.REF_CURSOR) {
        cx().scope.declare(new Scope.Symbol(Scope.Kind.CURSOR_VARIABLE, name, type, null, false));
      }
      return new Decl.Variable(name, type, init, constant, v.NOT() != null, cx().span(v));
    }
    if (item.exception_declaration() != null) {
      Ident name = OraNames.ident(item.exception_declaration().name);
      cx().scope.declare(new Scope.Symbol(Scope.Kind.EXCEPTION, name, null, null, false));
      return new Decl.Exception(name, null, cx().span(item));
    }
    if (item.cursor_declaration() != null) {
      return cursor(item.cursor_declaration());
    }
    if (item.type_declaration() != null) {
      return type(item.type_declaration());
    }
    if (item.subtype_declaration() != null) {
      PlSqlParser.Subtype_declarationContext s = item.subtype_declaration();
      Ident name = OraNames.ident(s.name);
      SqlType base = l.types.lower(s.datatype(), false);
      cx().scope.declare(new Scope.Symbol(Scope.Kind.TYPE, name, base, null, isCollection(base)));
      return null;
    }
    if (item.pragma_declaration() != null) {
      pragma(item.pragma_declaration().pragma_clause());
      return null;
    }
    if (item.procedure_declaration() != null || item.function_declaration() != null) {
      return OraUnits.localSubprogram(l, item);
    }
    if (item.conditional_declaration() != null) {
      cx().note(
              item,
              OraItems.CONDITIONAL_COMPILATION,
              "conditional compilation: the first branch's declarations are kept");
      PlSqlParser.Conditional_declarationContext c = item.conditional_declaration();
      if (!c.declare_section().isEmpty()) {
        List<Decl> first = declarations(c.declare_section(0));
        return first.isEmpty() ? null : first.get(0);
      }
      return null;
    }
    return null;
  }

  static boolean isCollection(SqlType t) {
    return t != null && (t.kind() == TypeKind.ARRAY || t.isMap());
  }

  private Decl cursor(PlSqlParser.Cursor_declarationContext c) {
    Ident name = OraNames.ident(c.name);
    cx().scope.declare(new Scope.Symbol(Scope.Kind.CURSOR, name, null, null, false));
    if (c.select_statement() == null) {
      return null; // a cursor specification; its body declares the query
    }
    cx().push();
    try {
      List<io.godwit.ir.proc.Param> params = new ArrayList<>();
      for (PlSqlParser.ParameterContext p : c.parameter()) {
        io.godwit.ir.proc.Param param = OraUnits.param(l, p);
        params.add(param);
      }
      return new Decl.Cursor(name, params, l.query.select(c.select_statement()), cx().span(c));
    } finally {
      cx().pop();
    }
  }

  private Decl type(PlSqlParser.Type_declarationContext t) {
    Ident name = OraNames.ident(t.name);
    SqlType def;
    PlSqlParser.Plsql_type_definitionContext d = t.plsql_type_definition();
    if (d instanceof PlSqlParser.RecordTypeDefinitionContext r) {
      List<SqlType.Field> fields = new ArrayList<>();
      for (PlSqlParser.Field_declarationContext f : r.field_declaration()) {
        fields.add(new SqlType.Field(OraNames.ident(f.name), l.types.lower(f.datatype(), false)));
      }
      def =
          new SqlType(
              TypeKind.RECORD,
              null,
              null,
              false,
              true,
              false,
              QName.of(name),
              null,
              fields,
              cx().text(t));
    } else if (d instanceof PlSqlParser.TableTypeDefinitionContext tt) {
      if (tt.index_type != null) {
        String indexType =
            OraTypes.typeName(((PlSqlParser.NamedTypeContext) tt.index_type).type_name());
        boolean numeric =
            indexType.equals("PLS_INTEGER")
                || indexType.equals("BINARY_INTEGER")
                || indexType.equals("SIMPLE_INTEGER");
        if (!numeric) {
          SqlType element = l.types.lower(tt.datatype(0), false);
          if (scalar(element)) {
            // Indexed by strings: a JSON object keyed by the index (see SqlType.mapOf).
            def = SqlType.mapOf(element).withSource(cx().text(t));
            cx().scope.declare(new Scope.Symbol(Scope.Kind.TYPE, name, def, null, true));
            return new Decl.Type(name, def, cx().span(t));
          }
          cx().note(
                  t,
                  OraItems.ASSOCIATIVE_ARRAY,
                  "an associative array indexed by strings whose elements are records or"
                      + " collections: use jsonb, or a temporary table");
        }
      }
      def = SqlType.arrayOf(l.types.lower(tt.datatype(0), false)).withSource(cx().text(t));
    } else if (d instanceof PlSqlParser.VarrayPlsqlTypeDefinitionContext v) {
      def = SqlType.arrayOf(l.types.lower(v.datatype(), false)).withSource(cx().text(t));
    } else {
      def = SqlType.of(TypeKind.REF_CURSOR).withSource(cx().text(t));
    }
    cx().scope.declare(new Scope.Symbol(Scope.Kind.TYPE, name, def, null, isCollection(def)));
    return new Decl.Type(name, def, cx().span(t));
  }

  /** Whether values of {@code t} keep their value through JSON: numbers, strings, dates. */
  private static boolean scalar(SqlType t) {
    return switch (t.kind()) {
      case RECORD,
              ARRAY,
              NAMED,
              REF_CURSOR,
              UNSUPPORTED,
              JSON,
              XML,
              BINARY,
              VARBINARY,
              BLOB,
              TYPE_OF,
              ROW_TYPE_OF ->
          false;
      default -> true;
    };
  }

  private void pragma(PlSqlParser.Pragma_clauseContext p) {
    if (p instanceof PlSqlParser.AutonomousTransactionPragmaContext) {
      autonomous = true;
    } else if (p instanceof PlSqlParser.ExceptionInitPragmaContext e) {
      String exception = e.exception_name.getText();
      try {
        int code = Integer.parseInt(e.error_code.getText().replace(" ", ""));
        cx().scope
            .bindCode(
                OraNames.ident(
                        e.exception_name.identifier(e.exception_name.identifier().size() - 1))
                    .text(),
                code);
      } catch (NumberFormatException ex) {
        cx().note(
                p,
                OraItems.STATEMENT,
                "EXCEPTION_INIT with a code that is not a number: " + exception);
      }
    }
  }

  private Handler handler(PlSqlParser.Exception_handlerContext h) {
    List<Handler.Condition> conditions = new ArrayList<>();
    for (PlSqlParser.Exception_choiceContext c : h.exception_choice()) {
      conditions.add(condition(c));
    }
    return new Handler(conditions, statements(h.seq_of_statements()));
  }

  private Handler.Condition condition(PlSqlParser.Exception_choiceContext c) {
    if (c.OTHERS() != null) {
      return Handler.Condition.others();
    }
    QName name = OraNames.qualified(c.qualified_name().identifier());
    String last = name.last().text().toUpperCase(Locale.ROOT);
    Scope.Symbol s = cx().scope.lookup(name.last().text());
    if (s != null && s.kind() == Scope.Kind.EXCEPTION) {
      if (s.code() != null && PREDEFINED_CODES.containsKey(s.code())) {
        return Handler.Condition.predefined(PREDEFINED_CODES.get(s.code()));
      }
      return new Handler.Condition(null, QName.of(s.name()), null);
    }
    if (isPredefined(last) && name.size() == 1) {
      return Handler.Condition.predefined(predefinedName(last));
    }
    return new Handler.Condition(null, name, null);
  }

  static boolean isPredefined(String upper) {
    return predefinedName(upper) != null;
  }

  /** Oracle's predefined exception names to the neutral ones. */
  static String predefinedName(String upper) {
    return switch (upper) {
      case "NO_DATA_FOUND" -> Conditions.NO_DATA_FOUND;
      case "TOO_MANY_ROWS" -> Conditions.TOO_MANY_ROWS;
      case "DUP_VAL_ON_INDEX" -> Conditions.DUP_VAL_ON_INDEX;
      case "ZERO_DIVIDE" -> Conditions.ZERO_DIVIDE;
      case "VALUE_ERROR" -> Conditions.VALUE_ERROR;
      case "INVALID_NUMBER" -> Conditions.INVALID_NUMBER;
      case "INVALID_CURSOR" -> Conditions.INVALID_CURSOR;
      case "CURSOR_ALREADY_OPEN" -> Conditions.CURSOR_ALREADY_OPEN;
      case "CASE_NOT_FOUND" -> Conditions.CASE_NOT_FOUND;
      case "COLLECTION_IS_NULL" -> Conditions.COLLECTION_IS_NULL;
      case "SUBSCRIPT_BEYOND_COUNT", "SUBSCRIPT_OUTSIDE_LIMIT" -> Conditions.SUBSCRIPT_BEYOND_COUNT;
      case "TIMEOUT_ON_RESOURCE" -> Conditions.LOCK_TIMEOUT;
      default -> null;
    };
  }

  // ------------------------------------------------------------------------------------------
  // Statements
  // ------------------------------------------------------------------------------------------

  List<Stmt> statements(PlSqlParser.Seq_of_statementsContext seq) {
    List<Stmt> out = new ArrayList<>();
    if (seq == null) {
      return out;
    }
    for (PlSqlParser.Statement_entryContext e : seq.statement_entry()) {
      if (e instanceof PlSqlParser.SimpleEntryContext s) {
        Ident label = null;
        for (PlSqlParser.Label_declarationContext ld : s.label_declaration()) {
          label = OraNames.ident(ld.label);
        }
        Stmt stmt = statement(s.plsql_statement(), label);
        boolean labelsItself =
            stmt instanceof Stmt.Loop
                || stmt instanceof Stmt.While
                || stmt instanceof Stmt.ForRange
                || stmt instanceof Stmt.ForQuery
                || stmt instanceof Block;
        if (label != null && !labelsItself) {
          out.add(new Stmt.Label(label, cx().span(s)));
        }
        out.add(stmt);
      } else if (e instanceof PlSqlParser.ConditionalEntryContext c) {
        cx().note(
                c,
                OraItems.CONDITIONAL_COMPILATION,
                "conditional compilation: the $ELSE branch (or the first branch) is kept; check it is the one this database needs");
        PlSqlParser.Conditional_statementContext cs = c.conditional_statement();
        List<PlSqlParser.Seq_of_statementsContext> branches = cs.seq_of_statements();
        if (cs.CC_ELSE() != null && !branches.isEmpty()) {
          out.addAll(statements(branches.get(branches.size() - 1)));
        } else if (!branches.isEmpty()) {
          out.addAll(statements(branches.get(0)));
        }
      }
    }
    return out;
  }

  Stmt statement(PlSqlParser.Plsql_statementContext s, Ident label) {
    io.godwit.ir.SourceSpan span = cx().span(s);
    if (s.block() != null) {
      return block(s.block(), label);
    }
    if (s.if_statement() != null) {
      return ifStatement(s.if_statement());
    }
    if (s.case_statement() != null) {
      PlSqlParser.Case_statementContext c = s.case_statement();
      Expr operand = c.selector == null ? null : l.expr.condition(c.selector);
      List<Stmt.Branch> whens = new ArrayList<>();
      for (PlSqlParser.Case_statement_whenContext w : c.case_statement_when()) {
        whens.add(
            new Stmt.Branch(l.expr.condition(w.condition()), statements(w.seq_of_statements())));
      }
      List<Stmt> otherwise =
          c.else_part() == null ? null : statements(c.else_part().seq_of_statements());
      return new Stmt.CaseStmt(operand, whens, otherwise, span);
    }
    if (s.loop_statement() != null) {
      return loop(s.loop_statement(), label);
    }
    if (s.forall_statement() != null) {
      return forall(s.forall_statement());
    }
    if (s.exit_statement() != null) {
      PlSqlParser.Exit_statementContext x = s.exit_statement();
      return new Stmt.Exit(
          x.label == null ? null : OraNames.ident(x.label),
          x.condition() == null ? null : l.expr.condition(x.condition()),
          span);
    }
    if (s.continue_statement() != null) {
      PlSqlParser.Continue_statementContext x = s.continue_statement();
      return new Stmt.Continue(
          x.label == null ? null : OraNames.ident(x.label),
          x.condition() == null ? null : l.expr.condition(x.condition()),
          span);
    }
    if (s.goto_statement() != null) {
      return new Stmt.Goto(OraNames.ident(s.goto_statement().label), span);
    }
    if (s.null_statement() != null) {
      return new Stmt.Null(span);
    }
    if (s.return_statement() != null) {
      PlSqlParser.Return_statementContext r = s.return_statement();
      return new Stmt.Return(r.condition() == null ? null : l.expr.condition(r.condition()), span);
    }
    if (s.raise_statement() != null) {
      return raise(s.raise_statement());
    }
    if (s.pipe_row_statement() != null) {
      return new Stmt.ReturnNext(l.expr.condition(s.pipe_row_statement().condition()), span);
    }
    if (s.execute_immediate_statement() != null) {
      return OraDynamic.executeImmediate(l, s.execute_immediate_statement());
    }
    if (s.open_statement() != null) {
      return open(s.open_statement());
    }
    if (s.fetch_statement() != null) {
      PlSqlParser.Fetch_statementContext f = s.fetch_statement();
      return new Stmt.Fetch(
          l.elements.element(f.cursor),
          l.dml.intoTargets(f.into_clause()),
          f.into_clause().BULK() != null,
          f.limit == null ? null : l.expr.expression(f.limit),
          span);
    }
    if (s.close_statement() != null) {
      return new Stmt.Close(l.elements.element(s.close_statement().cursor), span);
    }
    if (s.select_statement() != null) {
      return selectInto(s.select_statement());
    }
    if (s.insert_statement() != null) {
      return l.dml.statement(s.insert_statement());
    }
    if (s.update_statement() != null) {
      return l.dml.statement(s.update_statement());
    }
    if (s.delete_statement() != null) {
      return l.dml.statement(s.delete_statement());
    }
    if (s.merge_statement() != null) {
      return l.dml.statement(s.merge_statement());
    }
    if (s.commit_statement() != null) {
      return new Stmt.Transaction(Stmt.TransactionKind.COMMIT, null, span);
    }
    if (s.rollback_statement() != null) {
      PlSqlParser.Rollback_statementContext r = s.rollback_statement();
      return r.savepoint == null
          ? new Stmt.Transaction(Stmt.TransactionKind.ROLLBACK, null, span)
          : new Stmt.Transaction(
              Stmt.TransactionKind.ROLLBACK_TO_SAVEPOINT, OraNames.ident(r.savepoint), span);
    }
    if (s.savepoint_statement() != null) {
      return new Stmt.Transaction(
          Stmt.TransactionKind.SAVEPOINT, OraNames.ident(s.savepoint_statement().savepoint), span);
    }
    if (s.set_transaction_statement() != null) {
      cx().note(s, OraItems.STATEMENT, "SET TRANSACTION inside PL/SQL is not kept");
      return new Stmt.Null(span);
    }
    if (s.lock_table_statement() != null) {
      return cx().unsupportedStmt(
              s,
              OraItems.STATEMENT,
              cx().mysql
                  ? "LOCK TABLE: lock the rows with SELECT ... FOR UPDATE (MySQL's LOCK TABLES is"
                      + " not allowed in stored programs)"
                  : "LOCK TABLE: write PostgreSQL's LOCK TABLE with the matching mode");
    }
    if (s.assignment_or_call_statement() != null) {
      return OraCalls.assignmentOrCall(l, s.assignment_or_call_statement());
    }
    return cx().unsupportedStmt(s, OraItems.STATEMENT, "statement not understood");
  }

  private Stmt ifStatement(PlSqlParser.If_statementContext i) {
    List<Stmt.Branch> branches = new ArrayList<>();
    branches.add(
        new Stmt.Branch(l.expr.condition(i.condition()), statements(i.seq_of_statements())));
    for (PlSqlParser.Elsif_partContext e : i.elsif_part()) {
      branches.add(
          new Stmt.Branch(l.expr.condition(e.condition()), statements(e.seq_of_statements())));
    }
    List<Stmt> otherwise =
        i.else_part() == null ? List.of() : statements(i.else_part().seq_of_statements());
    return new Stmt.If(branches, otherwise, cx().span(i));
  }

  private Stmt loop(PlSqlParser.Loop_statementContext loop, Ident label) {
    io.godwit.ir.SourceSpan span = cx().span(loop);
    if (loop instanceof PlSqlParser.BasicLoopContext b) {
      return new Stmt.Loop(label, statements(b.seq_of_statements()), span);
    }
    if (loop instanceof PlSqlParser.WhileLoopContext w) {
      return new Stmt.While(
          label, l.expr.condition(w.condition()), statements(w.seq_of_statements()), span);
    }
    if (loop instanceof PlSqlParser.NumericForLoopContext f) {
      Ident index = OraNames.ident(f.index);
      Expr low = l.expr.expression(f.lower);
      Expr high = l.expr.expression(f.upper);
      cx().push();
      try {
        cx().scope
            .declare(
                new Scope.Symbol(
                    Scope.Kind.LOOP_INDEX, index, SqlType.of(TypeKind.INTEGER), null, false));
        return new Stmt.ForRange(
            label,
            index,
            low,
            high,
            f.REVERSE() != null,
            null,
            statements(f.seq_of_statements()),
            span);
      } finally {
        cx().pop();
      }
    }
    PlSqlParser.CursorForLoopContext c = (PlSqlParser.CursorForLoopContext) loop;
    Ident record = OraNames.ident(c.record);
    Query query = null;
    QName cursor = null;
    List<Expr> args = List.of();
    if (c.select_statement() != null) {
      query = l.query.select(c.select_statement());
    } else {
      List<OraElements.Part> parts = OraElements.parts(c.cursor);
      int k = OraElements.leadingNames(parts);
      cursor = OraElements.qname(parts, 0, k);
      if (k < parts.size() && parts.get(k) instanceof OraElements.Call call) {
        args = l.elements.arguments(call.args());
      }
    }
    cx().push();
    try {
      cx().scope
          .declare(
              new Scope.Symbol(
                  Scope.Kind.LOOP_RECORD, record, SqlType.of(TypeKind.RECORD), null, false));
      return new Stmt.ForQuery(
          label, record, query, cursor, args, null, null, statements(c.seq_of_statements()), span);
    } finally {
      cx().pop();
    }
  }

  private Stmt forall(PlSqlParser.Forall_statementContext f) {
    Ident index = OraNames.ident(f.index);
    cx().push();
    try {
      cx().scope
          .declare(
              new Scope.Symbol(
                  Scope.Kind.LOOP_INDEX, index, SqlType.of(TypeKind.INTEGER), null, false));
      PlSqlParser.Forall_bodyContext body = f.forall_body();
      Stmt inner =
          body.execute_immediate_statement() != null
              ? OraDynamic.executeImmediate(l, body.execute_immediate_statement())
              : l.dml.statement((org.antlr.v4.runtime.ParserRuleContext) body.getChild(0));
      if (!(inner instanceof Stmt.DmlStmt dml)) {
        // A dynamic statement: a plain loop carries it.
        Expr low;
        Expr high;
        if (f.forall_bounds() instanceof PlSqlParser.RangeBoundsContext r) {
          low = l.expr.expression(r.lower);
          high = l.expr.expression(r.upper);
          return new Stmt.ForRange(
              null, index, low, high, false, null, List.of(inner), cx().span(f));
        }
        return cx().unsupportedStmt(
                f, OraItems.STATEMENT, "FORALL ... INDICES/VALUES OF with dynamic SQL");
      }
      PlSqlParser.Forall_boundsContext b = f.forall_bounds();
      if (b instanceof PlSqlParser.RangeBoundsContext r) {
        return new Stmt.ForAll(
            index,
            l.expr.expression(r.lower),
            l.expr.expression(r.upper),
            null,
            dml,
            f.SAVE() != null,
            cx().span(f));
      }
      if (b instanceof PlSqlParser.IndicesOfBoundsContext io) {
        return new Stmt.ForAll(
            index,
            null,
            null,
            l.elements.element(io.general_element()),
            dml,
            f.SAVE() != null,
            cx().span(f));
      }
      return cx().unsupportedStmt(
              f, OraItems.STATEMENT, "FORALL ... VALUES OF: loop over the index collection");
    } finally {
      cx().pop();
    }
  }

  private Stmt raise(PlSqlParser.Raise_statementContext r) {
    if (r.exception_name == null) {
      return new Stmt.ReRaise(cx().span(r));
    }
    QName name = OraNames.qualified(r.exception_name.identifier());
    String last = name.last().text().toUpperCase(Locale.ROOT);
    Scope.Symbol s = cx().scope.lookup(name.last().text());
    if (s != null && s.kind() == Scope.Kind.EXCEPTION) {
      if (s.code() != null && PREDEFINED_CODES.containsKey(s.code())) {
        return new Stmt.Raise(
            Stmt.Level.EXCEPTION,
            QName.of(PREDEFINED_CODES.get(s.code())),
            null,
            null,
            cx().span(r));
      }
      return new Stmt.Raise(Stmt.Level.EXCEPTION, QName.of(s.name()), null, null, cx().span(r));
    }
    if (name.size() == 1 && isPredefined(last)) {
      return new Stmt.Raise(
          Stmt.Level.EXCEPTION, QName.of(predefinedName(last)), null, null, cx().span(r));
    }
    return new Stmt.Raise(Stmt.Level.EXCEPTION, name, null, null, cx().span(r));
  }

  private Stmt open(PlSqlParser.Open_statementContext o) {
    io.godwit.ir.SourceSpan span = cx().span(o);
    if (o.FOR() == null) {
      List<OraElements.Part> parts = OraElements.parts(o.cursor);
      int k = OraElements.leadingNames(parts);
      Expr cursor = new Expr.VariableRef(OraElements.qname(parts, 0, k), null);
      List<Expr> args =
          k < parts.size() && parts.get(k) instanceof OraElements.Call c
              ? l.elements.arguments(c.args())
              : List.of();
      return new Stmt.Open(cursor, args, null, null, null, span);
    }
    Expr cursor = l.elements.element(o.cursor);
    List<Expr> using = o.using_clause() == null ? List.of() : OraDynamic.using(l, o.using_clause());
    if (o.select_statement() != null) {
      return new Stmt.Open(cursor, null, l.query.select(o.select_statement()), null, using, span);
    }
    return new Stmt.Open(cursor, null, null, OraDynamic.sql(l, o.dynamic_sql), using, span);
  }

  /** SELECT ... INTO: exactly one row (STRICT), or BULK COLLECT into collections. */
  private Stmt selectInto(PlSqlParser.Select_statementContext s) {
    PlSqlParser.Into_clauseContext into = findInto(s.subquery());
    Query query = l.query.select(s);
    if (into == null) {
      return new Stmt.QueryStmt(query, cx().span(s));
    }
    List<Expr> targets = l.dml.intoTargets(into);
    boolean bulk = into.BULK() != null;
    return new Stmt.SelectInto(query, targets, !bulk, bulk, cx().span(s));
  }

  private static PlSqlParser.Into_clauseContext findInto(PlSqlParser.SubqueryContext s) {
    PlSqlParser.Subquery_termContext first = s.subquery_body().subquery_term(0);
    if (first instanceof PlSqlParser.QueryBlockTermContext q) {
      return q.query_block().into_clause();
    }
    if (first instanceof PlSqlParser.ParenthesizedTermContext p) {
      return findInto(p.subquery());
    }
    return null;
  }

  /** x := x || y and other assignments of an expression to a target. */
  static Stmt assign(Expr target, Expr value, io.godwit.ir.SourceSpan span) {
    return new Stmt.Assign(target, value, span);
  }

  static Expr concat(Expr a, Expr b) {
    return new Expr.Binary(BinaryOp.CONCAT_NULL_AS_EMPTY, a, b);
  }
}
