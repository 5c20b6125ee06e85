package io.godwit.dialect.oracle.script;

import static io.godwit.dialect.oracle.script.Trees.all;
import static io.godwit.dialect.oracle.script.Trees.first;
import static io.godwit.dialect.oracle.script.Trees.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.dialect.oracle.parser.PlSqlParser.*;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree shapes of PL/SQL units, declarations and statements. */
class PlSqlTreeTest {

  /** The statements of an anonymous block's body. */
  private static List<Plsql_statementContext> body(String statements) {
    BlockContext block = statement("BEGIN\n" + statements + "\nEND;").anonymous_block().block();
    return block.body().seq_of_statements().statement_entry().stream()
        .map(e -> ((SimpleEntryContext) e).plsql_statement())
        .toList();
  }

  private static Declare_sectionContext declarations(String declarations) {
    return statement("DECLARE\n" + declarations + "\nBEGIN NULL; END;")
        .anonymous_block()
        .block()
        .declare_section();
  }

  @Test
  void procedureWithParametersAndAttributes() {
    Create_procedureContext procedure =
        statement(
                "CREATE OR REPLACE EDITIONABLE PROCEDURE hr.p (a IN NUMBER, b OUT NOCOPY VARCHAR2,"
                    + " c IN OUT t_tab, d NUMBER DEFAULT 5) AUTHID CURRENT_USER IS\n"
                    + " v NUMBER;\nBEGIN\n NULL;\nEND p;")
            .create_procedure();
    assertThat(procedure.procedure_name.getText()).isEqualTo("hr.p");
    List<ParameterContext> parameters = procedure.parameter_list().parameter();
    assertThat(parameters).extracting(p -> p.name.getText()).containsExactly("a", "b", "c", "d");
    assertThat(parameters.get(0).parameter_mode().OUT()).isNull();
    assertThat(parameters.get(1).parameter_mode().OUT()).isNotNull();
    assertThat(parameters.get(1).NOCOPY()).isNotNull();
    assertThat(parameters.get(2).parameter_mode().IN()).isNotNull();
    assertThat(parameters.get(2).parameter_mode().OUT()).isNotNull();
    assertThat(parameters.get(3).default_value_part().condition().getText()).isEqualTo("5");
    assertThat(procedure.unit_attribute(0)).isInstanceOf(AuthIdAttributeContext.class);
    PlsqlImplementationContext implementation =
        (PlsqlImplementationContext) procedure.subprogram_implementation();
    assertThat(implementation.declare_section().declare_item()).hasSize(1);
    assertThat(implementation.body().end_name.getText()).isEqualTo("p");
  }

  @Test
  void functionsWithAttributesAndCallSpecs() {
    Create_functionContext function =
        statement(
                "CREATE FUNCTION f (x NUMBER) RETURN t_tab PIPELINED DETERMINISTIC RESULT_CACHE"
                    + " PARALLEL_ENABLE (PARTITION c BY ANY) IS BEGIN RETURN; END;")
            .create_function();
    assertThat(function.return_type.getText()).isEqualTo("t_tab");
    assertThat(function.unit_attribute())
        .extracting(a -> a.getClass().getSimpleName())
        .containsExactly(
            "PipelinedAttributeContext",
            "DeterministicAttributeContext",
            "ResultCacheAttributeContext",
            "ParallelEnableAttributeContext");
    Create_functionContext java =
        statement("CREATE FUNCTION j RETURN NUMBER AS LANGUAGE JAVA NAME 'A.b() return int';")
            .create_function();
    assertThat(((CallSpecImplementationContext) java.subprogram_implementation()).call_spec())
        .isInstanceOf(JavaCallSpecContext.class);
  }

  @Test
  void packageSpecAndBodyWithInitialisation() {
    Create_packageContext spec =
        statement(
                "CREATE OR REPLACE PACKAGE pkg AS\n g CONSTANT NUMBER := 1;\n"
                    + " FUNCTION f (a NUMBER) RETURN NUMBER;\n PROCEDURE p;\nEND pkg;")
            .create_package();
    assertThat(spec.declare_section().declare_item()).hasSize(3);
    assertThat(
            spec.declare_section()
                .declare_item(1)
                .function_declaration()
                .subprogram_implementation())
        .isNull();

    Create_package_bodyContext body =
        statement(
                "CREATE OR REPLACE PACKAGE BODY pkg AS\n"
                    + " PROCEDURE p IS BEGIN NULL; END p;\n"
                    + "BEGIN\n g_ready := TRUE;\nEND pkg;")
            .create_package_body();
    Procedure_declarationContext p = body.declare_section().declare_item(0).procedure_declaration();
    assertThat(p.subprogram_implementation()).isNotNull();
    assertThat(body.initialization.seq_of_statements().statement_entry()).hasSize(1);
    assertThat(body.initialization.end_name.getText()).isEqualTo("pkg");
  }

