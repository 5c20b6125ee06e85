/*
 * Godwit's Oracle SQL and PL/SQL parser, written for this project from Oracle's documentation.
 *
 * The script layer (io.godwit.dialect.oracle.script) frames a file into statements and parses
 * each one on its own with `script_statement`. Shape rules for the people lowering the tree:
 *   - one rule per clause; alternatives that differ in shape carry a `# label`;
 *   - `condition` holds the boolean operators (OR, AND, NOT) and the predicates; `expression`
 *     holds values (arithmetic, concatenation, literals, names, calls, CASE, ...). A condition
 *     without a predicate is just its expression (PL/SQL booleans are values too);
 *   - names are `identifier` (quoted or not, keywords allowed where Oracle allows them),
 *     `object_name` (schema.name) and `general_element` (a.b(c).d%ATTR, calls, :binds);
 *   - no actions and no semantic predicates.
 */
parser grammar PlSqlParser;

options {
    tokenVocab = PlSqlLexer;
}

// =============================================================================================
// Entry points
// =============================================================================================

/** One statement of a script as framed by the script layer; the terminating ';' is optional. */
script_statement
    : statement SEMI? EOF
    ;

/** A bare condition or expression, e.g. a column default or a view text from the catalog. */
standalone_condition
    : condition EOF
    ;

/** A bare query, e.g. a view's text from the catalog. */
standalone_subquery
    : subquery subquery_restriction? EOF
    ;

/** A bare data type, e.g. from the catalog. */
standalone_datatype
    : datatype EOF
    ;

statement
    : create_table
    | create_index
    | create_sequence
    | create_view
    | create_materialized_view_log
    | create_materialized_view
    | create_synonym
    | create_type_body
    | create_type
    | create_procedure
    | create_function
    | create_package_body
    | create_package
    | create_trigger
    | create_database_link
    | alter_table
    | alter_index
    | alter_sequence
    | alter_trigger
    | alter_view
    | alter_routine
    | alter_session
    | comment_on
    | grant_statement
    | revoke_statement
    | drop_statement
    | truncate_statement
    | rename_statement
    | skipped_statement
    | anonymous_block
    | sqlplus_exec
    | call_statement
    | explain_plan
    | select_statement
    | insert_statement
    | update_statement
    | delete_statement
    | merge_statement
    | lock_table_statement
    | commit_statement
    | rollback_statement
    | savepoint_statement
    | set_transaction_statement
    | set_constraints_statement
    ;

// =============================================================================================
// CREATE TABLE
// =============================================================================================

create_table
    : CREATE table_scope? TABLE if_not_exists? table_name=object_name sharing_clause?
      ( object_table_clause | relational_table_clause )
    ;

table_scope
    : GLOBAL TEMPORARY
    | PRIVATE TEMPORARY
    | SHARDED
    | DUPLICATED
    | IMMUTABLE? BLOCKCHAIN
    | IMMUTABLE
    ;

relational_table_clause
    : (LPAREN relational_property (COMMA relational_property)* RPAREN)?
      table_clause*
      (AS subquery)?
    ;

object_table_clause
    : OF type_object=object_name object_table_substitution?
      (LPAREN relational_property (COMMA relational_property)* RPAREN)?
      table_clause*
      (AS subquery)?
    ;

object_table_substitution
    : NOT? SUBSTITUTABLE AT ALL LEVELS
    ;

relational_property
    : out_of_line_constraint          # constraintProperty
    | out_of_line_ref_constraint      # refConstraintProperty
    | supplemental_logging_clause     # supplementalLoggingProperty
    | PERIOD FOR identifier (LPAREN column_list RPAREN)?  # periodProperty
    | column_definition               # columnProperty
    ;

column_definition
    : column=identifier datatype? column_attribute*
    ;

column_attribute
    : SORT                                                              # sortAttribute
    | VISIBLE                                                           # visibleAttribute
    | INVISIBLE                                                         # invisibleAttribute
    | COLLATE identifier                                                # collateAttribute
    | DEFAULT (ON NULL_ (FOR INSERT (ONLY | AND UPDATE))?)? expression   # defaultAttribute
    | identity_clause                                                   # identityAttribute
    | (GENERATED ALWAYS)? AS LPAREN condition RPAREN VIRTUAL?          # virtualAttribute
    | ENCRYPT encryption_option*                                        # encryptAttribute
    | DECRYPT                                                           # decryptAttribute
    | SCOPE IS object_name                                              # scopeAttribute
    | WITH ROWID                                                        # withRowidAttribute
    | inline_constraint                                                 # constraintAttribute
    ;

/** Identity options come in parentheses, or without them as DBMS_METADATA writes them. */
identity_clause
    : GENERATED (ALWAYS | BY DEFAULT (ON NULL_)?)? AS IDENTITY (LPAREN identity_option* RPAREN | identity_option*)
    ;

identity_option
    : sequence_option
    ;

encryption_option
    : USING string_literal
    | IDENTIFIED BY identifier
    | string_literal
    | NO? SALT
    ;

inline_constraint
    : (CONSTRAINT constraint_name=identifier)? inline_constraint_body constraint_state*
    ;

inline_constraint_body
    : NOT NULL_                               # notNullConstraint
    | NULL_                                   # nullConstraint
    | UNIQUE                                  # uniqueConstraint
    | PRIMARY KEY                             # primaryKeyConstraint
    | references_clause                       # referencesConstraint
    | CHECK LPAREN condition RPAREN           # checkConstraint
    ;

out_of_line_constraint
    : (CONSTRAINT constraint_name=identifier)? out_of_line_constraint_body constraint_state*
    ;

out_of_line_constraint_body
    : UNIQUE LPAREN column_list RPAREN                                # outOfLineUnique
    | PRIMARY KEY LPAREN column_list RPAREN                           # outOfLinePrimaryKey
    | FOREIGN KEY LPAREN column_list RPAREN references_clause         # outOfLineForeignKey
    | CHECK LPAREN condition RPAREN                                   # outOfLineCheck
    ;

out_of_line_ref_constraint
    : SCOPE FOR LPAREN identifier RPAREN IS object_name
    | REF LPAREN identifier RPAREN WITH ROWID
    ;

references_clause
    : REFERENCES referenced=object_name (LPAREN column_list RPAREN)? on_delete_clause?
    ;

on_delete_clause
    : ON DELETE (CASCADE | SET NULL_)
    ;

constraint_state
    : NOT? DEFERRABLE                       # deferrableState
    | INITIALLY (IMMEDIATE | DEFERRED)      # initiallyState
    | RELY                                  # relyState
    | NORELY                                # noRelyState
    | ENABLE                                # enableState
    | DISABLE                               # disableState
    | VALIDATE                              # validateState
    | NOVALIDATE                            # noValidateState
    | using_index_clause                    # usingIndexState
    | EXCEPTIONS INTO object_name           # exceptionsIntoState
    ;

using_index_clause
    : USING INDEX ( plain_object_name | LPAREN create_index RPAREN | index_attribute* )
    ;

supplemental_logging_clause
    : SUPPLEMENTAL LOG (GROUP identifier LPAREN column_list RPAREN ALWAYS?
                       | DATA LPAREN skip_parenthesised RPAREN COLUMNS)
    ;

// Table properties: kept as clauses the lowering can look at or ignore.
table_clause
    : ON COMMIT (DELETE | PRESERVE) ROWS                                   # onCommitRowsClause
    | ON COMMIT (DROP | PRESERVE) DEFINITION                               # onCommitDefinitionClause
    | physical_attribute                                                   # physicalAttributeClause
    | table_compression                                                    # compressionClause
    | ORGANIZATION HEAP                                                    # heapOrganizationClause
    | ORGANIZATION INDEX                                                   # indexOrganizationClause
    | ORGANIZATION EXTERNAL external_table_clause                          # externalOrganizationClause
    | PCTTHRESHOLD numeric_value                                           # pctThresholdClause
    | INCLUDING identifier OVERFLOW physical_attribute*                    # includingOverflowClause
    | OVERFLOW physical_attribute*                                         # overflowClause
    | MAPPING TABLE                                                        # mappingTableClause
    | NOMAPPING                                                            # noMappingClause
    | REJECT LIMIT (numeric_value | UNLIMITED)                             # rejectLimitClause
    | CLUSTER object_name LPAREN column_list RPAREN                        # clusterClause
    | lob_storage_clause                                                   # lobStorageClause
    | VARRAY identifier object_table_substitution? STORE AS (SECUREFILE | BASICFILE)? LOB plain_identifier? (LPAREN lob_parameter* RPAREN)?   # varrayStorageClause
    | NESTED TABLE identifier STORE AS identifier (LPAREN skip_parenthesised RPAREN)? (RETURN AS? (LOCATOR | VALUE))?   # nestedTableStorageClause
    | XMLTYPE COLUMN? identifier STORE AS (SECUREFILE | BASICFILE)? (CLOB | BINARY XML | OBJECT RELATIONAL) plain_identifier? (LPAREN lob_parameter* RPAREN)?
      xmltype_storage_option*                                               # xmlTypeStorageClause
    | partitioning_clause                                                  # partitionClause
    | CACHE                                                                # cacheClause
    | NOCACHE                                                              # noCacheClause
    | RESULT_CACHE LPAREN MODE (DEFAULT | FORCE) RPAREN                    # resultCacheClause
    | parallel_clause                                                      # parallelTableClause
    | ROWDEPENDENCIES                                                      # rowDependenciesClause
    | NOROWDEPENDENCIES                                                    # noRowDependenciesClause
    | MONITORING                                                           # monitoringClause
    | NOMONITORING                                                         # noMonitoringClause
    | (ENABLE | DISABLE) ROW MOVEMENT                                      # rowMovementClause
    | (ENABLE | DISABLE) (VALIDATE | NOVALIDATE)? constraint_reference using_index_clause? (EXCEPTIONS INTO object_name)? CASCADE? ((KEEP | DROP) INDEX)?  # enableDisableConstraintClause
    | FLASHBACK ARCHIVE identifier?                                        # flashbackArchiveClause
    | NO FLASHBACK ARCHIVE                                                 # noFlashbackArchiveClause
    | ROW ARCHIVAL                                                         # rowArchivalClause
    | NO ROW ARCHIVAL                                                      # noRowArchivalClause
    | READ (ONLY | WRITE)                                                  # readOnlyClause
    | INMEMORY skip_inmemory_options                                       # inMemoryClause
    | NO INMEMORY                                                          # noInMemoryClause
    | OBJECT IDENTIFIER IS (SYSTEM GENERATED | PRIMARY KEY)                # objectIdentifierClause
    | OIDINDEX identifier? LPAREN physical_attribute* RPAREN               # oidIndexClause
    | DEFAULT COLLATION identifier                                         # defaultCollationClause
    | MEMOPTIMIZE FOR (READ | WRITE)                                       # memoptimizeClause
    | NO MEMOPTIMIZE FOR (READ | WRITE)                                    # noMemoptimizeClause
    | supplemental_logging_clause                                          # supplementalLoggingClause
    ;

xmltype_storage_option
    : (ALLOW | DISALLOW) (NONSCHEMA | ANYSCHEMA)
    | XMLSCHEMA string_literal
    | ELEMENT (string_literal | identifier)
    ;

skip_inmemory_options
    : (MEMCOMPRESS FOR identifier (identifier)? | NO MEMCOMPRESS | PRIORITY identifier | DISTRIBUTE (AUTO | BY identifier (identifier)?)? | DUPLICATE ALL?)*
    ;

constraint_reference
    : CONSTRAINT identifier
    | PRIMARY KEY
    | UNIQUE LPAREN column_list RPAREN
    ;

physical_attribute
    : PCTFREE numeric_value                     # pctFreeAttribute
    | PCTUSED numeric_value                     # pctUsedAttribute
    | INITRANS numeric_value                    # iniTransAttribute
    | MAXTRANS numeric_value                    # maxTransAttribute
    | storage_clause                            # storageAttribute
    | TABLESPACE (SET)? identifier              # tablespaceAttribute
    | TABLESPACE DEFAULT                        # defaultTablespaceAttribute
    | LOGGING                                   # loggingAttribute
    | NOLOGGING                                 # noLoggingAttribute
    | FILESYSTEM_LIKE_LOGGING                   # filesystemLikeLoggingAttribute
    | SEGMENT CREATION (IMMEDIATE | DEFERRED)   # segmentCreationAttribute
    ;

