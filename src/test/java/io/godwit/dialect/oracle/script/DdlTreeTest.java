package io.godwit.dialect.oracle.script;

import static io.godwit.dialect.oracle.script.Trees.all;
import static io.godwit.dialect.oracle.script.Trees.first;
import static io.godwit.dialect.oracle.script.Trees.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.dialect.oracle.parser.PlSqlParser.*;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree shapes of DDL statements, as the lowering sees them. */
class DdlTreeTest {

  private static List<Relational_propertyContext> properties(String sql) {
    return statement(sql).create_table().relational_table_clause().relational_property();
  }

  private static DatatypeContext columnType(String columnDefinition) {
    Relational_propertyContext property =
        properties("CREATE TABLE t (" + columnDefinition + ")").get(0);
    return ((ColumnPropertyContext) property).column_definition().datatype();
  }

  @Test
  void tableNameAndSchema() {
    Create_tableContext table = statement("CREATE TABLE \"Hr\".emp_x (a NUMBER)").create_table();
    assertThat(OracleNames.normalize(table.table_name.schema)).isEqualTo("Hr");
    assertThat(OracleNames.normalize(table.table_name.name)).isEqualTo("EMP_X");
  }

  @Test
  void ifNotExistsAndIfExists() {
    assertThat(statement("CREATE TABLE IF NOT EXISTS t (a NUMBER)").create_table().if_not_exists())
        .isNotNull();
    assertThat(statement("CREATE TABLE t (a NUMBER)").create_table().if_not_exists()).isNull();
    assertThat(
            ((DropObjectContext) statement("DROP VIEW IF EXISTS v").drop_statement()).if_exists())
        .isNotNull();
  }

  @Test
  void numberTypesKeepPrecisionScaleAndStar() {
    NamedTypeContext plain = (NamedTypeContext) columnType("a NUMBER");
    assertThat(plain.type_name().builtin_type_keyword().NUMBER()).isNotNull();
    assertThat(plain.type_size()).isEmpty();

    NamedTypeContext scaled = (NamedTypeContext) columnType("a NUMBER(12, 2)");
    assertThat(scaled.type_size())
        .extracting(s -> s.numeric_value().getText())
        .containsExactly("12", "2");

    NamedTypeContext star = (NamedTypeContext) columnType("a NUMBER(*, 0)");
    assertThat(star.type_size(0).STAR()).isNotNull();
    assertThat(star.type_size(1).numeric_value().getText()).isEqualTo("0");

    NamedTypeContext negative = (NamedTypeContext) columnType("a NUMBER(10, -2)");
    assertThat(negative.type_size(1).MINUS_SIGN()).isNotNull();
  }

  @Test
  void characterLengthSemantics() {
    NamedTypeContext chars = (NamedTypeContext) columnType("a VARCHAR2(100 CHAR)");
    assertThat(chars.type_size(0).unit.getType()).isEqualTo(PlSqlParser.CHAR);
    NamedTypeContext bytes = (NamedTypeContext) columnType("a VARCHAR2(100 BYTE)");
    assertThat(bytes.type_size(0).unit.getType()).isEqualTo(PlSqlParser.BYTE);
    NamedTypeContext user = (NamedTypeContext) columnType("a NVARCHAR2(50)");
    assertThat(user.type_name().getText()).isEqualTo("NVARCHAR2");
  }

  @Test
  void datetimeAndIntervalTypes() {
    TimestampTypeContext local =
        (TimestampTypeContext) columnType("a TIMESTAMP(3) WITH LOCAL TIME ZONE");
    assertThat(local.numeric_value().getText()).isEqualTo("3");
    assertThat(local.LOCAL()).isNotNull();
    TimestampTypeContext zoned = (TimestampTypeContext) columnType("a TIMESTAMP WITH TIME ZONE");
    assertThat(zoned.LOCAL()).isNull();
    assertThat(zoned.ZONE()).isNotNull();
    assertThat(columnType("a INTERVAL YEAR(2) TO MONTH"))
        .isInstanceOf(IntervalYearToMonthTypeContext.class);
    IntervalDayToSecondTypeContext ds =
        (IntervalDayToSecondTypeContext) columnType("a INTERVAL DAY(3) TO SECOND(6)");
    assertThat(ds.numeric_value()).extracting(n -> n.getText()).containsExactly("3", "6");
  }