  @Test
  void declarationsOfEveryKind() {
    Declare_sectionContext section =
        declarations(
            "c CONSTANT NUMBER := 1;\n"
                + "v hr.emp.sal%TYPE;\n"
                + "r hr.emp%ROWTYPE;\n"
                + "TYPE rec_t IS RECORD (a NUMBER NOT NULL := 0, b VARCHAR2(10));\n"
                + "TYPE map_t IS TABLE OF NUMBER INDEX BY VARCHAR2(30);\n"
                + "TYPE arr_t IS VARRAY(10) OF NUMBER;\n"
                + "TYPE cur_t IS REF CURSOR RETURN hr.emp%ROWTYPE;\n"
                + "SUBTYPE small IS PLS_INTEGER RANGE 0 .. 9;\n"
                + "e EXCEPTION;\n"
                + "PRAGMA EXCEPTION_INIT(e, -20001);\n"
                + "CURSOR cur (p NUMBER) RETURN hr.emp%ROWTYPE IS SELECT * FROM hr.emp WHERE id = p;\n"
                + "PRAGMA AUTONOMOUS_TRANSACTION;");
    List<Declare_itemContext> items = section.declare_item();
    assertThat(items).hasSize(12);
    assertThat(items.get(0).variable_declaration().CONSTANT()).isNotNull();
    AnchoredTypeContext anchored =
        (AnchoredTypeContext) items.get(1).variable_declaration().datatype();
    assertThat(anchored.type_name().getText()).isEqualTo("hr.emp.sal");
    assertThat(anchored.anchor.getType()).isEqualTo(PlSqlParser.TYPE);
    assertThat(
            ((AnchoredTypeContext) items.get(2).variable_declaration().datatype()).anchor.getType())
        .isEqualTo(PlSqlParser.ROWTYPE);
    RecordTypeDefinitionContext record =
        (RecordTypeDefinitionContext) items.get(3).type_declaration().plsql_type_definition();
    assertThat(record.field_declaration()).hasSize(2);
    assertThat(record.field_declaration(0).NOT()).isNotNull();
    TableTypeDefinitionContext map =
        (TableTypeDefinitionContext) items.get(4).type_declaration().plsql_type_definition();
    assertThat(map.index_type.getText()).isEqualTo("VARCHAR2(30)");
    assertThat(items.get(5).type_declaration().plsql_type_definition())
        .isInstanceOf(VarrayPlsqlTypeDefinitionContext.class);
    assertThat(items.get(6).type_declaration().plsql_type_definition())
        .isInstanceOf(RefCursorTypeDefinitionContext.class);
    assertThat(items.get(7).subtype_declaration().RANGE()).isNotNull();
    assertThat(items.get(8).exception_declaration().name.getText()).isEqualTo("e");
    ExceptionInitPragmaContext init =
        (ExceptionInitPragmaContext) items.get(9).pragma_declaration().pragma_clause();
    assertThat(init.exception_name.getText()).isEqualTo("e");
    assertThat(init.error_code.getText()).isEqualTo("-20001");
    Cursor_declarationContext cursor = items.get(10).cursor_declaration();
    assertThat(cursor.parameter()).hasSize(1);
    assertThat(cursor.select_statement()).isNotNull();
    assertThat(items.get(11).pragma_declaration().pragma_clause())
        .isInstanceOf(AutonomousTransactionPragmaContext.class);
  }