storage_clause
    : STORAGE LPAREN storage_option* RPAREN
    ;

storage_option
    : INITIAL size_clause
    | NEXT size_clause
    | MINEXTENTS numeric_value
    | MAXEXTENTS (numeric_value | UNLIMITED)
    | MAXSIZE (size_clause | UNLIMITED)
    | PCTINCREASE numeric_value
    | FREELISTS numeric_value
    | FREELIST GROUPS numeric_value
    | OPTIMAL (size_clause | NULL_)?
    | BUFFER_POOL (KEEP | RECYCLE | DEFAULT)
    | FLASH_CACHE (KEEP | NONE | DEFAULT)
    | CELL_FLASH_CACHE (KEEP | NONE | DEFAULT)
    | ENCRYPT
    ;

size_clause
    : numeric_value REGULAR_ID?
    ;

table_compression
    : COMPRESS (BASIC | FOR table_compression_target | numeric_value)?
    | ROW STORE COMPRESS (BASIC | ADVANCED)?
    | COLUMN STORE COMPRESS (FOR (QUERY | ARCHIVE) (LOW | HIGH)?)? (NO? ROW LEVEL LOCKING)?
    | NOCOMPRESS
    ;

table_compression_target
    : OLTP
    | ALL OPERATIONS
    | DIRECT_LOAD OPERATIONS
    | (QUERY | ARCHIVE) (LOW | HIGH)?
    ;

parallel_clause
    : NOPARALLEL
    | PARALLEL numeric_value?
    ;

lob_storage_clause
    : LOB LPAREN column_list RPAREN STORE AS (SECUREFILE | BASICFILE)? lob_segment=plain_identifier? (LPAREN lob_parameter* RPAREN)?
    ;

lob_parameter
    : physical_attribute
    | (ENABLE | DISABLE) STORAGE IN ROW
    | CHUNK numeric_value
    | PCTVERSION numeric_value
    | FREEPOOLS numeric_value
    | RETENTION (MAX | MIN numeric_value | AUTO | NONE)?
    | CACHE READS?
    | NOCACHE
    | DEDUPLICATE
    | KEEP_DUPLICATES
    | COMPRESS (HIGH | MEDIUM | LOW)?
    | NOCOMPRESS
    | ENCRYPT encryption_option*
    | DECRYPT
    | INDEX plain_identifier? (LPAREN physical_attribute* RPAREN)?
    ;

external_table_clause
    : LPAREN (TYPE identifier)? external_data_property* RPAREN (REJECT LIMIT (numeric_value | UNLIMITED))?
    ;

external_data_property
    : DEFAULT DIRECTORY identifier
    | ACCESS PARAMETERS (LPAREN skip_parenthesised RPAREN | USING CLOB subquery)
    | LOCATION LPAREN external_location (COMMA external_location)* RPAREN
    ;

external_location
    : (identifier COLON)? string_literal
    ;

/** Any tokens with balanced parentheses, for opaque clauses (access parameters, ...). */
skip_parenthesised
    : (~(LPAREN | RPAREN) | LPAREN skip_parenthesised RPAREN)*
    ;

// ---------------------------------------------------------------------------------------------
// Partitioning
// ---------------------------------------------------------------------------------------------

partitioning_clause
    : PARTITION BY RANGE LPAREN column_list RPAREN interval_partitioning? subpartition_by? partition_list          # rangePartitioning
    | PARTITION BY LIST LPAREN column_list RPAREN AUTOMATIC? store_in_clause? subpartition_by? partition_list      # listPartitioning
    | PARTITION BY HASH LPAREN column_list RPAREN subpartition_by? (partitions_by_quantity | partition_list)      # hashPartitioning
    | PARTITION BY REFERENCE LPAREN identifier RPAREN partition_list?                                             # referencePartitioning
    | PARTITION BY SYSTEM (PARTITIONS numeric_value | partition_list)?                                            # systemPartitioning
    ;

interval_partitioning
    : INTERVAL LPAREN expression RPAREN store_in_clause?
    ;

store_in_clause
    : STORE IN LPAREN identifier (COMMA identifier)* RPAREN
    ;

partitions_by_quantity
    : PARTITIONS numeric_value store_in_clause? (table_compression | OVERFLOW store_in_clause)*
    ;

subpartition_by
    : SUBPARTITION BY (RANGE | LIST | HASH) LPAREN column_list RPAREN
      ( SUBPARTITIONS numeric_value store_in_clause?
      | SUBPARTITION TEMPLATE (LPAREN partition_definition (COMMA partition_definition)* RPAREN | numeric_value)
      )?
    ;

partition_list
    : LPAREN partition_definition (COMMA partition_definition)* RPAREN
    ;

/** A partition or subpartition: PARTITION p VALUES LESS THAN (...) TABLESPACE x ... */
partition_definition
    : (PARTITION | SUBPARTITION) name=identifier? partition_values? partition_attribute*
    ;

partition_values
    : VALUES LESS THAN LPAREN partition_value (COMMA partition_value)* RPAREN    # rangePartitionValues
    | VALUES LPAREN partition_value (COMMA partition_value)* RPAREN              # listPartitionValues
    ;

partition_value
    : DEFAULT
    | expression
    ;

partition_attribute
    : physical_attribute
    | table_compression
    | lob_storage_clause
    | OVERFLOW physical_attribute*
    | READ (ONLY | WRITE)
    | INDEXING (ON | OFF)
    | LPAREN partition_definition (COMMA partition_definition)* RPAREN
    | SUBPARTITIONS numeric_value store_in_clause?
    | NESTED TABLE identifier STORE AS identifier
    | UNUSABLE
    ;

// =============================================================================================
// Indexes, sequences, views, synonyms
// =============================================================================================

create_index
    : CREATE index_kind=(UNIQUE | BITMAP | MULTIVALUE)? INDEX if_not_exists? index_name=object_name
      ON index_target index_attribute*
    ;

index_target
    : CLUSTER cluster=object_name                                                   # clusterIndexTarget
    | table=object_name table_alias? LPAREN index_column (COMMA index_column)* RPAREN
      (FROM table_reference_list where_clause?)?                                    # tableIndexTarget
    ;

index_column
    : expression (ASC | DESC)?
    ;

index_attribute
    : physical_attribute                                         # physicalIndexAttribute
    | COMPUTE STATISTICS                                          # computeStatisticsIndexAttribute
    | ONLINE                                                      # onlineIndexAttribute
    | SORT                                                        # sortIndexAttribute
    | NOSORT                                                      # noSortIndexAttribute
    | REVERSE                                                     # reverseIndexAttribute
    | VISIBLE                                                     # visibleIndexAttribute
    | INVISIBLE                                                   # invisibleIndexAttribute
    | COMPRESS (ADVANCED (LOW | HIGH)? | numeric_value)?         # compressIndexAttribute
    | NOCOMPRESS                                                  # noCompressIndexAttribute
    | parallel_clause                                             # parallelIndexAttribute
    | LOCAL (LPAREN partition_definition (COMMA partition_definition)* RPAREN)? store_in_clause?   # localIndexAttribute
    | GLOBAL partitioning_clause                                  # globalIndexAttribute
    | INDEXING (FULL | PARTIAL)                                   # indexingIndexAttribute
    | UNUSABLE                                                    # unusableIndexAttribute
    | (DEFERRED | IMMEDIATE) INVALIDATION                         # invalidationIndexAttribute
    | INDEXTYPE IS object_name (LOCAL)? (PARAMETERS LPAREN string_literal RPAREN)?   # domainIndexAttribute
    | PARAMETERS LPAREN string_literal RPAREN                    # parametersIndexAttribute
    ;

create_sequence
    : CREATE SEQUENCE if_not_exists? sequence_name=object_name sharing_clause? sequence_option*
    ;

sequence_option
    : INCREMENT BY signed_number             # incrementByOption
    | START WITH (signed_number | LIMIT VALUE)   # startWithOption
    | MAXVALUE signed_number                 # maxValueOption
    | NOMAXVALUE                             # noMaxValueOption
    | MINVALUE signed_number                 # minValueOption
    | NOMINVALUE                             # noMinValueOption
    | CYCLE                                  # cycleOption
    | NOCYCLE                                # noCycleOption
    | CACHE numeric_value                    # cacheOption
    | NOCACHE                                # noCacheOption
    | ORDER                                  # orderOption
    | NOORDER                                # noOrderOption
    | KEEP                                   # keepOption
    | NOKEEP                                 # noKeepOption
    | SCALE (EXTEND | NOEXTEND)?             # scaleOption
    | NOSCALE                                # noScaleOption
    | SHARD (EXTEND | NOEXTEND)?             # shardOption
    | NOSHARD                                # noShardOption
    | SESSION                                # sessionOption
    | GLOBAL                                 # globalOption
    ;

create_view
    : CREATE (OR REPLACE)? (NO? FORCE | NOFORCE)? (EDITIONING | EDITIONABLE EDITIONING? | NONEDITIONABLE)? VIEW if_not_exists? view_name=object_name
      sharing_clause?
      ( LPAREN view_column (COMMA view_column)* RPAREN
      | OF type_object=object_name (WITH OBJECT (IDENTIFIER | ID) (DEFAULT | LPAREN column_list RPAREN) | UNDER object_name)
        (LPAREN view_column (COMMA view_column)* RPAREN)?
      )?
      (DEFAULT COLLATION identifier)?
      (BEQUEATH (CURRENT_USER | DEFINER))?
      AS subquery subquery_restriction?
      (CONTAINER_MAP | CONTAINERS_DEFAULT)?
    ;

view_column
    : out_of_line_constraint                                   # viewConstraint
    | alias=identifier (VISIBLE | INVISIBLE)? inline_constraint*   # viewAlias
    ;

subquery_restriction
    : WITH READ ONLY (CONSTRAINT identifier)?          # readOnlyRestriction
    | WITH CHECK OPTION (CONSTRAINT identifier)?       # checkOptionRestriction
    ;

create_materialized_view
    : CREATE MATERIALIZED VIEW view_name=object_name (OF object_name)?
      (LPAREN view_column (COMMA view_column)* RPAREN)?
      (DEFAULT COLLATION identifier)?
      materialized_view_clause*
      AS subquery
    ;

materialized_view_clause
    : ON PREBUILT TABLE ((WITH | WITHOUT) REDUCED PRECISION)?    # prebuiltTableClause
    | BUILD (IMMEDIATE | DEFERRED)                                # buildClause
    | USING INDEX index_attribute*                                # mvUsingIndexClause
    | USING NO INDEX                                              # mvUsingNoIndexClause
    | REFRESH refresh_option*                                     # refreshClause
    | NEVER REFRESH                                               # neverRefreshClause
    | FOR UPDATE                                                  # forUpdateClause
    | (ENABLE | DISABLE) QUERY REWRITE                            # queryRewriteClause
    | (ENABLE | DISABLE) ON QUERY COMPUTATION                     # queryComputationClause
    | table_clause                                                # mvTableClause
    ;

refresh_option
    : FAST
    | COMPLETE
    | FORCE
    | ON (DEMAND | COMMIT | STATEMENT)
    | START WITH expression
    | NEXT expression
    | WITH (PRIMARY KEY | ROWID)
    | USING (DEFAULT (MASTER | LOCAL)? ROLLBACK SEGMENT | (MASTER | LOCAL) ROLLBACK SEGMENT identifier | ENFORCED CONSTRAINTS | TRUSTED CONSTRAINTS)
    ;

create_materialized_view_log
    : CREATE MATERIALIZED VIEW LOG ON table=object_name skipped_clause?
    ;