  @Test
  void otherBuiltInAndObjectTypes() {
    assertThat(columnType("a LONG RAW")).isInstanceOf(LongRawTypeContext.class);
    assertThat(columnType("a DOUBLE PRECISION")).isInstanceOf(DoublePrecisionTypeContext.class);
    assertThat(((NamedTypeContext) columnType("a RAW(16)")).type_name().getText()).isEqualTo("RAW");
    assertThat(((NamedTypeContext) columnType("a ROWID")).type_name().getText()).isEqualTo("ROWID");
    assertThat(((NamedTypeContext) columnType("a XMLTYPE")).type_name().getText())
        .isEqualTo("XMLTYPE");
    NamedTypeContext objectType = (NamedTypeContext) columnType("a hr.address_t");
    assertThat(objectType.type_name().identifier())
        .extracting(i -> i.getText())
        .containsExactly("hr", "address_t");
    assertThat(columnType("a REF hr.address_t")).isInstanceOf(RefTypeContext.class);
  }

  @Test
  void inlineConstraintsWithNamesAndStates() {
    Column_definitionContext column =
        ((ColumnPropertyContext)
                properties(
                        "CREATE TABLE t (a NUMBER CONSTRAINT a_nn NOT NULL ENABLE"
                            + " CONSTRAINT a_pk PRIMARY KEY USING INDEX TABLESPACE idx DISABLE NOVALIDATE)")
                    .get(0))
            .column_definition();
    List<Inline_constraintContext> constraints = all(column, Inline_constraintContext.class);
    assertThat(constraints).hasSize(2);
    assertThat(constraints.get(0).constraint_name.getText()).isEqualTo("a_nn");
    assertThat(constraints.get(0).inline_constraint_body())
        .isInstanceOf(NotNullConstraintContext.class);
    assertThat(constraints.get(0).constraint_state())
        .singleElement()
        .isInstanceOf(EnableStateContext.class);
    assertThat(constraints.get(1).inline_constraint_body())
        .isInstanceOf(PrimaryKeyConstraintContext.class);
    assertThat(constraints.get(1).constraint_state())
        .extracting(s -> s.getClass().getSimpleName())
        .containsExactly("UsingIndexStateContext", "DisableStateContext", "NoValidateStateContext");
  }

  @Test
  void outOfLineConstraints() {
    List<Relational_propertyContext> props =
        properties(
            "CREATE TABLE t (a NUMBER, b NUMBER,"
                + " CONSTRAINT t_pk PRIMARY KEY (a, b),"
                + " CONSTRAINT t_fk FOREIGN KEY (b) REFERENCES hr.p (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
                + " UNIQUE (b), CHECK (a > b))");
    assertThat(props).hasSize(6);
    Out_of_line_constraintContext pk =
        ((ConstraintPropertyContext) props.get(2)).out_of_line_constraint();
    assertThat(
            ((OutOfLinePrimaryKeyContext) pk.out_of_line_constraint_body())
                .column_list()
                .column_name())
        .hasSize(2);
    Out_of_line_constraintContext fk =
        ((ConstraintPropertyContext) props.get(3)).out_of_line_constraint();
    References_clauseContext references =
        ((OutOfLineForeignKeyContext) fk.out_of_line_constraint_body()).references_clause();
    assertThat(references.referenced.getText()).isEqualTo("hr.p");
    assertThat(references.on_delete_clause().CASCADE()).isNotNull();
    assertThat(fk.constraint_state()).hasSize(2);
    Out_of_line_constraintContext unnamed =
        ((ConstraintPropertyContext) props.get(4)).out_of_line_constraint();
    assertThat(unnamed.constraint_name).isNull();
    assertThat(
            ((ConstraintPropertyContext) props.get(5))
                .out_of_line_constraint()
                .out_of_line_constraint_body())
        .isInstanceOf(OutOfLineCheckContext.class);
  }