  @Test
  void assignmentsAndCalls() {
    List<Plsql_statementContext> statements =
        body(
            "x := 1;\nr.f := 2;\nt(i).f := 3;\n:NEW.col := 4;\n"
                + "p;\npkg.p(1, b => 2);\nDBMS_OUTPUT.PUT_LINE('x');\nRAISE_APPLICATION_ERROR(-20001, 'm');");
    Assignment_or_call_statementContext assign = statements.get(0).assignment_or_call_statement();
    assertThat(assign.ASSIGN()).isNotNull();
    assertThat(assign.target.getText()).isEqualTo("x");
    assertThat(statements.get(2).assignment_or_call_statement().target.element_suffix())
        .extracting(s -> s.getClass().getSimpleName())
        .containsExactly("CallSuffixContext", "MemberSuffixContext");
    assertThat(statements.get(3).assignment_or_call_statement().target.element_head())
        .isInstanceOf(BindVariableHeadContext.class);
    Assignment_or_call_statementContext call = statements.get(5).assignment_or_call_statement();
    assertThat(call.ASSIGN()).isNull();
    ArgumentListContext arguments = first(call, ArgumentListContext.class);
    assertThat(arguments.argument()).hasSize(2);
    assertThat(arguments.argument(1).parameter_name.getText()).isEqualTo("b");
    assertThat(statements.get(7).assignment_or_call_statement().target.getText())
        .startsWith("RAISE_APPLICATION_ERROR");
  }

  @Test
  void controlFlow() {
    List<Plsql_statementContext> statements =
        body(
            "IF a THEN NULL; ELSIF b THEN NULL; ELSE NULL; END IF;\n"
                + "CASE x WHEN 1 THEN NULL; ELSE NULL; END CASE;\n"
                + "LOOP EXIT WHEN done; END LOOP;\n"
                + "WHILE i < 3 LOOP i := i + 1; END LOOP;\n"
                + "FOR i IN REVERSE 1 .. n LOOP CONTINUE WHEN i = 2; END LOOP;\n"
                + "FOR r IN c(1) LOOP NULL; END LOOP;\n"
                + "FOR r IN (SELECT 1 x FROM dual) LOOP NULL; END LOOP;\n"
                + "<<l>> BEGIN GOTO l; END;");
    If_statementContext ifStatement = statements.get(0).if_statement();
    assertThat(ifStatement.elsif_part()).hasSize(1);
    assertThat(ifStatement.else_part()).isNotNull();
    assertThat(statements.get(1).case_statement().selector.getText()).isEqualTo("x");
    assertThat(statements.get(2).loop_statement()).isInstanceOf(BasicLoopContext.class);
    assertThat(first(statements.get(2), Exit_statementContext.class).condition().getText())
        .isEqualTo("done");
    assertThat(statements.get(3).loop_statement()).isInstanceOf(WhileLoopContext.class);
    NumericForLoopContext numeric = (NumericForLoopContext) statements.get(4).loop_statement();
    assertThat(numeric.REVERSE()).isNotNull();
    assertThat(numeric.lower.getText()).isEqualTo("1");
    assertThat(numeric.upper.getText()).isEqualTo("n");
    CursorForLoopContext cursorLoop = (CursorForLoopContext) statements.get(5).loop_statement();
    assertThat(cursorLoop.cursor.getText()).isEqualTo("c(1)");
    assertThat(((CursorForLoopContext) statements.get(6).loop_statement()).select_statement())
        .isNotNull();
    assertThat(statements.get(7).block()).isNotNull();
  }

  @Test
  void cursorsBulkAndDynamicSql() {
    List<Plsql_statementContext> statements =
        body(
            "SELECT a, b BULK COLLECT INTO x, y FROM t;\n"
                + "FETCH c BULK COLLECT INTO x LIMIT 100;\n"
                + "FORALL i IN INDICES OF x SAVE EXCEPTIONS DELETE FROM t WHERE id = x(i);\n"
                + "EXECUTE IMMEDIATE 'x' INTO v USING IN a, OUT b, IN OUT c;\n"
                + "OPEN rc FOR 'select 1 from dual' USING a;\n"
                + "OPEN rc FOR SELECT * FROM t;\n"
                + "UPDATE t SET a = 1 RETURNING id BULK COLLECT INTO ids;\n"
                + "PIPE ROW (o);\nCLOSE c;");
    Into_clauseContext into = first(statements.get(0), Into_clauseContext.class);
    assertThat(into.BULK()).isNotNull();
    assertThat(into.into_target()).hasSize(2);
    Fetch_statementContext fetch = statements.get(1).fetch_statement();
    assertThat(fetch.limit.getText()).isEqualTo("100");
    Forall_statementContext forall = statements.get(2).forall_statement();
    assertThat(forall.forall_bounds()).isInstanceOf(IndicesOfBoundsContext.class);
    assertThat(forall.SAVE()).isNotNull();
    assertThat(forall.forall_body().delete_statement()).isNotNull();
    Execute_immediate_statementContext dynamic = statements.get(3).execute_immediate_statement();
    assertThat(dynamic.into_clause()).hasSize(1);
    assertThat(dynamic.using_clause(0).using_argument())
        .extracting(a -> a.parameter_mode() == null ? "" : a.parameter_mode().getText())
        .containsExactly("IN", "OUT", "INOUT");
    assertThat(statements.get(4).open_statement().dynamic_sql).isNotNull();
    assertThat(statements.get(5).open_statement().select_statement()).isNotNull();
    assertThat(first(statements.get(6), Returning_clauseContext.class).into_clause().BULK())
        .isNotNull();
    assertThat(statements.get(7).pipe_row_statement()).isNotNull();
    assertThat(statements.get(8).close_statement().cursor.getText()).isEqualTo("c");
  }