create_synonym
    : CREATE (OR REPLACE)? (EDITIONABLE | NONEDITIONABLE)? PUBLIC? SYNONYM synonym_name=object_name
      sharing_clause? FOR target=remote_object_name
    ;

create_database_link
    : CREATE SHARED? PUBLIC? DATABASE LINK link=dblink_name database_link_option*
    ;

database_link_option
    : CONNECT TO (CURRENT_USER | user=identifier IDENTIFIED BY (identifier | string_literal))   # connectToOption
    | AUTHENTICATED BY identifier IDENTIFIED BY (identifier | string_literal)               # authenticatedByOption
    | USING string_literal                                                                   # usingOption
    ;

/** Oracle 23ai: create only when absent. */
if_not_exists
    : IF NOT EXISTS
    ;

/** Oracle 23ai: drop only when present. */
if_exists
    : IF EXISTS
    ;

sharing_clause
    : SHARING EQ (METADATA | DATA | EXTENDED DATA | NONE)
    ;

// =============================================================================================
// ALTER ...
// =============================================================================================

alter_table
    : ALTER TABLE table_name=object_name alter_table_item+
    ;

alter_table_item
    : ADD LPAREN relational_property (COMMA relational_property)* RPAREN     # addListItem
    | ADD out_of_line_constraint                                             # addConstraintItem
    | ADD supplemental_logging_clause                                        # addSupplementalLoggingItem
    | ADD partition_definition (COMMA partition_definition)*                 # addPartitionItem
    | ADD column_definition                                                  # addColumnItem
    | MODIFY LPAREN column_definition (COMMA column_definition)* RPAREN      # modifyColumnListItem
    | MODIFY CONSTRAINT identifier constraint_state+ drop_constraint_option*                  # modifyConstraintItem
    | MODIFY PRIMARY KEY constraint_state+ drop_constraint_option*                            # modifyPrimaryKeyItem
    | MODIFY UNIQUE LPAREN column_list RPAREN constraint_state+ drop_constraint_option*       # modifyUniqueItem
    | MODIFY (PARTITION | SUBPARTITION | DEFAULT ATTRIBUTES | LOB | NESTED TABLE) skip_to_end   # modifyPartitionItem
    | MODIFY column_definition                                               # modifyColumnItem
    | DROP COLUMN identifier drop_column_option*                             # dropColumnItem
    | DROP LPAREN column_list RPAREN drop_column_option*                     # dropColumnListItem
    | DROP CONSTRAINT identifier drop_constraint_option*                     # dropConstraintItem
    | DROP PRIMARY KEY drop_constraint_option*                               # dropPrimaryKeyItem
    | DROP UNIQUE LPAREN column_list RPAREN drop_constraint_option*          # dropUniqueItem
    | DROP UNUSED COLUMNS (CHECKPOINT numeric_value)?                        # dropUnusedColumnsItem
    | DROP SUPPLEMENTAL LOG skip_to_end                                      # dropSupplementalLoggingItem
    | SET UNUSED (COLUMN identifier | LPAREN column_list RPAREN) drop_column_option*   # setUnusedItem
    | RENAME COLUMN old_name=identifier TO new_name=identifier               # renameColumnItem
    | RENAME CONSTRAINT old_name=identifier TO new_name=identifier           # renameConstraintItem
    | RENAME TO new_name=identifier                                          # renameTableItem
    | (ENABLE | DISABLE) (ALL TRIGGERS | TABLE LOCK)                         # enableDisableOtherItem
    | SHRINK SPACE COMPACT? CASCADE?                                         # shrinkSpaceItem
    | MOVE skip_to_end                                                       # moveItem
    | partition_operation=(DROP | TRUNCATE | SPLIT | MERGE | EXCHANGE | COALESCE | RENAME | SET)
      (PARTITION | SUBPARTITION | PARTITIONS | SUBPARTITIONS | INTERVAL) skip_to_end   # partitionMaintenanceItem
    | table_clause                                                           # tableClauseItem
    ;

drop_column_option
    : CASCADE CONSTRAINTS
    | INVALIDATE
    | CHECKPOINT numeric_value
    | ONLINE
    ;

drop_constraint_option
    : CASCADE
    | (KEEP | DROP) INDEX
    | ONLINE
    ;

alter_index
    : ALTER INDEX index_name=object_name alter_index_action
    ;

/** Only RENAME TO matters to a conversion; the rest is kept as text. */
alter_index_action
    : RENAME TO new_name=identifier                                        # renameIndex
    | ~(RENAME | SEMI | DOT | AT_SIGN) skip_to_end                          # otherAlterIndex
    ;

alter_sequence
    : ALTER SEQUENCE sequence_name=object_name (sequence_option | RESTART (START WITH signed_number)?)+
    ;

alter_trigger
    : ALTER TRIGGER trigger_name=object_name alter_trigger_action
    ;

alter_trigger_action
    : ENABLE                                                  # enableTrigger
    | DISABLE                                                 # disableTrigger
    | RENAME TO new_name=identifier                           # renameTrigger
    | (COMPILE | EDITIONABLE | NONEDITIONABLE) skip_to_end    # otherAlterTrigger
    ;

alter_view
    : ALTER MATERIALIZED? VIEW view_name=object_name skipped_clause
    ;

/** A clause kept as text; it starts with a keyword so that it never continues a name. */
skipped_clause
    : ~(SEMI | DOT | AT_SIGN | LPAREN) skip_to_end
    ;

/** ALTER PROCEDURE|FUNCTION|PACKAGE|TYPE ... COMPILE and the like. */
alter_routine
    : ALTER routine_kind=(PROCEDURE | FUNCTION | PACKAGE | TYPE | LIBRARY) routine_name=object_name skipped_clause
    ;

alter_session
    : ALTER SESSION SET alter_session_parameter+         # alterSessionSet
    | ALTER SESSION skip_to_end                           # otherAlterSession
    ;

alter_session_parameter
    : parameter_name=identifier EQ value=expression
    ;

// =============================================================================================
// COMMENT, GRANT, REVOKE, DROP, TRUNCATE, RENAME, skipped statements
// =============================================================================================

comment_on
    : COMMENT ON TABLE object_name IS string_literal                     # commentOnTable
    | COMMENT ON COLUMN column_path IS string_literal                    # commentOnColumn
    | COMMENT ON MATERIALIZED VIEW object_name IS string_literal         # commentOnMaterializedView
    | COMMENT ON (OPERATOR | INDEXTYPE | EDITION | MINING MODEL | AUDIT POLICY) object_name IS string_literal   # commentOnOther
    ;

/** schema.table.column or table.column */
column_path
    : identifier (DOT identifier)+
    ;

grant_statement
    : GRANT grant_item (COMMA grant_item)* (ON grant_object)? TO grantee (COMMA grantee)* grant_option*
    ;

revoke_statement
    : REVOKE grant_item (COMMA grant_item)* (ON grant_object)? FROM grantee (COMMA grantee)* (CASCADE CONSTRAINTS | FORCE)?
    ;

grant_item
    : ALL PRIVILEGES?
    | privilege_word+ (LPAREN column_list RPAREN)?
    ;

privilege_word
    : identifier
    | SELECT | INSERT | UPDATE | DELETE | ALTER | INDEX | CREATE | DROP | ANY | EXECUTE | TABLE
    | VIEW | SESSION | LOCK | COMMENT | AUDIT | SYNONYM | USER | RESOURCE | CONNECT | TRIGGER
    | PROCEDURE | FUNCTION | CURSOR | GRANT | RENAME | UNIQUE
    ;

grant_object
    : (DIRECTORY | JAVA (SOURCE | RESOURCE) | EDITION | MINING MODEL | USER | SQL TRANSLATION PROFILE)? remote_object_name
    ;

grantee
    : PUBLIC
    | identifier
    ;

grant_option
    : WITH (ADMIN | GRANT | DELEGATE | HIERARCHY) OPTION
    | IDENTIFIED BY identifier
    | CONTAINER EQ (CURRENT | ALL)
    ;

drop_statement
    : DROP PUBLIC? DATABASE LINK dblink_name                              # dropDatabaseLink
    | DROP drop_object_type if_exists? object_name drop_option*           # dropObject
    ;

drop_object_type
    : TABLE | INDEX | VIEW | MATERIALIZED VIEW LOG ON | MATERIALIZED VIEW | SEQUENCE
    | PUBLIC? SYNONYM | TYPE BODY | TYPE | PROCEDURE | FUNCTION | PACKAGE BODY | PACKAGE | TRIGGER
    | USER | ROLE | DIRECTORY | TABLESPACE | CLUSTER | CONTEXT | JAVA (SOURCE | CLASS | RESOURCE)
    | LIBRARY | OPERATOR | INDEXTYPE | DIMENSION | PROFILE | EDITION
    ;

drop_option
    : CASCADE CONSTRAINTS?
    | PURGE
    | FORCE
    | VALIDATE
    | PRESERVE TABLE
    | ONLINE
    | INCLUDING CONTENTS (AND DATAFILES)?
    | KEEP DATAFILES
    ;

truncate_statement
    : TRUNCATE TABLE table_name=object_name ((PRESERVE | PURGE) MATERIALIZED VIEW LOG)? ((DROP ALL? | REUSE) STORAGE)? CASCADE?   # truncateTable
    | TRUNCATE CLUSTER cluster_name=object_name ((DROP | REUSE) STORAGE)?     # truncateCluster
    ;

rename_statement
    : RENAME old_name=identifier TO new_name=identifier
    ;

/** Statements recognised so that they can be reported and skipped. */
skipped_statement
    : CREATE USER skip_to_end                                         # createUserStatement
    | CREATE ROLE skip_to_end                                         # createRoleStatement
    | CREATE (OR REPLACE)? (AND (RESOLVE | COMPILE))? NOFORCE? JAVA skip_all   # createJavaStatement
    | CREATE (OR REPLACE)? (EDITIONABLE | NONEDITIONABLE)? LIBRARY skip_to_end   # createLibraryStatement
    | CREATE (OR REPLACE)? DIRECTORY skip_to_end                      # createDirectoryStatement
    | CREATE (OR REPLACE)? CONTEXT skip_to_end                        # createContextStatement
    | CREATE skipped_create_object skip_to_end                        # createOtherStatement
    | ALTER skipped_alter_object skip_to_end                          # alterOtherStatement
    | (AUDIT | NOAUDIT | ANALYZE | ASSOCIATE | DISASSOCIATE | PURGE | FLASHBACK | ADMINISTER) skip_to_end   # otherSkippedStatement
    | SET ROLE skip_to_end                                            # setRoleStatement
    ;

skipped_create_object
    : PROFILE | TABLESPACE | TEMPORARY TABLESPACE | UNDO TABLESPACE | BIGFILE | SMALLFILE | CLUSTER
    | DIMENSION | OPERATOR | INDEXTYPE | EDITION | OUTLINE | RESTORE POINT | ROLLBACK SEGMENT
    | PUBLIC? ROLLBACK SEGMENT | SCHEMA | (OR REPLACE)? SPFILE | (OR REPLACE)? PFILE
    | CONTROLFILE | DATABASE | PLUGGABLE DATABASE | AUDIT POLICY | (OR REPLACE)? EDITIONABLE? (ANALYTIC VIEW | ATTRIBUTE DIMENSION | HIERARCHY)
    ;

skipped_alter_object
    : USER | ROLE | PROFILE | SYSTEM | DATABASE | TABLESPACE | MATERIALIZED VIEW LOG | CLUSTER
    | DIMENSION | OPERATOR | INDEXTYPE | EDITION | OUTLINE | ROLLBACK SEGMENT | RESOURCE COST
    | PLUGGABLE DATABASE | AUDIT POLICY | JAVA | SYNONYM | PUBLIC SYNONYM | DATABASE LINK
    ;

explain_plan
    : EXPLAIN PLAN (SET STATEMENT_ID EQ string_literal)? (INTO object_name)? FOR statement
    ;

call_statement
    : CALL routine=general_element (INTO into_target)?
    ;