  @Test
  void defaultsIdentityAndVirtualColumns() {
    List<Relational_propertyContext> props =
        properties(
            "CREATE TABLE t (a NUMBER DEFAULT ON NULL 0,"
                + " b NUMBER GENERATED BY DEFAULT ON NULL AS IDENTITY (START WITH 10 INCREMENT BY 5 NOCACHE),"
                + " c NUMBER GENERATED ALWAYS AS (a + b) VIRTUAL, d AS (a * 2))");
    DefaultAttributeContext defaulted = first(props.get(0), DefaultAttributeContext.class);
    assertThat(defaulted.NULL_()).isNotNull();
    assertThat(defaulted.expression().getText()).isEqualTo("0");
    Identity_clauseContext identity = first(props.get(1), Identity_clauseContext.class);
    assertThat(identity.DEFAULT()).isNotNull();
    assertThat(identity.identity_option())
        .extracting(o -> o.sequence_option().getClass().getSimpleName())
        .containsExactly(
            "StartWithOptionContext", "IncrementByOptionContext", "NoCacheOptionContext");
    VirtualAttributeContext virtual = first(props.get(2), VirtualAttributeContext.class);
    assertThat(virtual.VIRTUAL()).isNotNull();
    assertThat(virtual.condition().getText()).isEqualTo("a+b");
    assertThat(((ColumnPropertyContext) props.get(3)).column_definition().datatype()).isNull();
    assertThat(first(props.get(3), VirtualAttributeContext.class).condition().getText())
        .isEqualTo("a*2");
  }

  @Test
  void identityOptionsWithoutParenthesesAsDbmsMetadataWritesThem() {
    Identity_clauseContext identity =
        first(
            statement(
                "CREATE TABLE t (id NUMBER GENERATED BY DEFAULT ON NULL AS IDENTITY MINVALUE 1"
                    + " MAXVALUE 9999999999999999999999999999 INCREMENT BY 1 START WITH 1 CACHE 20 NOORDER"
                    + " NOCYCLE NOKEEP NOSCALE NOT NULL ENABLE)"),
            Identity_clauseContext.class);
    assertThat(identity.identity_option()).hasSize(9);
    assertThat(identity.LPAREN()).isNull();
  }

  @Test
  void physicalClausesAreKeptAsClauses() {
    Relational_table_clauseContext table =
        statement(
                "CREATE TABLE t (a NUMBER, b CLOB) SEGMENT CREATION IMMEDIATE PCTFREE 10 INITRANS 2"
                    + " STORAGE (INITIAL 64K NEXT 1M MAXEXTENTS UNLIMITED BUFFER_POOL DEFAULT)"
                    + " TABLESPACE \"USERS\" LOB (b) STORE AS SECUREFILE (ENABLE STORAGE IN ROW CHUNK 8192)"
                    + " COMPRESS FOR OLTP NOLOGGING PARALLEL 4 ENABLE ROW MOVEMENT")
            .create_table()
            .relational_table_clause();
    assertThat(table.table_clause())
        .extracting(c -> c.getClass().getSimpleName())
        .containsExactly(
            "PhysicalAttributeClauseContext",
            "PhysicalAttributeClauseContext",
            "PhysicalAttributeClauseContext",
            "PhysicalAttributeClauseContext",
            "PhysicalAttributeClauseContext",
            "LobStorageClauseContext",
            "CompressionClauseContext",
            "PhysicalAttributeClauseContext",
            "ParallelTableClauseContext",
            "RowMovementClauseContext");
  }

  @Test
  void temporaryExternalAndIndexOrganizedTables() {
    Create_tableContext temporary =
        statement("CREATE GLOBAL TEMPORARY TABLE t (a NUMBER) ON COMMIT PRESERVE ROWS")
            .create_table();
    assertThat(temporary.table_scope().GLOBAL()).isNotNull();
    OnCommitRowsClauseContext onCommit =
        (OnCommitRowsClauseContext) temporary.relational_table_clause().table_clause(0);
    assertThat(onCommit.PRESERVE()).isNotNull();

    Create_tableContext external =
        statement(
                "CREATE TABLE x (a NUMBER) ORGANIZATION EXTERNAL (TYPE oracle_loader DEFAULT DIRECTORY d"
                    + " ACCESS PARAMETERS (FIELDS TERMINATED BY ',' (a CHAR(10))) LOCATION ('a.csv')) REJECT LIMIT 10")
            .create_table();
    ExternalOrganizationClauseContext clause =
        (ExternalOrganizationClauseContext) external.relational_table_clause().table_clause(0);
    assertThat(clause.external_table_clause().external_data_property()).hasSize(3);

    Create_tableContext iot =
        statement("CREATE TABLE c (id CHAR(2) PRIMARY KEY) ORGANIZATION INDEX PCTTHRESHOLD 50")
            .create_table();
    assertThat(iot.relational_table_clause().table_clause(0))
        .isInstanceOf(IndexOrganizationClauseContext.class);
  }