  @Test
  void exceptionHandlersAndTransactions() {
    Anonymous_blockContext block =
        statement(
                "BEGIN SAVEPOINT s; COMMIT; ROLLBACK TO SAVEPOINT s; SET TRANSACTION READ ONLY;"
                    + " LOCK TABLE t IN EXCLUSIVE MODE NOWAIT; RAISE;\n"
                    + "EXCEPTION WHEN NO_DATA_FOUND OR TOO_MANY_ROWS THEN NULL; WHEN pkg.e THEN RAISE pkg.e;"
                    + " WHEN OTHERS THEN ROLLBACK; END;")
            .anonymous_block();
    List<Exception_handlerContext> handlers =
        block.block().body().exception_section().exception_handler();
    assertThat(handlers).hasSize(3);
    assertThat(handlers.get(0).exception_choice()).hasSize(2);
    assertThat(handlers.get(1).exception_choice(0).qualified_name().getText()).isEqualTo("pkg.e");
    assertThat(handlers.get(2).exception_choice(0).OTHERS()).isNotNull();
    assertThat(all(block, Rollback_statementContext.class).get(0).savepoint.getText())
        .isEqualTo("s");
    assertThat(first(block, Lock_table_statementContext.class).NOWAIT()).isNotNull();
  }

  @Test
  void conditionalCompilation() {
    Create_package_bodyContext body =
        statement(
                "CREATE PACKAGE BODY p AS PROCEDURE x IS BEGIN\n"
                    + "$IF $$debug $THEN dbg($$PLSQL_UNIT); $ELSIF DBMS_DB_VERSION.VER_LE_12 $THEN NULL;"
                    + " $ELSE $ERROR 'unsupported' $END $END\nEND; END;")
            .create_package_body();
    Conditional_statementContext conditional = first(body, Conditional_statementContext.class);
    assertThat(conditional.condition()).hasSize(2);
    assertThat(conditional.condition(0).getText()).isEqualTo("$$debug");
    assertThat(first(conditional, Error_directiveContext.class)).isNotNull();
    assertThat(all(body, InquiryDirectiveExprContext.class))
        .extracting(d -> d.getText())
        .containsExactly("$$debug", "$$PLSQL_UNIT");
  }