/** The SQL*Plus EXECUTE command: a PL/SQL call or assignment run as an anonymous block. */
sqlplus_exec
    : SQLPLUS_EXEC assignment_or_call_statement SEMI?
    ;

skip_to_end
    : (~SEMI)*
    ;

skip_all
    : .*?
    ;

// =============================================================================================
// PL/SQL units
// =============================================================================================

create_procedure
    : CREATE (OR REPLACE)? editionable_clause? PROCEDURE procedure_name=object_name parameter_list?
      sharing_clause? unit_attribute* (IS | AS) subprogram_implementation
    ;

create_function
    : CREATE (OR REPLACE)? editionable_clause? FUNCTION function_name=object_name parameter_list?
      RETURN return_type=datatype sharing_clause? unit_attribute*
      ( (IS | AS) subprogram_implementation
      | AGGREGATE USING object_name
      )?
    ;

create_package
    : CREATE (OR REPLACE)? editionable_clause? PACKAGE package_name=object_name sharing_clause? unit_attribute*
      (IS | AS) declare_section? END end_name=identifier?
    ;

create_package_body
    : CREATE (OR REPLACE)? editionable_clause? PACKAGE BODY package_name=object_name sharing_clause?
      (IS | AS) declare_section? (initialization=body | END end_name=identifier?)
    ;

editionable_clause
    : EDITIONABLE
    | NONEDITIONABLE
    ;

/** AUTHID, ACCESSIBLE BY, DETERMINISTIC, PIPELINED, RESULT_CACHE ... on units and subprograms. */
unit_attribute
    : AUTHID (CURRENT_USER | DEFINER)                                     # authIdAttribute
    | ACCESSIBLE BY LPAREN accessor (COMMA accessor)* RPAREN               # accessibleByAttribute
    | DEFAULT COLLATION identifier                                         # defaultCollationAttribute
    | DETERMINISTIC                                                        # deterministicAttribute
    | PIPELINED ((USING | ROW | TABLE) POLYMORPHIC? (USING object_name)?)?  # pipelinedAttribute
    | PARALLEL_ENABLE (LPAREN PARTITION identifier BY (ANY | (HASH | RANGE | VALUE) LPAREN column_list RPAREN) ((ORDER | CLUSTER) identifier BY LPAREN column_list RPAREN)? RPAREN)?   # parallelEnableAttribute
    | RESULT_CACHE (RELIES_ON LPAREN (object_name (COMMA object_name)*)? RPAREN)?   # resultCacheAttribute
    | SQL_MACRO (LPAREN (SCALAR | TABLE | TYPE EQ ARROW? (SCALAR | TABLE)) RPAREN)?   # sqlMacroAttribute
    ;

accessor
    : (FUNCTION | PROCEDURE | PACKAGE | TRIGGER | TYPE)? object_name
    ;

parameter_list
    : LPAREN parameter (COMMA parameter)* RPAREN
    ;

parameter
    : name=identifier parameter_mode? NOCOPY? datatype default_value_part?
    ;

parameter_mode
    : IN OUT?
    | OUT
    ;

default_value_part
    : (ASSIGN | DEFAULT) condition
    ;

/** What follows IS/AS in a subprogram: declarations and a body, or a call specification. */
subprogram_implementation
    : declare_section? body          # plsqlImplementation
    | call_spec                      # callSpecImplementation
    ;

call_spec
    : LANGUAGE JAVA NAME string_literal                  # javaCallSpec
    | (LANGUAGE | EXTERNAL) skip_to_end                  # externalCallSpec
    ;

procedure_heading
    : PROCEDURE name=identifier parameter_list? unit_attribute*
    ;

function_heading
    : FUNCTION name=identifier parameter_list? RETURN return_type=datatype unit_attribute*
    ;

/** A procedure in a declare section or package: a forward declaration (spec) or a definition. */
procedure_declaration
    : procedure_heading ((IS | AS) subprogram_implementation)? SEMI
    ;

function_declaration
    : function_heading ((IS | AS) subprogram_implementation)? SEMI
    ;

create_trigger
    : CREATE (OR REPLACE)? editionable_clause? TRIGGER trigger_name=object_name sharing_clause?
      (DEFAULT COLLATION identifier)?
      ( simple_dml_trigger
      | instead_of_dml_trigger
      | compound_dml_trigger
      | system_trigger
      )
    ;

simple_dml_trigger
    : timing=(BEFORE | AFTER) dml_event_clause referencing_clause? for_each_row? trigger_edition_clause?
      trigger_ordering_clause? (ENABLE | DISABLE)? trigger_when_clause? trigger_body
    ;

instead_of_dml_trigger
    : INSTEAD OF dml_event_clause referencing_clause? for_each_row? trigger_edition_clause?
      trigger_ordering_clause? (ENABLE | DISABLE)? trigger_body
    ;

compound_dml_trigger
    : FOR dml_event_clause referencing_clause? trigger_edition_clause? trigger_ordering_clause?
      (ENABLE | DISABLE)? trigger_when_clause? compound_trigger_block
    ;

system_trigger
    : (BEFORE | AFTER | INSTEAD OF) system_event (OR system_event)*
      ON (schema=identifier DOT)? (SCHEMA | PLUGGABLE? DATABASE)
      trigger_ordering_clause? (ENABLE | DISABLE)? trigger_when_clause? trigger_body
    ;

dml_event_clause
    : dml_event (OR dml_event)* ON (NESTED TABLE nested_column=identifier OF)? table=object_name
    ;

dml_event
    : DELETE                                          # deleteEvent
    | INSERT                                          # insertEvent
    | UPDATE (OF column_name (COMMA column_name)*)?   # updateEvent
    ;

system_event
    : ALTER | ANALYZE | ASSOCIATE STATISTICS | AUDIT | COMMENT | CREATE | DISASSOCIATE STATISTICS
    | DROP | GRANT | NOAUDIT | RENAME | REVOKE | TRUNCATE | DDL | STARTUP | SHUTDOWN
    | DB_ROLE_CHANGE | LOGON | LOGOFF | SERVERERROR | SUSPEND | CLONE | UNPLUG | SET CONTAINER
    ;

referencing_clause
    : REFERENCING referencing_element+
    ;

referencing_element
    : which=(OLD | NEW | PARENT) AS? alias=identifier
    ;

for_each_row
    : FOR EACH ROW
    ;

trigger_edition_clause
    : (FORWARD | REVERSE)? CROSSEDITION
    ;

trigger_ordering_clause
    : (FOLLOWS | PRECEDES) object_name (COMMA object_name)*
    ;

trigger_when_clause
    : WHEN LPAREN condition RPAREN
    ;

trigger_body
    : CALL general_element        # callTriggerBody
    | label_declaration* block    # blockTriggerBody
    ;

compound_trigger_block
    : COMPOUND TRIGGER declare_section? timing_point_section+ END end_name=identifier?
    ;

timing_point_section
    : timing_point IS declare_section? BEGIN seq_of_statements exception_section? END timing_point SEMI
    ;

timing_point
    : BEFORE STATEMENT
    | BEFORE EACH ROW
    | AFTER STATEMENT
    | AFTER EACH ROW
    | INSTEAD OF EACH ROW
    ;

// ---------------------------------------------------------------------------------------------
// Object types
// ---------------------------------------------------------------------------------------------

create_type
    : CREATE (OR REPLACE)? editionable_clause? TYPE type_object=object_name FORCE? (OID string_literal)?
      sharing_clause? type_definition?
    ;

type_definition
    : unit_attribute* (IS | AS) OBJECT (LPAREN type_element (COMMA type_element)* RPAREN)? type_modifier*   # objectTypeDefinition
    | unit_attribute* UNDER supertype=object_name (LPAREN type_element (COMMA type_element)* RPAREN)? type_modifier*   # subtypeDefinition
    | unit_attribute* (IS | AS) TABLE OF datatype (NOT NULL_)? type_modifier*                        # nestedTableTypeDefinition
    | unit_attribute* (IS | AS) (VARRAY | VARYING ARRAY) LPAREN limit=expression RPAREN OF datatype (NOT NULL_)? type_modifier*   # varrayTypeDefinition
    | unit_attribute* (IS | AS) OPAQUE skip_to_end                                                   # opaqueTypeDefinition
    ;

type_modifier
    : NOT? (FINAL | INSTANTIABLE | PERSISTABLE)
    ;

type_element
    : method_specification                   # methodElement
    | pragma_clause                          # pragmaElement
    | name=identifier datatype               # attributeElement
    ;

method_specification
    : inheritance_modifier* (MEMBER | STATIC) (procedure_heading | function_heading) ((IS | AS) call_spec)?   # memberMethodSpec
    | inheritance_modifier* CONSTRUCTOR FUNCTION name=identifier parameter_list? RETURN SELF AS RESULT ((IS | AS) call_spec)?   # constructorSpec
    | inheritance_modifier* (MAP | ORDER) MEMBER function_heading ((IS | AS) call_spec)?   # mapOrderMethodSpec
    ;

inheritance_modifier
    : NOT? (OVERRIDING | FINAL | INSTANTIABLE)
    ;

create_type_body
    : CREATE (OR REPLACE)? editionable_clause? TYPE BODY type_object=object_name sharing_clause?
      (IS | AS) type_body_member+ END
    ;

type_body_member
    : inheritance_modifier* (MEMBER | STATIC) (procedure_declaration | function_declaration)   # memberMethodBody
    | inheritance_modifier* CONSTRUCTOR FUNCTION name=identifier parameter_list? RETURN SELF AS RESULT
      (IS | AS) subprogram_implementation SEMI                                                # constructorBody
    | inheritance_modifier* (MAP | ORDER) MEMBER function_declaration                         # mapOrderMethodBody
    | pragma_declaration                                                                      # pragmaMember
    ;

// ---------------------------------------------------------------------------------------------
// Blocks and declarations
// ---------------------------------------------------------------------------------------------

anonymous_block
    : label_declaration* block
    ;

block
    : (DECLARE declare_section?)? body
    ;

body
    : BEGIN seq_of_statements exception_section? END end_name=identifier?
    ;

exception_section
    : EXCEPTION exception_handler+
    ;

exception_handler
    : WHEN exception_choice (OR exception_choice)* THEN seq_of_statements
    ;

exception_choice
    : OTHERS
    | qualified_name
    ;

declare_section
    : declare_item+
    ;

declare_item
    : type_declaration
    | subtype_declaration
    | cursor_declaration
    | pragma_declaration
    | procedure_declaration
    | function_declaration
    | exception_declaration
    | variable_declaration
    | conditional_declaration
    | error_directive
    ;

variable_declaration
    : name=identifier CONSTANT? datatype (NOT NULL_)? default_value_part? SEMI
    ;

exception_declaration
    : name=identifier EXCEPTION SEMI
    ;

subtype_declaration
    : SUBTYPE name=identifier IS datatype (RANGE expression DOUBLE_DOT expression)? (NOT NULL_)? SEMI
    ;

type_declaration
    : TYPE name=identifier IS plsql_type_definition SEMI
    ;

plsql_type_definition
    : RECORD LPAREN field_declaration (COMMA field_declaration)* RPAREN                                 # recordTypeDefinition
    | TABLE OF datatype (NOT NULL_)? (INDEX BY index_type=datatype)?                                     # tableTypeDefinition
    | (VARRAY | VARYING ARRAY) LPAREN limit=expression RPAREN OF datatype (NOT NULL_)?                  # varrayPlsqlTypeDefinition
    | REF CURSOR (RETURN datatype)?                                                                      # refCursorTypeDefinition
    ;

field_declaration
    : name=identifier datatype (NOT NULL_)? default_value_part?
    ;

cursor_declaration
    : CURSOR name=identifier (LPAREN parameter (COMMA parameter)* RPAREN)? (RETURN return_type=datatype)?
      (IS select_statement)? SEMI
    ;

pragma_declaration
    : pragma_clause SEMI
    ;