  @Test
  void partitions() {
    RangePartitioningContext range =
        first(
            statement(
                "CREATE TABLE s (d DATE, r VARCHAR2(2)) PARTITION BY RANGE (d) INTERVAL (NUMTOYMINTERVAL(1, 'MONTH'))"
                    + " SUBPARTITION BY LIST (r) SUBPARTITION TEMPLATE (SUBPARTITION e VALUES ('E'), SUBPARTITION o VALUES (DEFAULT))"
                    + " (PARTITION p1 VALUES LESS THAN (DATE '2020-01-01') TABLESPACE a,"
                    + "  PARTITION pmax VALUES LESS THAN (MAXVALUE))"),
            RangePartitioningContext.class);
    assertThat(range.interval_partitioning()).isNotNull();
    assertThat(range.subpartition_by().partition_definition()).hasSize(2);
    List<Partition_definitionContext> partitions = range.partition_list().partition_definition();
    assertThat(partitions).extracting(p -> p.name.getText()).containsExactly("p1", "pmax");
    assertThat(partitions.get(1).partition_values())
        .isInstanceOf(RangePartitionValuesContext.class);

    HashPartitioningContext hash =
        first(
            statement("CREATE TABLE h (id NUMBER) PARTITION BY HASH (id) PARTITIONS 8"),
            HashPartitioningContext.class);
    assertThat(hash.partitions_by_quantity().numeric_value().getText()).isEqualTo("8");
  }

  @Test
  void alterTableItems() {
    Alter_tableContext alter =
        statement(
                "ALTER TABLE hr.emp ADD (x NUMBER, CONSTRAINT c CHECK (x > 0)) MODIFY (y NOT NULL)"
                    + " DROP COLUMN z RENAME COLUMN a TO b")
            .alter_table();
    assertThat(alter.alter_table_item())
        .extracting(i -> i.getClass().getSimpleName())
        .containsExactly(
            "AddListItemContext",
            "ModifyColumnListItemContext",
            "DropColumnItemContext",
            "RenameColumnItemContext");
    AddListItemContext add = (AddListItemContext) alter.alter_table_item(0);
    assertThat(add.relational_property()).hasSize(2);
    RenameColumnItemContext rename = (RenameColumnItemContext) alter.alter_table_item(3);
    assertThat(rename.old_name.getText()).isEqualTo("a");
    assertThat(rename.new_name.getText()).isEqualTo("b");

    assertThat(
            statement("ALTER TABLE t ADD CONSTRAINT pk PRIMARY KEY (id) USING INDEX pk_ix ENABLE")
                .alter_table()
                .alter_table_item(0))
        .isInstanceOf(AddConstraintItemContext.class);
    assertThat(
            statement("ALTER TABLE t ADD c VARCHAR2(10) DEFAULT 'x'")
                .alter_table()
                .alter_table_item(0))
        .isInstanceOf(AddColumnItemContext.class);
    assertThat(statement("ALTER TABLE t MODIFY c NUMBER(5)").alter_table().alter_table_item(0))
        .isInstanceOf(ModifyColumnItemContext.class);
    assertThat(
            statement("ALTER TABLE t DROP CONSTRAINT c CASCADE").alter_table().alter_table_item(0))
        .isInstanceOf(DropConstraintItemContext.class);
    assertThat(statement("ALTER TABLE t DROP (a, b)").alter_table().alter_table_item(0))
        .isInstanceOf(DropColumnListItemContext.class);
    assertThat(statement("ALTER TABLE t RENAME TO u").alter_table().alter_table_item(0))
        .isInstanceOf(RenameTableItemContext.class);
  }