  @Test
  void triggers() {
    Simple_dml_triggerContext row =
        statement(
                "CREATE TRIGGER t BEFORE INSERT OR UPDATE OF a, b ON emp REFERENCING NEW AS n OLD AS o"
                    + " FOR EACH ROW FOLLOWS other WHEN (n.a > 0) BEGIN :n.a := 1; END;")
            .create_trigger()
            .simple_dml_trigger();
    assertThat(row.timing.getType()).isEqualTo(PlSqlParser.BEFORE);
    assertThat(row.dml_event_clause().dml_event()).hasSize(2);
    assertThat(((UpdateEventContext) row.dml_event_clause().dml_event(1)).column_name()).hasSize(2);
    assertThat(row.referencing_clause().referencing_element()).hasSize(2);
    assertThat(row.for_each_row()).isNotNull();
    assertThat(row.trigger_ordering_clause().FOLLOWS()).isNotNull();
    assertThat(row.trigger_when_clause().condition().getText()).isEqualTo("n.a>0");

    Simple_dml_triggerContext statementLevel =
        statement("CREATE TRIGGER t AFTER DELETE ON emp BEGIN NULL; END;")
            .create_trigger()
            .simple_dml_trigger();
    assertThat(statementLevel.for_each_row()).isNull();

    Instead_of_dml_triggerContext insteadOf =
        statement("CREATE TRIGGER t INSTEAD OF INSERT ON v FOR EACH ROW BEGIN NULL; END;")
            .create_trigger()
            .instead_of_dml_trigger();
    assertThat(insteadOf.dml_event_clause().table.getText()).isEqualTo("v");

    Compound_dml_triggerContext compound =
        statement(
                "CREATE TRIGGER t FOR UPDATE ON emp COMPOUND TRIGGER g NUMBER;\n"
                    + " BEFORE STATEMENT IS BEGIN g := 0; END BEFORE STATEMENT;\n"
                    + " AFTER EACH ROW IS BEGIN g := g + 1; END AFTER EACH ROW;\nEND t;")
            .create_trigger()
            .compound_dml_trigger();
    assertThat(compound.compound_trigger_block().declare_section().declare_item()).hasSize(1);
    assertThat(compound.compound_trigger_block().timing_point_section())
        .extracting(s -> s.timing_point(0).getText())
        .containsExactly("BEFORESTATEMENT", "AFTEREACHROW");

    System_triggerContext system =
        statement("CREATE TRIGGER t AFTER LOGON ON DATABASE BEGIN NULL; END;")
            .create_trigger()
            .system_trigger();
    assertThat(system.system_event(0).LOGON()).isNotNull();
    assertThat(system.DATABASE()).isNotNull();
    System_triggerContext ddl =
        statement("CREATE TRIGGER t BEFORE CREATE OR DROP ON hr.SCHEMA BEGIN NULL; END;")
            .create_trigger()
            .system_trigger();
    assertThat(ddl.system_event()).hasSize(2);
    assertThat(ddl.schema.getText()).isEqualTo("hr");
  }

  @Test
  void objectTypesAndBodies() {
    ObjectTypeDefinitionContext object =
        (ObjectTypeDefinitionContext)
            statement(
                    "CREATE TYPE p_t AS OBJECT (a NUMBER, CONSTRUCTOR FUNCTION p_t (a NUMBER) RETURN SELF AS RESULT,"
                        + " MEMBER FUNCTION f RETURN NUMBER, MAP MEMBER FUNCTION k RETURN NUMBER,"
                        + " STATIC PROCEDURE s) NOT FINAL;")
                .create_type()
                .type_definition();
    assertThat(object.type_element())
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly(
            "AttributeElementContext",
            "MethodElementContext",
            "MethodElementContext",
            "MethodElementContext",
            "MethodElementContext");
    assertThat(((MethodElementContext) object.type_element(1)).method_specification())
        .isInstanceOf(ConstructorSpecContext.class);
    assertThat(((MethodElementContext) object.type_element(3)).method_specification())
        .isInstanceOf(MapOrderMethodSpecContext.class);
    assertThat(object.type_modifier(0).FINAL()).isNotNull();

    assertThat(statement("CREATE TYPE n_t AS TABLE OF NUMBER;").create_type().type_definition())
        .isInstanceOf(NestedTableTypeDefinitionContext.class);
    assertThat(
            statement("CREATE TYPE v_t AS VARRAY(5) OF VARCHAR2(10);")
                .create_type()
                .type_definition())
        .isInstanceOf(VarrayTypeDefinitionContext.class);
    assertThat(statement("CREATE TYPE s_t UNDER p_t (b NUMBER);").create_type().type_definition())
        .isInstanceOf(SubtypeDefinitionContext.class);

    Create_type_bodyContext body =
        statement(
                "CREATE TYPE BODY p_t AS CONSTRUCTOR FUNCTION p_t (a NUMBER) RETURN SELF AS RESULT IS"
                    + " BEGIN SELF.a := a; RETURN; END;"
                    + " MEMBER FUNCTION f RETURN NUMBER IS BEGIN RETURN a; END f; END;")
            .create_type_body();
    assertThat(body.type_body_member())
        .extracting(m -> m.getClass().getSimpleName())
        .containsExactly("ConstructorBodyContext", "MemberMethodBodyContext");
  }

  @Test
  void sqlPlusExecIsAStatement() {
    ParsedScript script = new PlSqlScriptParser().parse("x.sql", "EXEC pkg.run(1, p => 'a');\n");
    assertThat(script.statements())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.kind()).isEqualTo(StatementKind.CALL);
              assertThat(s.tree().sqlplus_exec().assignment_or_call_statement().target.getText())
                  .isEqualTo("pkg.run(1,p=>'a')");
            });
  }
}