pragma_clause
    : PRAGMA AUTONOMOUS_TRANSACTION                                                          # autonomousTransactionPragma
    | PRAGMA EXCEPTION_INIT LPAREN exception_name=qualified_name COMMA error_code=signed_number RPAREN   # exceptionInitPragma
    | PRAGMA SERIALLY_REUSABLE                                                               # seriallyReusablePragma
    | PRAGMA RESTRICT_REFERENCES LPAREN (identifier | DEFAULT) (COMMA identifier)+ RPAREN      # restrictReferencesPragma
    | PRAGMA INLINE LPAREN identifier COMMA string_literal RPAREN                            # inlinePragma
    | PRAGMA pragma_name=REGULAR_ID (LPAREN (argument (COMMA argument)*)? RPAREN)?            # otherPragma
    ;

conditional_declaration
    : CC_IF condition CC_THEN declare_section?
      (CC_ELSIF condition CC_THEN declare_section?)*
      (CC_ELSE declare_section?)?
      CC_END
    ;

error_directive
    : CC_ERROR expression CC_END
    ;

label_declaration
    : LABEL_START label=identifier LABEL_END
    ;

// =============================================================================================
// PL/SQL statements
// =============================================================================================

seq_of_statements
    : statement_entry+
    ;

statement_entry
    : label_declaration* plsql_statement SEMI     # simpleEntry
    | conditional_statement                       # conditionalEntry
    | error_directive                             # errorDirectiveEntry
    ;

plsql_statement
    : block
    | if_statement
    | case_statement
    | loop_statement
    | forall_statement
    | exit_statement
    | continue_statement
    | goto_statement
    | null_statement
    | return_statement
    | raise_statement
    | pipe_row_statement
    | execute_immediate_statement
    | open_statement
    | fetch_statement
    | close_statement
    | select_statement
    | insert_statement
    | update_statement
    | delete_statement
    | merge_statement
    | lock_table_statement
    | commit_statement
    | rollback_statement
    | savepoint_statement
    | set_transaction_statement
    | assignment_or_call_statement
    ;

/** `target := value` when ASSIGN is present, otherwise a procedure call (possibly without arguments). */
assignment_or_call_statement
    : target=general_element (ASSIGN value=condition)?
    ;

if_statement
    : IF condition THEN seq_of_statements elsif_part* else_part? END IF
    ;

elsif_part
    : ELSIF condition THEN seq_of_statements
    ;

else_part
    : ELSE seq_of_statements
    ;

case_statement
    : CASE selector=condition? case_statement_when+ else_part? END CASE end_label=identifier?
    ;

case_statement_when
    : WHEN condition THEN seq_of_statements
    ;

loop_statement
    : LOOP seq_of_statements END LOOP end_label=identifier?                                          # basicLoop
    | WHILE condition LOOP seq_of_statements END LOOP end_label=identifier?                          # whileLoop
    | FOR index=identifier IN REVERSE? lower=expression DOUBLE_DOT upper=expression
      LOOP seq_of_statements END LOOP end_label=identifier?                                          # numericForLoop
    | FOR record=identifier IN (LPAREN select_statement RPAREN | cursor=general_element)
      LOOP seq_of_statements END LOOP end_label=identifier?                                          # cursorForLoop
    ;

forall_statement
    : FORALL index=identifier IN forall_bounds (SAVE EXCEPTIONS)? forall_body
    ;

forall_bounds
    : lower=expression DOUBLE_DOT upper=expression                            # rangeBounds
    | INDICES OF general_element (BETWEEN expression AND expression)?         # indicesOfBounds
    | VALUES OF general_element                                               # valuesOfBounds
    ;

forall_body
    : insert_statement
    | update_statement
    | delete_statement
    | merge_statement
    | execute_immediate_statement
    ;

exit_statement
    : EXIT label=identifier? (WHEN condition)?
    ;

continue_statement
    : CONTINUE label=identifier? (WHEN condition)?
    ;

goto_statement
    : GOTO label=identifier
    ;

null_statement
    : NULL_
    ;

return_statement
    : RETURN condition?
    ;

raise_statement
    : RAISE exception_name=qualified_name?
    ;

pipe_row_statement
    : PIPE ROW LPAREN condition RPAREN
    ;

execute_immediate_statement
    : EXECUTE IMMEDIATE dynamic_sql=expression (into_clause | using_clause | dynamic_returning_clause)*
    ;

using_clause
    : USING using_argument (COMMA using_argument)*
    ;

using_argument
    : parameter_mode? condition
    ;

dynamic_returning_clause
    : (RETURNING | RETURN) into_clause
    ;

open_statement
    : OPEN cursor=general_element (FOR (select_statement | dynamic_sql=expression) using_clause?)?
    ;

fetch_statement
    : FETCH cursor=general_element into_clause (LIMIT limit=expression)?
    ;

close_statement
    : CLOSE cursor=general_element
    ;

conditional_statement
    : CC_IF condition CC_THEN seq_of_statements?
      (CC_ELSIF condition CC_THEN seq_of_statements?)*
      (CC_ELSE seq_of_statements?)?
      CC_END
    ;

into_clause
    : (BULK COLLECT)? INTO into_target (COMMA into_target)*
    ;

into_target
    : general_element
    ;

// =============================================================================================
// Queries
// =============================================================================================

select_statement
    : subquery for_update_clause?
    ;

subquery
    : with_clause? subquery_body order_by_clause? row_limiting_clause?
    ;

/** Set operators have one precedence in Oracle and apply left to right. */
subquery_body
    : subquery_term (set_operator subquery_term)*
    ;

set_operator
    : UNION ALL?
    | INTERSECT ALL?
    | MINUS ALL?
    | EXCEPT ALL?
    ;

subquery_term
    : query_block                          # queryBlockTerm
    | LPAREN subquery RPAREN               # parenthesizedTerm
    ;

query_block
    : SELECT (DISTINCT | UNIQUE | ALL)? select_list into_clause?
      (FROM table_reference_list)?
      where_clause?
      hierarchical_query_clause?
      group_by_clause?
      model_clause?
      window_clause?
    ;

select_list
    : STAR                                          # starSelectList
    | select_item (COMMA select_item)*              # itemSelectList
    ;

select_item
    : qualified_name DOT STAR                       # allColumnsSelectItem
    | condition column_alias?                       # expressionSelectItem
    ;

column_alias
    : AS identifier
    | alias_identifier
    ;

/** WITH: PL/SQL declarations (12c), query names, or both. */
with_clause
    : WITH with_plsql_declaration+ (with_item (COMMA with_item)*)?
    | WITH with_item (COMMA with_item)*
    ;

with_plsql_declaration
    : function_declaration
    | procedure_declaration
    ;

with_item
    : name=identifier (LPAREN column_list RPAREN)? AS LPAREN subquery RPAREN search_clause? cycle_clause?
    ;

search_clause
    : SEARCH (DEPTH | BREADTH) FIRST BY order_item (COMMA order_item)* SET ordering_column=identifier
    ;

cycle_clause
    : CYCLE column_list SET cycle_mark=identifier TO cycle_value=expression DEFAULT no_cycle_value=expression
    ;

table_reference_list
    : table_reference (COMMA table_reference)*
    ;

table_reference
    : table_primary join_clause*
    ;

table_primary
    : ONLY LPAREN query_table_expression RPAREN flashback_query_clause? (pivot_clause | unpivot_clause)? table_alias?   # onlyTablePrimary
    | query_table_expression flashback_query_clause? (pivot_clause | unpivot_clause)? table_alias?   # simpleTablePrimary
    | LPAREN table_reference RPAREN table_alias?                                                                     # parenthesizedTablePrimary
    ;

query_table_expression
    : remote_object_name partition_extension_clause? sample_clause?     # tableSource
    | LPAREN subquery subquery_restriction? RPAREN                      # subquerySource
    | LATERAL LPAREN subquery subquery_restriction? RPAREN              # lateralSource
    | table_collection_expression                                        # collectionSource
    | xml_table                                                          # xmlTableSource
    | json_table                                                         # jsonTableSource
    | CONTAINERS LPAREN object_name RPAREN                               # containersSource
    ;

table_collection_expression
    : TABLE LPAREN (subquery | expression) RPAREN OUTER_JOIN_SIGN?
    ;

partition_extension_clause
    : PARTITION LPAREN identifier RPAREN
    | PARTITION FOR LPAREN expression (COMMA expression)* RPAREN
    | SUBPARTITION LPAREN identifier RPAREN
    | SUBPARTITION FOR LPAREN expression (COMMA expression)* RPAREN
    ;

sample_clause
    : SAMPLE BLOCK? LPAREN expression (COMMA expression)? RPAREN (SEED LPAREN expression RPAREN)?
    ;

flashback_query_clause
    : VERSIONS BETWEEN (SCN | TIMESTAMP) lower=expression AND upper=expression     # versionsBetweenClause
    | VERSIONS PERIOD FOR identifier BETWEEN lower=expression AND upper=expression  # versionsPeriodClause
    | AS OF (SCN | TIMESTAMP) expression                                          # asOfClause
    | AS OF PERIOD FOR identifier expression                                      # asOfPeriodClause
    ;

table_alias
    : alias_identifier
    ;

join_clause
    : query_partition_clause? INNER? JOIN table_primary query_partition_clause? join_condition    # innerJoin
    | query_partition_clause? outer_join_type JOIN table_primary query_partition_clause? join_condition   # outerJoin
    | CROSS JOIN table_primary                                                                     # crossJoin
    | NATURAL (INNER | outer_join_type)? JOIN table_primary                                        # naturalJoin
    | CROSS APPLY table_primary                                                                    # crossApply
    | OUTER APPLY table_primary                                                                    # outerApply
    ;

outer_join_type
    : (FULL | LEFT | RIGHT) OUTER?
    ;

join_condition
    : ON condition                                  # onJoinCondition
    | USING LPAREN column_list RPAREN               # usingJoinCondition
    ;

pivot_clause
    : PIVOT XML? LPAREN pivot_aggregate (COMMA pivot_aggregate)* pivot_for_clause pivot_in_clause RPAREN
    ;

pivot_aggregate
    : expression column_alias?
    ;

pivot_for_clause
    : FOR (column_name | LPAREN column_list RPAREN)
    ;

pivot_in_clause
    : IN LPAREN ( subquery
                | ANY (COMMA ANY)*
                | pivot_in_item (COMMA pivot_in_item)*
                ) RPAREN
    ;

pivot_in_item
    : expression column_alias?
    ;

unpivot_clause
    : UNPIVOT ((INCLUDE | EXCLUDE) NULLS)? LPAREN (column_name | LPAREN column_list RPAREN)
      pivot_for_clause IN LPAREN unpivot_in_item (COMMA unpivot_in_item)* RPAREN RPAREN
    ;

unpivot_in_item
    : (column_name | LPAREN column_list RPAREN) (AS expression)?
    ;

where_clause
    : WHERE CURRENT OF cursor=general_element      # currentOfWhere
    | WHERE condition                              # conditionWhere
    ;

hierarchical_query_clause
    : CONNECT BY NOCYCLE? connect=condition (START WITH start_condition=condition)?
    | START WITH start_condition=condition CONNECT BY NOCYCLE? connect=condition
    ;

group_by_clause
    : GROUP BY group_by_element (COMMA group_by_element)* (HAVING condition)?
    | HAVING condition (GROUP BY group_by_element (COMMA group_by_element)*)?
    ;

group_by_element
    : ROLLUP LPAREN grouping_item (COMMA grouping_item)* RPAREN             # rollupGrouping
    | CUBE LPAREN grouping_item (COMMA grouping_item)* RPAREN               # cubeGrouping
    | GROUPING SETS LPAREN group_by_element (COMMA group_by_element)* RPAREN   # groupingSetsGrouping
    | LPAREN RPAREN                                                         # emptyGrouping
    | expression                                                            # expressionGrouping
    ;

grouping_item
    : LPAREN RPAREN
    | expression
    ;

order_by_clause
    : ORDER SIBLINGS? BY order_item (COMMA order_item)*
    ;

order_item
    : expression direction=(ASC | DESC)? (NULLS nulls=(FIRST | LAST))?
    ;

row_limiting_clause
    : offset_clause fetch_first_clause?
    | fetch_first_clause
    ;