  @Test
  void indexesIncludingFunctionBased() {
    Create_indexContext unique =
        statement(
                "CREATE UNIQUE INDEX hr.ix ON hr.emp (UPPER(email) DESC, id) TABLESPACE idx ONLINE")
            .create_index();
    assertThat(unique.index_kind.getType()).isEqualTo(PlSqlParser.UNIQUE);
    TableIndexTargetContext target = (TableIndexTargetContext) unique.index_target();
    assertThat(target.table.getText()).isEqualTo("hr.emp");
    assertThat(target.index_column(0).expression()).isInstanceOf(NameExprContext.class);
    assertThat(target.index_column(0).DESC()).isNotNull();
    assertThat(unique.index_attribute()).hasSize(2);
    assertThat(
            statement("CREATE BITMAP INDEX b ON t (c) LOCAL").create_index().index_kind.getType())
        .isEqualTo(PlSqlParser.BITMAP);
  }

  @Test
  void sequencesViewsAndSynonyms() {
    Create_sequenceContext sequence =
        statement("CREATE SEQUENCE s START WITH 10 INCREMENT BY -1 MAXVALUE 100 NOCYCLE CACHE 20")
            .create_sequence();
    assertThat(sequence.sequence_option()).hasSize(5);
    assertThat(
            ((IncrementByOptionContext) sequence.sequence_option(1)).signed_number().MINUS_SIGN())
        .isNotNull();

    Create_viewContext view =
        statement(
                "CREATE OR REPLACE FORCE EDITIONABLE VIEW hr.v (a, b) AS SELECT 1, 2 FROM dual WITH READ ONLY")
            .create_view();
    assertThat(view.REPLACE()).isNotNull();
    assertThat(view.FORCE()).isNotNull();
    assertThat(view.view_column())
        .extracting(c -> ((ViewAliasContext) c).alias.getText())
        .containsExactly("a", "b");
    assertThat(view.subquery_restriction()).isInstanceOf(ReadOnlyRestrictionContext.class);
    assertThat(
            statement("CREATE VIEW v AS SELECT * FROM t WITH CHECK OPTION")
                .create_view()
                .subquery_restriction())
        .isInstanceOf(CheckOptionRestrictionContext.class);

    Create_materialized_viewContext mv =
        statement(
                "CREATE MATERIALIZED VIEW m BUILD IMMEDIATE REFRESH FAST ON COMMIT AS SELECT * FROM t")
            .create_materialized_view();
    assertThat(mv.materialized_view_clause()).hasSize(2);

    Create_synonymContext synonym =
        statement("CREATE OR REPLACE PUBLIC SYNONYM emp FOR hr.employees@remote").create_synonym();
    assertThat(synonym.PUBLIC()).isNotNull();
    assertThat(synonym.target.dblink_name().getText()).isEqualTo("remote");
  }

  @Test
  void commentsGrantsDropsAndTruncate() {
    CommentOnColumnContext comment =
        (CommentOnColumnContext)
            statement("COMMENT ON COLUMN hr.emp.sal IS 'it''s pay'").comment_on();
    assertThat(comment.column_path().identifier()).hasSize(3);
    assertThat(OracleNames.stringValue(comment.string_literal().getText())).isEqualTo("it's pay");

    Grant_statementContext grant =
        statement("GRANT SELECT, UPDATE (a, b) ON hr.emp TO app, PUBLIC WITH GRANT OPTION")
            .grant_statement();
    assertThat(grant.grant_item()).hasSize(2);
    assertThat(grant.grant_item(1).column_list().column_name()).hasSize(2);
    assertThat(grant.grantee()).hasSize(2);
    assertThat(grant.grantee(1).PUBLIC()).isNotNull();

    DropObjectContext drop =
        (DropObjectContext) statement("DROP TABLE hr.t CASCADE CONSTRAINTS PURGE").drop_statement();
    assertThat(drop.drop_object_type().TABLE()).isNotNull();
    assertThat(drop.drop_option()).hasSize(2);

    assertThat(statement("TRUNCATE TABLE t DROP STORAGE").truncate_statement())
        .isInstanceOf(TruncateTableContext.class);
    assertThat(statement("CREATE USER u IDENTIFIED BY p").skipped_statement())
        .isInstanceOf(CreateUserStatementContext.class);
    assertThat(statement("CREATE ROLE r").skipped_statement())
        .isInstanceOf(CreateRoleStatementContext.class);
  }
}
