/*
 * T-SQL parser for Godwit, written from Microsoft's Transact-SQL reference.
 *
 * One batch at a time: the script layer (io.godwit.dialect.sqlserver.script) splits scripts on
 * GO lines and hands each batch to the `batch` rule.
 *
 * Shape, for the visitors that lower this tree:
 *  - `batch` holds a routine definition (CREATE/ALTER PROCEDURE or TRIGGER, whose body runs to
 *    the end of the batch), or a statement list, optionally led by a procedure call without EXEC.
 *  - `statement` has one alternative per statement rule; every clause has its own rule.
 *  - `expression` is the scalar expression rule (precedence climbing, labelled alternatives);
 *    `searchCondition` is the boolean rule (comparisons and predicates, then NOT, AND, OR).
 *    T-SQL has no boolean values, so a condition only appears where the language expects one
 *    (WHERE, ON, HAVING, IF, WHILE, WHEN, IIF, CHECK), and `SELECT a = b` is an alias.
 *  - Names are `qualifiedName` (1 to 4 parts, `db..name` allowed) over `identifier`, which
 *    takes plain, [bracketed], "quoted" and #temp names and every non-reserved keyword.
 */
parser grammar TSqlParser;

options { tokenVocab = TSqlLexer; }

// The rules live in imports/, one file per area; the generated parser is one class.
import TSqlExpressions, TSqlQueries, TSqlProcedural, TSqlTables, TSqlObjects;

// =============================================================================================
// Batches and statements
// =============================================================================================

batch
  : SEMI* routineDefinition EOF                                           # routineBatch
  | implicitExecute statementList EOF                                     # implicitExecuteBatch
  | statementList EOF                                                     # statementBatch
  ;

statementList
  : SEMI* (statement SEMI*)*
  ;

statement
  : dmlStatement
  | declareStatement
  | setStatement
  | ifStatement
  | whileStatement
  | tryCatchStatement
  | transactionStatement
  | blockStatement
  | executeStatement
  | printStatement
  | returnStatement
  | breakStatement
  | continueStatement
  | gotoStatement
  | labelStatement
  | waitforStatement
  | raiserrorStatement
  | throwStatement
  | cursorStatement
  | useStatement
  | createTableStatement
  | alterTableStatement
  | createIndexStatement
  | alterIndexStatement
  | createViewStatement
  | createFunctionStatement
  | createSequenceStatement
  | alterSequenceStatement
  | createSynonymStatement
  | createTypeStatement
  | createSchemaStatement
  | alterSchemaStatement
  | partitionStatement
  | dropStatement
  | permissionStatement
  | securityStatement
  | truncateTableStatement
  | statisticsStatement
  | dbccStatement
  | backupStatement
  | databaseStatement
  | enableTriggerStatement
  | bulkInsertStatement
  | serverStatement
  ;

// =============================================================================================
// Script noise: USE, SET options
// =============================================================================================

useStatement
  : USE identifier
  ;

setStatement
  : SET VARIABLE EQUAL cursorDefinition                                   # setCursorVariable
  | SET VARIABLE assignmentOperator expression                            # setVariable
  | SET VARIABLE DOT method=identifier LPAREN expressionList? RPAREN      # setVariableMethod
  | SET TRANSACTION ISOLATION LEVEL isolationLevel                        # setTransactionIsolation
  | SET IDENTITY_INSERT qualifiedName (ON | OFF)                          # setIdentityInsert
  | SET STATISTICS identifier (COMMA identifier)* (ON | OFF)              # setStatistics
  | SET setOptionName (COMMA setOptionName)* (ON | OFF)                   # setOnOff
  | SET setOptionName setOptionValue                                      # setOptionWithValue
  ;

setOptionName
  : identifier
  ;

setOptionValue
  : signedNumber
  | STRING
  | BINARY
  | VARIABLE
  | identifier
  ;

isolationLevel
  : identifier+                      // READ UNCOMMITTED, READ COMMITTED, REPEATABLE READ, SNAPSHOT, SERIALIZABLE
  ;

// =============================================================================================
// Names, types, literals
// =============================================================================================

// A name of 1 to 4 parts: server.database.schema.object; `db..object` leaves the schema out.
qualifiedName
  : identifier (DOT DOT? identifier)*
  ;

identifier
  : ID
  | BRACKET_NAME
  | QUOTED_NAME
  | TEMP_NAME
  | nonReservedKeyword
  ;

// A name that is never a keyword: labels, savepoints, procedure calls without EXEC.
simpleName
  : ID
  | BRACKET_NAME
  | QUOTED_NAME
  | TEMP_NAME
  ;

dataType
  : qualifiedName VARYING? typeArguments?                                 # namedType
  | NATIONAL identifier VARYING? typeArguments?                           # nationalType
  | DOUBLE PRECISION                                                      # doublePrecisionType
  ;

typeArguments
  : LPAREN typeArgument (COMMA typeArgument)* RPAREN
  ;

// varchar(20), decimal(18, 2), varchar(max), xml(CONTENT dbo.schema_collection)
typeArgument
  : INTEGER
  | identifier qualifiedName?
  ;

literal
  : STRING
  | INTEGER
  | DECIMAL
  | REAL
  | MONEY
  | BINARY
  | NULL
  ;

signedNumber
  : (PLUS | MINUS)? (INTEGER | DECIMAL | REAL | MONEY)
  ;

// Keywords SQL Server does not reserve: usable as names.
nonReservedKeyword
  : ABSOLUTE | ACTION | AFTER | ALWAYS | APPLY | AT | ATOMIC
  | CACHE | CALLER | CAST | CATCH | COLUMNSTORE | CUBE | CYCLE
  | DELAY | DISABLE | ENABLE | FILESTREAM | FILESTREAM_ON | FIRST | FOLLOWING
  | GENERATED | GLOBAL | GROUPING | HIDDEN_ | IIF | INCLUDE | INCREMENT | INSTEAD | ISOLATION
  | JSON | LANGUAGE | LAST | LEVEL | LOGIN | MASKED | MATCHED | MAXVALUE | MINVALUE
  | NAME | NEXT | NO | NODES | OFFSET | ONLY | OPENJSON | OUT | OUTPUT | OWNER
  | PARSE | PARTITION | PERIOD | PERSISTED | PRECEDING | PRIOR
  | RANGE | READONLY | RELATIVE | RESTART | RETURNS | ROLE | ROLLUP | ROW | ROWS
  | SELF | SEQUENCE | SERVER | SETS | SOURCE | SPARSE | START | SYNONYM | SYSTEM_TIME
  | TARGET | TEXTIMAGE_ON | TIES | TIME | TRY | TRY_CAST | TRY_PARSE | TYPE
  | UNBOUNDED | USING | VALUE | WITHIN | WORK | XML | XMLNAMESPACES | ZONE
  | NOEXPAND | NOLOCK | NOWAIT | PAGLOCK | READCOMMITTED | READPAST | READUNCOMMITTED
  | REPEATABLEREAD | ROWLOCK | SERIALIZABLE | TABLOCK | TABLOCKX | UPDLOCK | XLOCK
  ;