offset_clause
    : OFFSET expression (ROW | ROWS)
    ;

fetch_first_clause
    : FETCH (FIRST | NEXT) (expression PERCENT?)? (ROW | ROWS) (ONLY | WITH TIES)
    ;

for_update_clause
    : FOR UPDATE (OF column_name (COMMA column_name)*)? (NOWAIT | WAIT expression | SKIP_ LOCKED)?
    ;

window_clause
    : WINDOW window_definition (COMMA window_definition)*
    ;

window_definition
    : identifier AS LPAREN analytic_clause RPAREN
    ;

// ---------------------------------------------------------------------------------------------
// MODEL (parsed, never converted)
// ---------------------------------------------------------------------------------------------

model_clause
    : MODEL cell_reference_option* (RETURN (UPDATED | ALL) ROWS)? reference_model* main_model
    ;

cell_reference_option
    : (IGNORE | KEEP) NAV
    | UNIQUE (DIMENSION | SINGLE REFERENCE)
    ;

reference_model
    : REFERENCE identifier ON LPAREN subquery RPAREN model_column_clauses cell_reference_option*
    ;

main_model
    : (MAIN identifier)? model_column_clauses cell_reference_option* model_rules_clause
    ;

model_column_clauses
    : (PARTITION BY LPAREN model_column (COMMA model_column)* RPAREN)?
      DIMENSION BY LPAREN model_column (COMMA model_column)* RPAREN
      MEASURES LPAREN model_column (COMMA model_column)* RPAREN
    ;

model_column
    : expression column_alias?
    ;

model_rules_clause
    : (RULES (UPDATE | UPSERT ALL?)? ((AUTOMATIC | SEQUENTIAL) ORDER)? (ITERATE LPAREN expression RPAREN (UNTIL LPAREN condition RPAREN)?)?)?
      LPAREN (model_rule (COMMA model_rule)*)? RPAREN
    ;

model_rule
    : (UPDATE | UPSERT ALL?)? cell=general_element order_by_clause? EQ expression
    ;

model_dimension
    : ANY                                                                   # anyDimension
    | FOR identifier IN LPAREN (subquery | expression (COMMA expression)*) RPAREN   # forInDimension
    | FOR identifier FROM expression TO expression (INCREMENT | DECREMENT) expression   # forFromDimension
    | condition                                                             # conditionDimension
    ;

// =============================================================================================
// DML
// =============================================================================================

insert_statement
    : INSERT single_table_insert          # singleTableInsert
    | INSERT multi_table_insert           # multiTableInsert
    ;

single_table_insert
    : insert_into_clause (values_clause returning_clause? | subquery) error_logging_clause?
    ;

insert_into_clause
    : INTO dml_table_expression table_alias? (LPAREN column_list RPAREN)?
    ;

values_clause
    : VALUES LPAREN value_item (COMMA value_item)* RPAREN      # valueListValues
    | VALUES record=general_element                            # recordValues
    ;

value_item
    : DEFAULT
    | condition
    ;

multi_table_insert
    : ALL multi_table_into+ subquery                                                            # unconditionalInsert
    | (ALL | FIRST)? conditional_insert_when+ (ELSE multi_table_into+)? subquery                # conditionalInsert
    ;

multi_table_into
    : insert_into_clause values_clause? error_logging_clause?
    ;

conditional_insert_when
    : WHEN condition THEN multi_table_into+
    ;

update_statement
    : UPDATE dml_table_expression table_alias? update_set_clause where_clause? returning_clause? error_logging_clause?
    ;

update_set_clause
    : SET update_set_item (COMMA update_set_item)*                 # itemsSetClause
    | SET ROW EQ record=general_element                            # rowSetClause
    | SET VALUE LPAREN identifier RPAREN EQ expression             # valueSetClause
    ;

update_set_item
    : column_name EQ (DEFAULT | condition)                          # columnSetItem
    | LPAREN column_list RPAREN EQ LPAREN subquery RPAREN           # tupleSetItem
    ;

delete_statement
    : DELETE FROM? dml_table_expression table_alias? where_clause? returning_clause? error_logging_clause?
    ;

merge_statement
    : MERGE INTO target=dml_table_expression target_alias=table_alias?
      USING source=merge_source source_alias=table_alias?
      ON LPAREN condition RPAREN
      merge_action* error_logging_clause?
    ;

merge_source
    : remote_object_name
    | LPAREN subquery RPAREN
    | table_collection_expression
    ;

merge_action
    : WHEN MATCHED THEN UPDATE SET update_set_item (COMMA update_set_item)* where_clause? (DELETE where_clause)?   # mergeUpdate
    | WHEN NOT MATCHED THEN INSERT (LPAREN column_list RPAREN)? VALUES LPAREN value_item (COMMA value_item)* RPAREN where_clause?   # mergeInsert
    ;

dml_table_expression
    : remote_object_name partition_extension_clause?     # tableDmlTarget
    | LPAREN subquery subquery_restriction? RPAREN       # subqueryDmlTarget
    | table_collection_expression                         # collectionDmlTarget
    ;

returning_clause
    : (RETURN | RETURNING) condition (COMMA condition)* into_clause
    ;

error_logging_clause
    : LOG ERRORS (INTO object_name)? (LPAREN expression RPAREN)? (REJECT LIMIT (numeric_value | UNLIMITED))?
    ;

lock_table_statement
    : LOCK TABLE lock_table_item (COMMA lock_table_item)* IN lock_mode MODE (NOWAIT | WAIT expression)?
    ;

lock_table_item
    : remote_object_name partition_extension_clause?
    ;

lock_mode
    : ROW SHARE
    | ROW EXCLUSIVE
    | SHARE UPDATE
    | SHARE ROW EXCLUSIVE
    | SHARE
    | EXCLUSIVE
    ;

commit_statement
    : COMMIT WORK? (COMMENT string_literal | WRITE (WAIT | NOWAIT)? (IMMEDIATE | BATCH)? | FORCE string_literal (COMMA expression)?)*
    ;

rollback_statement
    : ROLLBACK WORK? (TO SAVEPOINT? savepoint=identifier | FORCE string_literal)?
    ;

savepoint_statement
    : SAVEPOINT savepoint=identifier
    ;

set_transaction_statement
    : SET TRANSACTION ( READ (ONLY | WRITE)
                      | ISOLATION LEVEL (SERIALIZABLE | READ COMMITTED)
                      | USE ROLLBACK SEGMENT identifier
                      )? (NAME string_literal)?
    ;

set_constraints_statement
    : SET (CONSTRAINT | CONSTRAINTS) (ALL | object_name (COMMA object_name)*) (IMMEDIATE | DEFERRED)
    ;

// =============================================================================================
// Conditions and expressions
// =============================================================================================

/** Boolean operators over predicates; a condition without a predicate is its expression. */
condition
    : expression predicate?                     # basicCondition
    | EXISTS LPAREN subquery RPAREN             # existsCondition
    | NOT condition                             # notCondition
    | condition AND condition                   # andCondition
    | condition OR condition                    # orCondition
    ;

/** What may follow an expression to make it a condition; it applies to that expression. */
predicate
    : comparison_operator quantifier=(ANY | SOME | ALL) LPAREN (subquery | expression (COMMA expression)*) RPAREN   # quantifiedComparisonPredicate
    | comparison_operator expression                                            # comparisonPredicate
    | IS NOT? NULL_                                                             # isNullPredicate
    | IS NOT? (NAN | INFINITE | EMPTY | A_LETTER SET | PRESENT | DANGLING)      # isStatePredicate
    | IS NOT? OF TYPE? LPAREN ONLY? datatype (COMMA ONLY? datatype)* RPAREN      # isOfTypePredicate
    | IS NOT? JSON json_clause*                                                 # isJsonPredicate
    | NOT? like=(LIKE | LIKEC | LIKE2 | LIKE4) pattern=expression (ESCAPE escape=expression)?   # likePredicate
    | NOT? BETWEEN lower=expression AND upper=expression                        # betweenPredicate
    | NOT? IN LPAREN (subquery | expression (COMMA expression)*) RPAREN         # inPredicate
    | NOT? MEMBER OF? expression                                                # memberOfPredicate
    | NOT? SUBMULTISET OF? expression                                           # submultisetPredicate
    ;

comparison_operator
    : EQ
    | NOT_EQUAL
    | LT
    | GT
    | LE
    | GE
    | LT GT
    | GT EQ
    | LT EQ
    ;

/** Values. Alternatives listed first bind tighter; `**` is right-associative. */
expression
    : literal                                                                      # literalExpr
    | pseudo_column                                                                # pseudoColumnExpr
    | INQUIRY_DIRECTIVE                                                            # inquiryDirectiveExpr
    | LPAREN subquery RPAREN                                                       # scalarSubqueryExpr
    | LPAREN condition (COMMA condition)* RPAREN                                   # parenthesizedExpr
    | case_expression                                                              # caseExpr
    | CAST LPAREN (MULTISET LPAREN subquery RPAREN | expression) AS datatype
      conversion_error_clause? (COMMA expression (COMMA expression)?)? RPAREN     # castExpr
    | TREAT LPAREN expression AS REF? datatype RPAREN (DOT member_name)*          # treatExpr
    | EXTRACT LPAREN datetime_field FROM expression RPAREN                         # extractDatetimeExpr
    | EXTRACT LPAREN expression COMMA expression (COMMA expression)? RPAREN         # extractXmlExpr
    | TRIM LPAREN ((LEADING | TRAILING | BOTH) trim_character=expression? FROM | trim_character=expression FROM)?
      source=expression RPAREN                                                     # trimExpr
    | CURSOR LPAREN subquery RPAREN                                                # cursorExpr
    | MULTISET LPAREN subquery RPAREN                                              # multisetSubqueryExpr
    | NEW constructor=general_element                                              # constructorExpr
    | xml_function                                                                 # xmlFunctionExpr
    | json_function                                                                # jsonFunctionExpr
    | general_element (OUTER_JOIN_SIGN | function_modifier+)?                       # nameExpr
    | expression AT (LOCAL | TIME ZONE expression)                                 # atTimeZoneExpr
    | expression interval_conversion                                               # intervalConversionExpr
    | expression COLLATE identifier                                                # collateExpr
    | <assoc = right> expression DOUBLE_ASTERISK expression                        # powerExpr
    | op=(PLUS_SIGN | MINUS_SIGN) expression                                                 # unaryExpr
    | PRIOR expression                                                             # priorExpr
    | CONNECT_BY_ROOT expression                                                   # connectByRootExpr
    | expression op=(STAR | SLASH) expression                                      # multiplicativeExpr
    | expression op=(PLUS_SIGN | MINUS_SIGN | CONCAT) expression                             # additiveExpr
    | expression MULTISET op=(UNION | INTERSECT | EXCEPT) (ALL | DISTINCT)? expression   # multisetExpr
    ;

interval_conversion
    : DAY (LPAREN numeric_value RPAREN)? TO SECOND (LPAREN numeric_value RPAREN)?
    | YEAR (LPAREN numeric_value RPAREN)? TO MONTH
    ;

conversion_error_clause
    : DEFAULT expression ON CONVERSION ERROR
    ;

datetime_field
    : YEAR | MONTH | DAY | HOUR | MINUTE | SECOND
    | TIMEZONE_HOUR | TIMEZONE_MINUTE | TIMEZONE_REGION | TIMEZONE_ABBR
    ;

pseudo_column
    : ROWNUM
    | ROWID
    | LEVEL
    | SYSDATE
    | USER
    | UID
    ;

case_expression
    : CASE selector=expression? case_when_clause+ (ELSE else_value=condition)? END
    ;

case_when_clause
    : WHEN when=condition THEN then=condition
    ;

/** Modifiers after an aggregate or analytic function call. */
function_modifier
    : FROM (FIRST | LAST)                                              # fromFirstLastModifier
    | (RESPECT | IGNORE) NULLS                                         # nullTreatmentModifier
    | WITHIN GROUP LPAREN order_by_clause RPAREN                       # withinGroupModifier
    | KEEP LPAREN DENSE_RANK (FIRST | LAST) order_by_clause RPAREN     # keepModifier
    | OVER (LPAREN analytic_clause RPAREN | window_name=identifier)    # overModifier
    ;

analytic_clause
    : window_name=identifier? query_partition_clause? (order_by_clause windowing_clause?)?
    ;

query_partition_clause
    : PARTITION BY expression (COMMA expression)*
    ;

windowing_clause
    : unit=(ROWS | RANGE | GROUPS) (BETWEEN lower=window_bound AND upper=window_bound | window_bound) window_exclusion?
    ;

window_bound
    : UNBOUNDED (PRECEDING | FOLLOWING)
    | CURRENT ROW
    | expression (PRECEDING | FOLLOWING)
    ;

window_exclusion
    : EXCLUDE (CURRENT ROW | GROUP | TIES | NO OTHERS)
    ;

/**
 * A name, possibly qualified, with calls, collection subscripts, attributes and database links:
 * `a`, `pkg.proc(1, x => 2)`, `t(i).field`, `:NEW.col`, `seq.NEXTVAL`, `c%ROWCOUNT`,
 * `SQL%BULK_EXCEPTIONS(i).ERROR_INDEX`, `emp@remote`. Lowering resolves it against the catalog.
 */
general_element
    : element_head element_suffix*
    ;

element_head
    : identifier                         # identifierHead
    | BIND_VARIABLE                      # bindVariableHead
    ;

element_suffix
    : DOT member_name                    # memberSuffix
    | call_arguments                     # callSuffix
    | PERCENT_SIGN attribute=identifier  # attributeSuffix
    | AT_SIGN dblink_name                # dblinkSuffix
    | LBRACKET model_dimension (COMMA model_dimension)* RBRACKET   # cellSuffix
    ;

member_name
    : identifier
    | reserved_keyword
    ;

call_arguments
    : LPAREN STAR RPAREN                                                                 # starArguments
    | LPAREN set_quantifier=(DISTINCT | UNIQUE | ALL)? (argument (COMMA argument)*)?
      order_by_clause? listagg_overflow_clause? ((RESPECT | IGNORE) NULLS)? (USING charset=identifier)? RPAREN   # argumentList
    ;

argument
    : (parameter_name=identifier ARROW)? value=condition conversion_error_clause?
    ;

listagg_overflow_clause
    : ON OVERFLOW ERROR
    | ON OVERFLOW TRUNCATE expression? ((WITH | WITHOUT) COUNT)?
    ;

// ---------------------------------------------------------------------------------------------
// XML and JSON functions (their arguments are not plain expressions)
// ---------------------------------------------------------------------------------------------

xml_function
    : XMLELEMENT LPAREN (ENTITYESCAPING | NOENTITYESCAPING)? (NAME? element_name=identifier | EVALNAME expression)
      (COMMA xml_attributes_clause)? (COMMA xml_item)* RPAREN                         # xmlElementFunction
    | (XMLFOREST | XMLCOLATTVAL) LPAREN xml_item (COMMA xml_item)* RPAREN              # xmlForestFunction
    | XMLQUERY LPAREN string_literal xml_passing_clause? RETURNING CONTENT (NULL_ ON EMPTY)? RPAREN   # xmlQueryFunction
    | XMLEXISTS LPAREN string_literal xml_passing_clause? RPAREN                       # xmlExistsFunction
    | XMLSERIALIZE LPAREN (DOCUMENT | CONTENT) expression (AS datatype)? (ENCODING string_literal)?
      (VERSION string_literal)? (NO INDENT | INDENT (SIZE EQ numeric_value)?)? ((HIDE | SHOW) DEFAULTS)? RPAREN   # xmlSerializeFunction
    | XMLCAST LPAREN expression AS datatype RPAREN                                     # xmlCastFunction
    | XMLPARSE LPAREN (DOCUMENT | CONTENT) expression WELLFORMED? RPAREN               # xmlParseFunction
    ;

xml_attributes_clause
    : XMLATTRIBUTES LPAREN (ENTITYESCAPING | NOENTITYESCAPING)? (SCHEMACHECK | NOSCHEMACHECK)?
      xml_item (COMMA xml_item)* RPAREN
    ;

xml_item
    : expression (AS? (alias=identifier | EVALNAME expression))?
    ;

xml_passing_clause
    : PASSING (BY VALUE)? xml_passing_item (COMMA xml_passing_item)*
    ;

xml_passing_item
    : expression (AS identifier)?
    ;

xml_table
    : XMLTABLE LPAREN (xml_namespaces_clause COMMA)? xquery=string_literal xml_passing_clause?
      (RETURNING SEQUENCE BY REF)? (COLUMNS xml_table_column (COMMA xml_table_column)*)? RPAREN
    ;

xml_namespaces_clause
    : XMLNAMESPACES LPAREN xml_namespace (COMMA xml_namespace)* RPAREN
    ;

xml_namespace
    : string_literal AS identifier
    | DEFAULT string_literal
    ;

xml_table_column
    : name=identifier FOR ORDINALITY
    | name=identifier datatype (LPAREN SEQUENCE RPAREN BY REF)? (PATH string_literal)? (DEFAULT expression)?
    ;

json_function
    : JSON_VALUE LPAREN expression (FORMAT JSON)? (COMMA string_literal)? json_returning_clause? json_clause* RPAREN   # jsonValueFunction
    | JSON_QUERY LPAREN expression (FORMAT JSON)? COMMA string_literal json_returning_clause? json_clause* RPAREN      # jsonQueryFunction
    | JSON_EXISTS LPAREN expression (FORMAT JSON)? COMMA string_literal (PASSING xml_passing_item (COMMA xml_passing_item)*)? json_clause* RPAREN   # jsonExistsFunction
    | JSON_OBJECT LPAREN (json_object_entry (COMMA json_object_entry)*)? json_clause* json_returning_clause? json_clause* RPAREN   # jsonObjectFunction
    | JSON_ARRAY LPAREN (json_array_element (COMMA json_array_element)*)? json_clause* json_returning_clause? json_clause* RPAREN   # jsonArrayFunction
    | JSON_OBJECTAGG LPAREN KEY? expression (VALUE | COLON) expression (FORMAT JSON)? json_clause* json_returning_clause? json_clause* RPAREN   # jsonObjectAggFunction
    | JSON_ARRAYAGG LPAREN expression (FORMAT JSON)? order_by_clause? json_clause* json_returning_clause? json_clause* RPAREN   # jsonArrayAggFunction
    | JSON_SERIALIZE LPAREN expression json_returning_clause? json_clause* RPAREN     # jsonSerializeFunction
    ;

json_returning_clause
    : RETURNING datatype
    ;

json_clause
    : (ERROR | NULL_ | DEFAULT expression | EMPTY (ARRAY | OBJECT)? | TRUE | FALSE | ABSENT) ON (ERROR | EMPTY | MISMATCH | NULL_)   # jsonOnClause
    | WITH (CONDITIONAL | UNCONDITIONAL)? ARRAY? WRAPPER                                       # jsonWithWrapperClause
    | WITHOUT ARRAY? WRAPPER                                                                    # jsonWithoutWrapperClause
    | (WITH | WITHOUT) UNIQUE KEYS                                                              # jsonUniqueKeysClause
    | PRETTY                                                                                    # jsonPrettyClause
    | ASCII                                                                                     # jsonAsciiClause
    | STRICT                                                                                    # jsonStrictClause
    | LAX                                                                                       # jsonLaxClause
    | TRUNCATE                                                                                  # jsonTruncateClause
    | ALLOW SCALARS                                                                             # jsonAllowScalarsClause
    | DISALLOW SCALARS                                                                          # jsonDisallowScalarsClause
    ;

json_object_entry
    : KEY? key=expression (VALUE | COLON) value=expression (FORMAT JSON)?
    | expression (FORMAT JSON)?
    | STAR
    ;

json_array_element
    : expression (FORMAT JSON)?
    ;

json_table
    : JSON_TABLE LPAREN expression (FORMAT JSON)? (COMMA string_literal)? json_clause* json_columns_clause RPAREN
    ;

json_columns_clause
    : COLUMNS LPAREN json_column (COMMA json_column)* RPAREN
    ;

json_column
    : name=identifier FOR ORDINALITY                                                                   # jsonOrdinalityColumn
    | NESTED PATH? string_literal json_columns_clause                                                  # jsonNestedColumns
    | name=identifier datatype? (FORMAT JSON)? EXISTS? (PATH string_literal)? json_clause*              # jsonValueColumn
    ;

// =============================================================================================
// Data types
// =============================================================================================

datatype
    : INTERVAL YEAR (LPAREN numeric_value RPAREN)? TO MONTH                                            # intervalYearToMonthType
    | INTERVAL DAY (LPAREN numeric_value RPAREN)? TO SECOND (LPAREN numeric_value RPAREN)?              # intervalDayToSecondType
    | TIMESTAMP (LPAREN numeric_value RPAREN)? (WITH LOCAL? TIME ZONE)?                                 # timestampType
    | DOUBLE PRECISION                                                                                  # doublePrecisionType
    | LONG RAW                                                                                          # longRawType
    | NATIONAL? (CHARACTER | CHAR) VARYING LPAREN type_size RPAREN                                     # varyingCharacterType
    | NATIONAL (CHARACTER | CHAR) (LPAREN type_size RPAREN)?                                           # nationalCharacterType
    | REF object_name                                                                                   # refType
    | type_name PERCENT_SIGN anchor=(TYPE | ROWTYPE)                                                    # anchoredType
    | type_name (LPAREN type_size (COMMA type_size)? RPAREN)? (CHARACTER SET charset_name)?             # namedType
    ;

/** A built-in type keyword, or a possibly schema-qualified user type name. */
type_name
    : builtin_type_keyword
    | identifier (DOT identifier)*
    ;

builtin_type_keyword
    : NUMBER | CHAR | VARCHAR2 | VARCHAR | DATE | RAW | LONG | ROWID | INTEGER | SMALLINT | DECIMAL | FLOAT
    ;

type_size
    : (STAR | MINUS_SIGN? numeric_value) unit=(BYTE | CHAR)?
    ;

charset_name
    : identifier (PERCENT_SIGN CHARSET)?
    ;

// =============================================================================================
// Names and literals
// =============================================================================================

object_name
    : (schema=identifier DOT)? name=identifier
    ;

/** A name that is not a keyword, so that an optional name never swallows the next clause. */
plain_object_name
    : (schema=plain_identifier DOT)? name=plain_identifier
    ;

remote_object_name
    : object_name (AT_SIGN dblink_name)?
    ;

dblink_name
    : identifier (DOT identifier)*
    ;

qualified_name
    : identifier (DOT identifier)*
    ;

column_name
    : identifier (DOT identifier)*
    ;

column_list
    : column_name (COMMA column_name)*
    ;

plain_identifier
    : REGULAR_ID
    | DELIMITED_ID
    ;

literal
    : numeric_literal                                               # numberLiteral
    | string_literal                                                # stringLiteral
    | NULL_                                                         # nullLiteral
    | TRUE                                                          # trueLiteral
    | FALSE                                                         # falseLiteral
    | DATE string_literal                                           # dateLiteral
    | TIMESTAMP string_literal                                      # timestampLiteral
    | INTERVAL string_literal interval_qualifier                    # intervalLiteral
    ;

interval_qualifier
    : from=datetime_field (LPAREN numeric_value (COMMA numeric_value)? RPAREN)? (TO to=datetime_field (LPAREN numeric_value RPAREN)?)?
    ;

numeric_literal
    : UNSIGNED_INTEGER
    | DECIMAL_LITERAL
    ;

numeric_value
    : UNSIGNED_INTEGER
    | DECIMAL_LITERAL
    | SUBSTITUTION_VARIABLE
    ;

signed_number
    : (PLUS_SIGN | MINUS_SIGN)? numeric_value
    ;

string_literal
    : CHAR_STRING
    | NCHAR_STRING
    | Q_STRING
    | NQ_STRING
    ;

/** A name: quoted, unquoted, a substitution variable or a keyword that Oracle lets be a name. */
identifier
    : REGULAR_ID
    | DELIMITED_ID
    | SUBSTITUTION_VARIABLE
    | non_reserved_keyword
    | structural_keyword
    ;

/** An alias written without AS: like identifier, minus the keywords that start the next clause. */
alias_identifier
    : REGULAR_ID
    | DELIMITED_ID
    | SUBSTITUTION_VARIABLE
    | non_reserved_keyword
    ;

// Keyword lists. Every keyword of the lexer is in exactly one of them (KeywordListsTest checks).

/** Keywords that are never names unless quoted (Oracle SQL and PL/SQL reserved words, plus functions with special syntax). Still allowed after a dot. */
reserved_keyword
    : ACCESS | ADD | ALL | ALTER | AND | ANY | AS | ASC | AUDIT | BEGIN | BETWEEN | BY | CASE | CAST
    | CHAR | CHECK | CLUSTER | COLUMN | COMMENT | COMPRESS | CONNECT | CONNECT_BY_ROOT | CONSTRAINT
    | CONTINUE | CREATE | CURRENT | CURSOR | DATE | DECIMAL | DECLARE | DEFAULT | DELETE | DESC | DISTINCT
    | DROP | ELSE | ELSIF | END | EXCEPTION | EXCLUSIVE | EXISTS | EXIT | EXTRACT | FALSE | FETCH
    | FLOAT | FOR | FORALL | FROM | FUNCTION | GOTO | GRANT | GROUP | HAVING | IDENTIFIED | IF | IMMEDIATE
    | IN | INCREMENT | INDEX | INITIAL | INSERT | INTEGER | INTERSECT | INTO | IS | JSON_ARRAY | JSON_ARRAYAGG
    | JSON_EXISTS | JSON_OBJECT | JSON_OBJECTAGG | JSON_QUERY | JSON_SERIALIZE | JSON_TABLE | JSON_VALUE
    | LEVEL | LIKE | LOCK | LONG | LOOP | MAXEXTENTS | MINUS | MODE | MODIFY | MULTISET | NOAUDIT
    | NOCOMPRESS | NOT | NOWAIT | NULL_ | NUMBER | OF | ON | ONLINE | OPTION | OR | ORDER | OTHERS
    | PCTFREE | PRAGMA | PRIOR | PRIVILEGES | PROCEDURE | PUBLIC | RAISE | RAW | RENAME | RESOURCE
    | RETURN | REVOKE | ROW | ROWID | ROWNUM | ROWS | SELECT | SESSION | SET | SHARE | SIZE | SMALLINT
    | SOME | START | SUBTYPE | SYNONYM | SYSDATE | TABLE | THEN | TO | TREAT | TRIGGER | TRIM | TRUE
    | UID | UNION | UNIQUE | UPDATE | USER | VALIDATE | VALUES | VARCHAR | VARCHAR2 | VIEW | WHEN
    | WHERE | WHILE | WITH | XMLATTRIBUTES | XMLCAST | XMLCOLATTVAL | XMLELEMENT | XMLEXISTS | XMLFOREST
    | XMLNAMESPACES | XMLPARSE | XMLQUERY | XMLSERIALIZE | XMLTABLE
    ;

/** Keywords that may be names but start the next clause after a name, so they are never aliases without AS. */
structural_keyword
    : APPLY | AT | BULK | COLLATE | CROSS | ESCAPE | EXCEPT | FULL | IGNORE | INNER | JOIN | KEEP
    | LEFT | LIKE2 | LIKE4 | LIKEC | LOG | MEMBER | MODEL | NATURAL | OFFSET | OUTER | OVER | PARTITION
    | PIVOT | RESPECT | RETURNING | RIGHT | SAMPLE | SUBMULTISET | SUBPARTITION | UNPIVOT | USING
    | VERSIONS | WINDOW | WITHIN
    ;

/** Keywords that Oracle lets be names. */
non_reserved_keyword
    : ABSENT | ACCESSIBLE | ADMIN | ADMINISTER | ADVANCED | AFTER | AGGREGATE | ALLOW | ALWAYS | ANALYTIC
    | ANALYZE | ANYSCHEMA | ARCHIVAL | ARCHIVE | ARRAY | ASCII | ASSOCIATE | ATTRIBUTE | ATTRIBUTES
    | AUTHENTICATED | AUTHID | AUTO | AUTOMATIC | AUTONOMOUS_TRANSACTION | A_LETTER | BASIC | BASICFILE
    | BATCH | BEFORE | BEQUEATH | BIGFILE | BINARY | BITMAP | BLOCK | BLOCKCHAIN | BODY | BOTH | BREADTH
    | BUFFER_POOL | BUILD | BYTE | CACHE | CALL | CASCADE | CELL_FLASH_CACHE | CHARACTER | CHARSET
    | CHECKPOINT | CHUNK | CLASS | CLOB | CLONE | CLOSE | COALESCE | COLLATION | COLLECT | COLUMNS
    | COMMIT | COMMITTED | COMPACT | COMPILE | COMPLETE | COMPOUND | COMPUTATION | COMPUTE | CONDITIONAL
    | CONSTANT | CONSTRAINTS | CONSTRUCTOR | CONTAINER | CONTAINERS | CONTAINERS_DEFAULT | CONTAINER_MAP
    | CONTENT | CONTENTS | CONTEXT | CONTROLFILE | CONVERSION | COST | COUNT | CREATION | CROSSEDITION
    | CUBE | CURRENT_USER | CYCLE | DANGLING | DATA | DATABASE | DATAFILES | DAY | DB_ROLE_CHANGE
    | DDL | DECREMENT | DECRYPT | DEDUPLICATE | DEFAULTS | DEFERRABLE | DEFERRED | DEFINER | DEFINITION
    | DELEGATE | DEMAND | DENSE_RANK | DEPTH | DETERMINISTIC | DIMENSION | DIRECTORY | DIRECT_LOAD
    | DISABLE | DISALLOW | DISASSOCIATE | DISTRIBUTE | DOCUMENT | DOUBLE | DUPLICATE | DUPLICATED
    | EACH | EDITION | EDITIONABLE | EDITIONING | ELEMENT | EMPTY | ENABLE | ENCODING | ENCRYPT | ENFORCED
    | ENTITYESCAPING | ERROR | ERRORS | EVALNAME | EXCEPTIONS | EXCEPTION_INIT | EXCHANGE | EXCLUDE
    | EXECUTE | EXPLAIN | EXTEND | EXTENDED | EXTERNAL | FAST | FILESYSTEM_LIKE_LOGGING | FINAL | FIRST
    | FLASHBACK | FLASH_CACHE | FOLLOWING | FOLLOWS | FORCE | FOREIGN | FORMAT | FORWARD | FREELIST
    | FREELISTS | FREEPOOLS | GENERATED | GLOBAL | GROUPING | GROUPS | HASH | HEAP | HIDE | HIERARCHY
    | HIGH | HOUR | ID | IDENTIFIER | IDENTITY | IMMUTABLE | INCLUDE | INCLUDING | INDENT | INDEXING
    | INDEXTYPE | INDICES | INFINITE | INITIALLY | INITRANS | INLINE | INMEMORY | INSTANTIABLE | INSTEAD
    | INTERVAL | INVALIDATE | INVALIDATION | INVISIBLE | ISOLATION | ITERATE | JAVA | JSON | KEEP_DUPLICATES
    | KEY | KEYS | LANGUAGE | LAST | LATERAL | LAX | LEADING | LESS | LEVELS | LIBRARY | LIMIT | LINK
    | LIST | LOB | LOCAL | LOCATION | LOCATOR | LOCKED | LOCKING | LOGGING | LOGOFF | LOGON | LOW
    | MAIN | MAP | MAPPING | MASTER | MATCHED | MATERIALIZED | MAX | MAXSIZE | MAXTRANS | MAXVALUE
    | MEASURES | MEDIUM | MEMCOMPRESS | MEMOPTIMIZE | MERGE | METADATA | MIN | MINEXTENTS | MINING
    | MINUTE | MINVALUE | MISMATCH | MONITORING | MONTH | MOVE | MOVEMENT | MULTIVALUE | NAME | NAN
    | NATIONAL | NAV | NESTED | NEVER | NEW | NEXT | NO | NOCACHE | NOCOPY | NOCYCLE | NOENTITYESCAPING
    | NOEXTEND | NOFORCE | NOKEEP | NOLOGGING | NOMAPPING | NOMAXVALUE | NOMINVALUE | NOMONITORING
    | NONE | NONEDITIONABLE | NONSCHEMA | NOORDER | NOPARALLEL | NORELY | NOROWDEPENDENCIES | NOSCALE
    | NOSCHEMACHECK | NOSHARD | NOSORT | NOVALIDATE | NULLS | OBJECT | OFF | OID | OIDINDEX | OLD
    | OLTP | ONLY | OPAQUE | OPEN | OPERATIONS | OPERATOR | OPTIMAL | ORDINALITY | ORGANIZATION | OUT
    | OUTLINE | OVERFLOW | OVERRIDING | PACKAGE | PARALLEL | PARALLEL_ENABLE | PARAMETERS | PARENT
    | PARTIAL | PARTITIONS | PASSING | PATH | PCTINCREASE | PCTTHRESHOLD | PCTUSED | PCTVERSION | PERCENT
    | PERIOD | PERSISTABLE | PFILE | PIPE | PIPELINED | PLAN | PLUGGABLE | POINT | POLICY | POLYMORPHIC
    | PREBUILT | PRECEDES | PRECEDING | PRECISION | PRESENT | PRESERVE | PRETTY | PRIMARY | PRIORITY
    | PRIVATE | PROFILE | PURGE | QUERY | RANGE | READ | READS | RECORD | RECYCLE | REDUCED | REF
    | REFERENCE | REFERENCES | REFERENCING | REFRESH | REJECT | RELATIONAL | RELIES_ON | RELY | REPLACE
    | RESOLVE | RESTART | RESTORE | RESTRICT_REFERENCES | RESULT | RESULT_CACHE | RETENTION | REUSE
    | REVERSE | REWRITE | ROLE | ROLLBACK | ROLLUP | ROWDEPENDENCIES | ROWTYPE | RULES | SALT | SAVE
    | SAVEPOINT | SCALAR | SCALARS | SCALE | SCHEMA | SCHEMACHECK | SCN | SCOPE | SEARCH | SECOND
    | SECUREFILE | SEED | SEGMENT | SELF | SEQUENCE | SEQUENTIAL | SERIALIZABLE | SERIALLY_REUSABLE
    | SERVERERROR | SETS | SHARD | SHARDED | SHARED | SHARING | SHOW | SHRINK | SHUTDOWN | SIBLINGS
    | SINGLE | SKIP_ | SMALLFILE | SORT | SOURCE | SPACE | SPFILE | SPLIT | SQL | SQL_MACRO | STARTUP
    | STATEMENT | STATEMENT_ID | STATIC | STATISTICS | STORAGE | STORE | STRICT | SUBPARTITIONS | SUBSTITUTABLE
    | SUPPLEMENTAL | SUSPEND | SYSTEM | TABLESPACE | TEMPLATE | TEMPORARY | THAN | TIES | TIME | TIMESTAMP
    | TIMEZONE_ABBR | TIMEZONE_HOUR | TIMEZONE_MINUTE | TIMEZONE_REGION | TRAILING | TRANSACTION | TRANSLATION
    | TRIGGERS | TRUNCATE | TRUSTED | TYPE | UNBOUNDED | UNCONDITIONAL | UNDER | UNDO | UNLIMITED
    | UNPLUG | UNTIL | UNUSABLE | UNUSED | UPDATED | UPSERT | USE | VALUE | VARRAY | VARYING | VERSION
    | VIRTUAL | VISIBLE | WAIT | WELLFORMED | WITHOUT | WORK | WRAPPER | WRITE | XML | XMLSCHEMA | XMLTYPE
    | YEAR | ZONE
    ;
