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

// =============================================================================================
// Expressions
// =============================================================================================

// Scalar expressions. Precedence, highest first: postfix (method call, COLLATE, AT TIME ZONE),
// unary + - ~, then * / %, then + - & ^ | (T-SQL puts these on one level; + is addition or
// string concatenation, decided by the operand types during lowering).
expression
  : literal                                                               # literalExpr
  | VARIABLE                                                              # variableExpr
  | VARIABLE DOT property=identifier                                      # variablePropertyExpr
  | SYSTEM_VARIABLE                                                       # systemVariableExpr
  | DOLLAR_NAME                                                           # pseudoColumnExpr
  | name=(CURRENT_TIMESTAMP | CURRENT_USER | SESSION_USER | SYSTEM_USER | USER)
                                                                          # niladicFunctionExpr
  | kind=(CAST | TRY_CAST) LPAREN expression AS dataType RPAREN           # castExpr
  | kind=(CONVERT | TRY_CONVERT) LPAREN dataType COMMA expression (COMMA style=expression)? RPAREN
                                                                          # convertExpr
  | kind=(PARSE | TRY_PARSE) LPAREN expression AS dataType (USING culture=expression)? RPAREN
                                                                          # parseExpr
  | IIF LPAREN searchCondition COMMA whenTrue=expression COMMA whenFalse=expression RPAREN
                                                                          # iifExpr
  | NEXT VALUE FOR qualifiedName overClause?                              # nextValueForExpr
  | IDENTITY LPAREN dataType (COMMA seed=signedNumber COMMA step=signedNumber)? RPAREN
                                                                          # identityFunctionExpr
  | caseExpression                                                        # caseExpr
  | functionCall                                                          # functionCallExpr
  | qualifiedName DOUBLE_COLON identifier (LPAREN expressionList? RPAREN)?
                                                                          # staticMethodExpr
  | qualifiedName                                                         # columnExpr
  | LPAREN expression RPAREN                                              # parenthesizedExpr
  | LPAREN subquery RPAREN                                                # subqueryExpr
  | odbcEscape                                                            # odbcEscapeExpr
  | expression DOT method=identifier LPAREN expressionList? RPAREN        # methodCallExpr
  | expression COLLATE collation=identifier                               # collateExpr
  | expression AT TIME ZONE expression                                    # atTimeZoneExpr
  | op=(PLUS | MINUS | TILDE) expression                                  # unaryExpr
  | expression op=(STAR | SLASH | PERCENT_SIGN) expression                # multiplicativeExpr
  | expression op=(PLUS | MINUS | AMPERSAND | CARET | PIPE) expression    # additiveExpr
  ;

expressionList
  : expression (COMMA expression)*
  ;

// name(args) [WITHIN GROUP (ORDER BY ...)] [OVER (...)]; also aggregates, window functions,
// table-valued functions and xml methods on columns (t.col.value('...', 'int')).
functionCall
  : functionName LPAREN functionArguments? RPAREN withinGroup? overClause?
  ;

functionName
  : qualifiedName
  | LEFT
  | RIGHT
  | COALESCE
  | NULLIF
  ;

functionArguments
  : STAR                                                                  # starArguments
  | quantifier=(ALL | DISTINCT)? expression (COMMA expression)*           # valueArguments
  | trimSpec=identifier? characters=expression FROM expression            # trimArguments
  ;

withinGroup
  : WITHIN GROUP LPAREN orderByClause RPAREN
  ;

overClause
  : OVER LPAREN (PARTITION BY expressionList)? orderByClause? windowFrame? RPAREN
  | OVER identifier
  ;

windowFrame
  : unit=(ROWS | RANGE) (BETWEEN frameBound AND frameBound | frameBound)
  ;

frameBound
  : UNBOUNDED direction=(PRECEDING | FOLLOWING)
  | CURRENT ROW
  | expression direction=(PRECEDING | FOLLOWING)
  ;

caseExpression
  : CASE operand=expression simpleWhen+ (ELSE elseValue=expression)? END  # simpleCase
  | CASE searchedWhen+ (ELSE elseValue=expression)? END                   # searchedCase
  ;

simpleWhen
  : WHEN expression THEN expression
  ;

searchedWhen
  : WHEN searchCondition THEN expression
  ;

// ODBC escapes: {fn UCASE(x)}, {d '2024-01-31'}, {ts '2024-01-31 10:00:00'}
odbcEscape
  : LBRACE kind=identifier (STRING | functionCall) RBRACE
  ;

// =============================================================================================
// Search conditions (boolean)
// =============================================================================================

// Precedence, highest first: predicates, NOT, AND, OR.
searchCondition
  : NOT searchCondition                                                   # notCondition
  | searchCondition AND searchCondition                                   # andCondition
  | searchCondition OR searchCondition                                    # orCondition
  | EXISTS LPAREN subquery RPAREN                                         # existsCondition
  | expression comparisonOperator expression                              # comparisonCondition
  | expression comparisonOperator quantifier=(ALL | SOME | ANY) LPAREN subquery RPAREN
                                                                          # quantifiedCondition
  | expression NOT? BETWEEN low=expression AND high=expression            # betweenCondition
  | expression NOT? IN LPAREN (subquery | expressionList) RPAREN          # inCondition
  | expression NOT? LIKE pattern=expression (ESCAPE escape=expression)?   # likeCondition
  | expression IS NOT? NULL                                               # isNullCondition
  | expression IS NOT? DISTINCT FROM expression                           # isDistinctFromCondition
  | kind=(CONTAINS | FREETEXT) LPAREN fullTextColumns COMMA expression (COMMA LANGUAGE expression)? RPAREN
                                                                          # fullTextCondition
  | UPDATE LPAREN identifier RPAREN                                       # updatedColumnCondition
  | LPAREN searchCondition RPAREN                                         # parenthesizedCondition
  ;

comparisonOperator
  : EQUAL | NOT_EQUAL | BANG_EQUAL | LESS | LESS_EQUAL | GREATER | GREATER_EQUAL
  | NOT_LESS | NOT_GREATER
  ;

fullTextColumns
  : STAR
  | qualifiedName
  | LPAREN qualifiedName (COMMA qualifiedName)* RPAREN
  ;

// =============================================================================================
// Queries
// =============================================================================================

// A query that may carry CTEs: view bodies, cursor queries, inline function bodies.
// (At statement level the WITH belongs to dmlStatement, so that the parser knows which
// statement follows the CTEs without looking past them.)
selectStatement
  : withClause? select
  ;

select
  : queryExpression orderByClause? offsetFetchClause? forClause? optionClause?
  ;

// A query inside an expression, a derived table, a CTE, EXISTS or IN.
subquery
  : queryExpression orderByClause? offsetFetchClause? forClause?
  ;

withClause
  : WITH (xmlNamespaces COMMA?)? commonTableExpression (COMMA commonTableExpression)*
  | WITH xmlNamespaces
  ;

xmlNamespaces
  : XMLNAMESPACES LPAREN xmlNamespace (COMMA xmlNamespace)* RPAREN
  ;

xmlNamespace
  : STRING AS identifier
  | DEFAULT STRING
  ;

commonTableExpression
  : name=identifier columnAliases? AS LPAREN subquery RPAREN
  ;

// INTERSECT binds tighter than UNION and EXCEPT.
queryExpression
  : querySpecification                                                    # querySpecificationQuery
  | LPAREN queryExpression orderByClause? offsetFetchClause? RPAREN       # parenthesizedQuery
  | queryExpression INTERSECT queryExpression                             # intersectQuery
  | queryExpression op=(UNION | EXCEPT) ALL? queryExpression              # unionQuery
  ;

querySpecification
  : SELECT quantifier=(ALL | DISTINCT)? topClause? selectList intoClause? fromClause?
    whereClause? groupByClause? havingClause?
  ;

topClause
  : TOP (LPAREN expression RPAREN | INTEGER | DECIMAL) PERCENT? (WITH TIES)?
  ;

selectList
  : selectItem (COMMA selectItem)*
  ;

selectItem
  : STAR                                                                  # selectStar
  | qualifiedName DOT STAR                                                # selectQualifiedStar
  | VARIABLE assignmentOperator expression                                # selectVariableAssignment
  | columnAlias EQUAL expression                                          # selectAliasFirst
  | expression (AS? columnAlias)?                                         # selectExpression
  ;

columnAlias
  : identifier
  | STRING
  ;

assignmentOperator
  : EQUAL | PLUS_ASSIGN | MINUS_ASSIGN | MULT_ASSIGN | DIV_ASSIGN | MOD_ASSIGN
  | AND_ASSIGN | XOR_ASSIGN | OR_ASSIGN
  ;

intoClause
  : INTO qualifiedName (ON identifier)?
  ;

fromClause
  : FROM tableSource (COMMA tableSource)*
  ;

whereClause
  : WHERE searchCondition
  ;

groupByClause
  : GROUP BY ALL? groupByItem (COMMA groupByItem)* (WITH kind=(ROLLUP | CUBE))?
  ;

groupByItem
  : kind=(ROLLUP | CUBE) LPAREN groupingElement (COMMA groupingElement)* RPAREN
  | GROUPING SETS LPAREN groupingElement (COMMA groupingElement)* RPAREN
  | LPAREN RPAREN
  | expression
  ;

groupingElement
  : LPAREN RPAREN
  | LPAREN expression (COMMA expression)+ RPAREN
  | expression
  ;

havingClause
  : HAVING searchCondition
  ;

orderByClause
  : ORDER BY orderByItem (COMMA orderByItem)*
  ;

orderByItem
  : expression direction=(ASC | DESC)?
  ;

offsetFetchClause
  : OFFSET offset=expression (ROW | ROWS) (FETCH (FIRST | NEXT) fetch=expression (ROW | ROWS) ONLY)?
  ;

// FOR XML RAW|AUTO|EXPLICIT|PATH ['name'] [, TYPE] [, ROOT('r')] [, ELEMENTS XSINIL] ...
// FOR JSON PATH|AUTO [, ROOT('r')] [, INCLUDE_NULL_VALUES] [, WITHOUT_ARRAY_WRAPPER]
forClause
  : FOR XML xmlMode=identifier (LPAREN STRING RPAREN)? (COMMA forDirective)*  # forXmlClause
  | FOR JSON jsonMode=identifier (COMMA forDirective)*                        # forJsonClause
  | FOR BROWSE                                                            # forBrowseClause
  ;

forDirective
  : identifier identifier? (LPAREN STRING RPAREN)?
  ;

optionClause
  : OPTION LPAREN queryHint (COMMA queryHint)* RPAREN
  ;

queryHint
  : identifier FOR (identifier | LPAREN optimizeForValue (COMMA optimizeForValue)* RPAREN)
                                                                          # optimizeForHint
  | USE identifier LPAREN STRING (COMMA STRING)* RPAREN                   # useHint
  | USE identifier STRING                                                 # usePlanHint
  | TABLE identifier LPAREN qualifiedName (COMMA tableHint)* RPAREN       # tableHintHint
  | hintWord+ (EQUAL? (signedNumber | STRING))?                           # simpleHint
  ;

optimizeForValue
  : VARIABLE (EQUAL (literal | signedNumber) | identifier)
  ;

hintWord
  : identifier | MERGE | UNION | GROUP | ORDER | JOIN
  ;

// =============================================================================================
// Table sources
// =============================================================================================

// A table source and the joins, APPLYs and PIVOTs applied to it, left to right. The right side
// of a JOIN may itself hold joins: `a JOIN b JOIN c ON c.k = b.k ON b.k = a.k`.
tableSource
  : tableSourceItem joinPart*
  ;

joinPart
  : joinType? JOIN tableSource ON searchCondition                         # qualifiedJoin
  | CROSS JOIN tableSourceItem                                            # crossJoin
  | kind=(CROSS | OUTER) APPLY tableSourceItem                            # applyJoin
  | PIVOT LPAREN functionCall FOR pivotColumn=qualifiedName IN columnAliases RPAREN tableAlias
                                                                          # pivotJoin
  | UNPIVOT LPAREN valueColumn=identifier FOR nameColumn=identifier IN columnAliases RPAREN
    tableAlias                                                            # unpivotJoin
  ;

joinType
  : (INNER | kind=(LEFT | RIGHT | FULL) OUTER?) joinHint=(ID | MERGE)?
  ;

tableSourceItem
  : qualifiedName temporalClause? tableAlias? tableSample? tableHints?    # namedTable
  | qualifiedName tableAlias? LPAREN legacyTableHint (COMMA legacyTableHint)* RPAREN
                                                                          # legacyHintedTable
  | rowsetFunction tableAlias? columnAliases?                             # rowsetTable
  | functionCall tableAlias? columnAliases?                               # functionTable
  | VARIABLE DOT method=identifier LPAREN expressionList RPAREN tableAlias columnAliases?
                                                                          # variableMethodTable
  | VARIABLE tableAlias?                                                  # variableTable
  | LPAREN subquery RPAREN tableAlias? columnAliases?                     # derivedTable
  | LPAREN VALUES valueRow (COMMA valueRow)* RPAREN tableAlias columnAliases?
                                                                          # valuesTable
  | LPAREN tableSource RPAREN                                             # parenthesizedTableSource
  ;

tableAlias
  : AS? identifier
  ;

columnAliases
  : LPAREN identifier (COMMA identifier)* RPAREN
  ;

// FOR SYSTEM_TIME AS OF ... | FROM ... TO ... | BETWEEN ... AND ... | CONTAINED IN (...) | ALL
temporalClause
  : FOR SYSTEM_TIME (AS OF expression
                    | FROM expression TO expression
                    | BETWEEN expression AND expression
                    | identifier IN LPAREN expression COMMA expression RPAREN
                    | ALL)
  ;

tableSample
  : TABLESAMPLE identifier? LPAREN expression (PERCENT | ROWS)? RPAREN
    (identifier LPAREN expression RPAREN)?
  ;

tableHints
  : WITH LPAREN tableHint (COMMA? tableHint)* RPAREN
  ;

tableHint
  : INDEX (LPAREN indexReference (COMMA indexReference)* RPAREN | EQUAL indexReference)
  | HOLDLOCK
  | identifier (LPAREN tableHintArgument (COMMA tableHintArgument)* RPAREN)?
  | identifier EQUAL signedNumber
  ;

indexReference
  : identifier
  | INTEGER
  ;

tableHintArgument
  : identifier (LPAREN identifier (COMMA identifier)* RPAREN)?
  | INTEGER
  ;

legacyTableHint
  : HOLDLOCK | NOEXPAND | NOLOCK | NOWAIT | PAGLOCK | READCOMMITTED | READPAST
  | READUNCOMMITTED | REPEATABLEREAD | ROWLOCK | SERIALIZABLE | TABLOCK | TABLOCKX | UPDLOCK
  | XLOCK
  ;

valueRow
  : LPAREN valueItem (COMMA valueItem)* RPAREN
  ;

valueItem
  : DEFAULT
  | expression
  ;

// OPENJSON, OPENXML and OPENROWSET have their own argument syntax; OPENQUERY, OPENDATASOURCE,
// CONTAINSTABLE, STRING_SPLIT and user functions are plain function calls.
rowsetFunction
  : OPENJSON LPAREN expression (COMMA path=expression)? RPAREN
    (WITH LPAREN rowsetColumn (COMMA rowsetColumn)* RPAREN)?              # openJson
  | OPENXML LPAREN expression COMMA expression (COMMA expression)? RPAREN
    (WITH (LPAREN rowsetColumn (COMMA rowsetColumn)* RPAREN | qualifiedName))?
                                                                          # openXml
  | OPENROWSET LPAREN openRowsetArgument (COMMA openRowsetArgument)* RPAREN
                                                                          # openRowset
  ;

rowsetColumn
  : identifier dataType STRING? (AS JSON)?
  ;

openRowsetArgument
  : BULK STRING
  | identifier EQUAL (literal | signedNumber | identifier)
  | expression (SEMI expression)*
  ;

// =============================================================================================
// Data manipulation
// =============================================================================================

dmlStatement
  : withClause? (select | insertStatement | updateStatement | deleteStatement | mergeStatement)
  ;

insertStatement
  : INSERT topClause? INTO? dmlTarget columnList? outputClause? insertSource
  ;

insertSource
  : VALUES valueRow (COMMA valueRow)* optionClause?                       # valuesInsertSource
  | select                                                                # selectInsertSource
  | executeStatement                                                      # executeInsertSource
  | DEFAULT VALUES                                                        # defaultValuesInsertSource
  ;

// The table a DML statement changes: a name (or an alias from its FROM clause), a table
// variable, or OPENROWSET/OPENJSON/OPENXML.
dmlTarget
  : qualifiedName tableHints?
  | VARIABLE
  | rowsetFunction
  ;

columnList
  : LPAREN identifier (COMMA identifier)* RPAREN
  ;

updateStatement
  : UPDATE topClause? dmlTarget SET updateSetItem (COMMA updateSetItem)* outputClause?
    fromClause? dmlWhereClause? optionClause?
  ;

// col = v, col += v, @v = v, @v = col = v, col.WRITE(...) / xmlcol.modify(...) (the method is
// the last part of the name).
updateSetItem
  : VARIABLE EQUAL qualifiedName assignmentOperator expression            # setVariableAndColumn
  | VARIABLE assignmentOperator expression                                # setVariableItem
  | qualifiedName assignmentOperator (DEFAULT | expression)               # setColumnItem
  | qualifiedName LPAREN expressionList? RPAREN                           # setMethodItem
  ;

deleteStatement
  : DELETE topClause? FROM? dmlTarget outputClause? fromClause? dmlWhereClause? optionClause?
  ;

dmlWhereClause
  : WHERE searchCondition
  | WHERE CURRENT OF GLOBAL? (identifier | VARIABLE)
  ;

mergeStatement
  : MERGE topClause? INTO? dmlTarget tableAlias? USING tableSource ON searchCondition
    mergeWhenClause+ outputClause? optionClause?
  ;

mergeWhenClause
  : WHEN MATCHED (AND searchCondition)? THEN mergeMatchedAction           # whenMatched
  | WHEN NOT MATCHED (BY TARGET)? (AND searchCondition)? THEN mergeInsertAction
                                                                          # whenNotMatchedByTarget
  | WHEN NOT MATCHED BY SOURCE (AND searchCondition)? THEN mergeMatchedAction
                                                                          # whenNotMatchedBySource
  ;

mergeMatchedAction
  : UPDATE SET updateSetItem (COMMA updateSetItem)*
  | DELETE
  ;

mergeInsertAction
  : INSERT columnList? (VALUES valueRow | DEFAULT VALUES)
  ;

// OUTPUT inserted.*, deleted.col, $action [INTO @t | table (cols)] [OUTPUT ...]
outputClause
  : OUTPUT selectItem (COMMA selectItem)*
    (INTO (qualifiedName | VARIABLE) columnList? (OUTPUT selectItem (COMMA selectItem)*)?)?
  ;

// =============================================================================================
// Procedural statements
// =============================================================================================

// EXEC proc args | EXEC @rc = proc args | EXEC (@sql) | EXEC ('...' + @x) AT server
// | EXECUTE AS USER = '...'
executeStatement
  : (EXEC | EXECUTE) (returnStatus=VARIABLE EQUAL)? procedureReference executeArguments?
    executeWith?                                                          # executeProcedure
  | (EXEC | EXECUTE) LPAREN expression (COMMA expression)* RPAREN
    (AS kind=(LOGIN | USER) EQUAL STRING)? (AT identifier)?               # executeDynamic
  | (EXEC | EXECUTE) AS executionContext (WITH NO REVERT | WITH identifier INTO VARIABLE)?
                                                                          # executeAsStatement
  ;

// A procedure call without EXEC: allowed only as the first statement of a batch.
implicitExecute
  : simpleName (DOT DOT? identifier)* executeArguments? executeWith?
  ;

procedureReference
  : qualifiedName (SEMI INTEGER)?
  | VARIABLE
  ;

executeArguments
  : executeArgument (COMMA executeArgument)*
  ;

executeArgument
  : (parameter=VARIABLE EQUAL)? (DEFAULT | expression) (OUTPUT | OUT)?
  ;

// WITH RECOMPILE | WITH RESULT SETS NONE | UNDEFINED | ((col type, ...), ...)
executeWith
  : WITH executeOption (COMMA executeOption)*
  ;

executeOption
  : identifier (identifier (identifier | LPAREN resultSetDefinition (COMMA resultSetDefinition)* RPAREN))?
  ;

resultSetDefinition
  : LPAREN identifier dataType (NOT? NULL)? (COMMA identifier dataType (NOT? NULL)?)* RPAREN
  ;

executionContext
  : CALLER | SELF | OWNER | STRING | kind=(LOGIN | USER) EQUAL STRING
  ;

declareStatement
  : DECLARE declareVariable (COMMA declareVariable)*                      # declareVariables
  | DECLARE VARIABLE AS? TABLE LPAREN tableElement (COMMA tableElement)* COMMA? RPAREN
                                                                          # declareTableVariable
  | DECLARE cursorName=identifier cursorDefinition                        # declareCursor
  ;

declareVariable
  : VARIABLE AS? dataType (EQUAL expression)?
  | VARIABLE AS? CURSOR
  ;

// [INSENSITIVE] [SCROLL] CURSOR [LOCAL|GLOBAL] [FORWARD_ONLY|SCROLL] [STATIC|KEYSET|DYNAMIC|
// FAST_FORWARD] [READ_ONLY|SCROLL_LOCKS|OPTIMISTIC] [TYPE_WARNING] FOR select
// [FOR READ ONLY | FOR UPDATE [OF col, ...]]
cursorDefinition
  : isoOptions+=identifier* CURSOR cursorOptions+=identifier* FOR selectStatement
    (FOR (readOnly=identifier ONLY | UPDATE (OF identifier (COMMA identifier)*)?))?
  ;

printStatement
  : PRINT expression
  ;

ifStatement
  : IF searchCondition thenStatement=statement (SEMI* ELSE elseStatement=statement)?
  ;

whileStatement
  : WHILE searchCondition statement
  ;

blockStatement
  : BEGIN statementList END
  | BEGIN ATOMIC WITH LPAREN atomicOption (COMMA atomicOption)* RPAREN statementList END
  ;

// BEGIN ATOMIC options of natively compiled procedures
atomicOption
  : TRANSACTION ISOLATION LEVEL EQUAL identifier
  | optionItem
  ;

tryCatchStatement
  : BEGIN TRY tryBody=statementList END TRY SEMI* BEGIN CATCH catchBody=statementList END CATCH
  ;

breakStatement
  : BREAK
  ;

continueStatement
  : CONTINUE
  ;

gotoStatement
  : GOTO simpleName
  ;

labelStatement
  : simpleName COLON
  ;

returnStatement
  : RETURN expression?
  ;

waitforStatement
  : WAITFOR kind=(DELAY | TIME) expression
  ;

// RAISERROR (msg, severity, state [, args]) [WITH LOG|NOWAIT|SETERROR]; RAISERROR 50001 'text'
raiserrorStatement
  : RAISERROR LPAREN message=expression COMMA severity=expression COMMA state=expression
    (COMMA expression)* RPAREN (WITH identifier (COMMA identifier)*)?      # raiserrorCall
  | RAISERROR (INTEGER | VARIABLE) (STRING | VARIABLE)                     # raiserrorLegacy
  ;

throwStatement
  : THROW (number=expression COMMA message=expression COMMA state=expression)?
  ;

transactionStatement
  : BEGIN DISTRIBUTED? (TRAN | TRANSACTION) (transactionName (WITH identifier STRING?)?)?
                                                                          # beginTransaction
  | COMMIT (TRAN | TRANSACTION | WORK)? transactionName?
    (WITH LPAREN identifier EQUAL (ON | OFF) RPAREN)?                      # commitTransaction
  | ROLLBACK (TRAN | TRANSACTION | WORK)? transactionName?                 # rollbackTransaction
  | SAVE (TRAN | TRANSACTION) transactionName                             # saveTransaction
  ;

transactionName
  : simpleName
  | VARIABLE
  ;

cursorStatement
  : OPEN GLOBAL? cursorReference                                          # openCursor
  | CLOSE GLOBAL? cursorReference                                         # closeCursor
  | DEALLOCATE GLOBAL? cursorReference                                    # deallocateCursor
  | FETCH (fetchDirection? FROM)? GLOBAL? cursorReference (INTO VARIABLE (COMMA VARIABLE)*)?
                                                                          # fetchCursor
  ;

fetchDirection
  : NEXT | PRIOR | FIRST | LAST
  | kind=(ABSOLUTE | RELATIVE) expression
  ;

cursorReference
  : identifier
  | VARIABLE
  ;

// =============================================================================================
// Tables, constraints, indexes
// =============================================================================================

createTableStatement
  : CREATE TABLE qualifiedName LPAREN tableElement (COMMA tableElement)* COMMA? RPAREN tableOption*
  ;

tableElement
  : columnDefinition                                                      # columnElement
  | tableConstraint                                                       # constraintElement
  | tableIndex                                                            # indexElement
  | PERIOD FOR SYSTEM_TIME LPAREN startColumn=identifier COMMA endColumn=identifier RPAREN
                                                                          # periodElement
  ;

// A column with a type, or a computed column (name AS expression [PERSISTED]).
columnDefinition
  : name=identifier (dataType | AS computed=expression) columnOption*
  ;

columnOption
  : NOT? NULL                                                             # nullOption
  | IDENTITY (LPAREN seed=signedNumber COMMA step=signedNumber RPAREN)? (NOT FOR REPLICATION)?
                                                                          # identityOption
  | (CONSTRAINT constraintName=identifier)? columnConstraint              # constraintOption
  | COLLATE collation=identifier                                          # collateOption
  | GENERATED ALWAYS AS (ROW | identifier) (START | END) HIDDEN_?          # generatedOption
  | MASKED WITH LPAREN FUNCTION EQUAL STRING RPAREN                        # maskedOption
  | INDEX identifier (CLUSTERED | NONCLUSTERED)? indexOptions? onStorage? # inlineIndexOption
  | flag=(ROWGUIDCOL | SPARSE | FILESTREAM | PERSISTED | HIDDEN_)          # flagOption
  | identifier FOR identifier                                             # columnSetOption
  | identifier WITH LPAREN optionItem (COMMA optionItem)* RPAREN          # encryptedOption
  ;

columnConstraint
  : kind=(PRIMARY | UNIQUE) KEY? clustering=(CLUSTERED | NONCLUSTERED)? indexOptions? onStorage?
                                                                          # columnKeyConstraint
  | (FOREIGN KEY)? REFERENCES qualifiedName (LPAREN identifier RPAREN)? referentialAction*
    (NOT FOR REPLICATION)?                                                # columnForeignKey
  | CHECK (NOT FOR REPLICATION)? LPAREN searchCondition RPAREN            # columnCheck
  | DEFAULT expression (WITH VALUES)?                                     # columnDefault
  ;

tableConstraint
  : (CONSTRAINT constraintName=identifier)? tableConstraintBody
  ;

tableConstraintBody
  : kind=(PRIMARY | UNIQUE) KEY? clustering=(CLUSTERED | NONCLUSTERED)?
    LPAREN indexColumn (COMMA indexColumn)* RPAREN indexOptions? onStorage?
                                                                          # tableKeyConstraint
  | FOREIGN KEY columnList REFERENCES qualifiedName columnList? referentialAction*
    (NOT FOR REPLICATION)?                                                # tableForeignKey
  | CHECK (NOT FOR REPLICATION)? LPAREN searchCondition RPAREN            # tableCheck
  | DEFAULT expression FOR column=identifier (WITH VALUES)?               # tableDefault
  ;

referentialAction
  : ON event=(DELETE | UPDATE) (NO ACTION | CASCADE | SET NULL | SET DEFAULT)
  ;

indexColumn
  : identifier direction=(ASC | DESC)?
  ;

// INDEX name [UNIQUE] [CLUSTERED|NONCLUSTERED] [COLUMNSTORE] (cols) ... inside CREATE TABLE
tableIndex
  : INDEX name=identifier UNIQUE? clustering=(CLUSTERED | NONCLUSTERED)? COLUMNSTORE?
    (LPAREN indexColumn (COMMA indexColumn)* RPAREN)? includeColumns? (WHERE searchCondition)?
    indexOptions? onStorage?
  ;

includeColumns
  : INCLUDE LPAREN identifier (COMMA identifier)* RPAREN
  ;

tableOption
  : onStorage                                                             # filegroupTableOption
  | TEXTIMAGE_ON storageTarget                                            # textImageTableOption
  | FILESTREAM_ON storageTarget                                           # filestreamTableOption
  | WITH optionList                                                       # withTableOption
  | AS identifier                                                         # tableKindOption
  ;

// ON [PRIMARY] | ON partition_scheme(column) | ON "default"
onStorage
  : ON storageTarget
  ;

storageTarget
  : identifier (LPAREN identifier RPAREN)?
  | PRIMARY
  | DEFAULT
  ;

// WITH (PAD_INDEX = OFF, ...) or the old WITH FILLFACTOR = 90, PAD_INDEX
indexOptions
  : WITH optionList
  | WITH optionItem (COMMA optionItem)*
  ;

// (NAME = value, ...): PAD_INDEX = OFF, DATA_COMPRESSION = PAGE ON PARTITIONS (1, 3 TO 5),
// SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.t_history), ONLINE = ON (WAIT_AT_LOW_PRIORITY (...))
optionList
  : LPAREN optionListItem (COMMA optionListItem)* RPAREN
  ;

optionListItem
  : optionItem
  | signedNumber (TO signedNumber)?
  ;

optionItem
  : optionName (EQUAL optionValue | optionList)?
  ;

optionName
  : identifier
  | PRIMARY
  | DEFAULT
  ;

optionValue
  : optionAtom+ optionList?
  ;

optionAtom
  : ON | OFF | DEFAULT | ALL | PRIMARY | FULL | NONCLUSTERED | CLUSTERED | signedNumber
  | PERCENT_SIGN | STRING | BINARY | qualifiedName
  ;

alterTableStatement
  : ALTER TABLE qualifiedName alterTableAction
  ;

alterTableAction
  : (WITH check=(CHECK | NOCHECK))? ADD alterTableAddItem (COMMA alterTableAddItem)*
                                                                          # addToTable
  | ALTER COLUMN identifier (dataType columnOption* | kind=(ADD | DROP) columnFlag)
                                                                          # alterColumn
  | DROP alterTableDropItem (COMMA alterTableDropItem)*                   # dropFromTable
  | (WITH check=(CHECK | NOCHECK))? enable=(CHECK | NOCHECK) CONSTRAINT
    (ALL | identifier (COMMA identifier)*)                                # checkConstraints
  | enable=(ENABLE | DISABLE) TRIGGER (ALL | identifier (COMMA identifier)*)
                                                                          # enableTriggers
  | identifier (PARTITION expression)? TO qualifiedName (PARTITION expression)? (WITH optionList)?
                                                                          # switchPartition
  | SET optionList                                                        # setTableOptions
  | identifier (PARTITION EQUAL (ALL | expression))? (WITH optionList)?    # rebuildTable
  | enable=(ENABLE | DISABLE) identifier (WITH optionList)?               # changeTracking
  ;

alterTableAddItem
  : tableConstraint
  | columnDefinition
  | tableIndex
  | PERIOD FOR SYSTEM_TIME LPAREN identifier COMMA identifier RPAREN
  ;

alterTableDropItem
  : kind=(CONSTRAINT | COLUMN)? (IF EXISTS)? identifier (WITH optionList)?
  | PERIOD FOR SYSTEM_TIME
  ;

columnFlag
  : ROWGUIDCOL | PERSISTED | SPARSE | HIDDEN_ | NOT FOR REPLICATION
  | MASKED (WITH LPAREN FUNCTION EQUAL STRING RPAREN)?
  ;

createIndexStatement
  : CREATE UNIQUE? clustering=(CLUSTERED | NONCLUSTERED)? INDEX name=identifier
    ON qualifiedName LPAREN indexColumn (COMMA indexColumn)* RPAREN includeColumns?
    (WHERE searchCondition)? indexOptions? onStorage? (FILESTREAM_ON storageTarget)?
                                                                          # rowstoreIndex
  | CREATE clustering=(CLUSTERED | NONCLUSTERED)? COLUMNSTORE INDEX name=identifier
    ON qualifiedName (LPAREN indexColumn (COMMA indexColumn)* RPAREN)?
    (ORDER LPAREN identifier (COMMA identifier)* RPAREN)? (WHERE searchCondition)?
    indexOptions? onStorage?                                              # columnstoreIndex
  | CREATE PRIMARY? XML INDEX name=identifier ON qualifiedName LPAREN identifier RPAREN
    (USING XML INDEX identifier (FOR identifier)?)? indexOptions? onStorage?
                                                                          # xmlIndex
  ;

alterIndexStatement
  : ALTER INDEX (name=identifier | ALL) ON qualifiedName
    (SET optionList | action=identifier (PARTITION EQUAL (ALL | expression))? (WITH optionList)?)
  ;

// =============================================================================================
// Views, routines, triggers
// =============================================================================================

createOrAlter
  : CREATE (OR ALTER)?
  | ALTER
  ;

createViewStatement
  : createOrAlter VIEW qualifiedName columnList? (WITH identifier (COMMA identifier)*)?
    AS selectStatement (WITH CHECK OPTION)?
  ;

// CREATE/ALTER PROCEDURE and TRIGGER: the body is the rest of the batch.
routineDefinition
  : createProcedure
  | createTrigger
  ;

createProcedure
  : createOrAlter (PROC | PROCEDURE) qualifiedName (SEMI INTEGER)?
    (LPAREN (parameterDefinition (COMMA parameterDefinition)*)? RPAREN
    | parameterDefinition (COMMA parameterDefinition)*)?
    (WITH routineOption (COMMA routineOption)*)?
    (FOR REPLICATION)?
    AS (EXTERNAL NAME qualifiedName SEMI* | body=statementList)
  ;

// @p type [VARYING] [NULL|NOT NULL] [= default] [OUT|OUTPUT|READONLY]
parameterDefinition
  : VARIABLE AS? (dataType | CURSOR VARYING?) (NOT? NULL)? (EQUAL defaultValue=expression)?
    modifiers+=(OUT | OUTPUT | READONLY)*
  ;

// RECOMPILE, ENCRYPTION, SCHEMABINDING, NATIVE_COMPILATION, INLINE = ON, EXECUTE AS ...,
// RETURNS NULL ON NULL INPUT, CALLED ON NULL INPUT
routineOption
  : (EXEC | EXECUTE) AS executionContext
  | RETURNS NULL ON NULL identifier
  | identifier ON NULL identifier
  | identifier (EQUAL (ON | OFF))?
  ;

createTrigger
  : createOrAlter TRIGGER qualifiedName ON (qualifiedName | ALL SERVER | DATABASE)
    (WITH routineOption (COMMA routineOption)*)?
    triggerTiming triggerEvent (COMMA triggerEvent)*
    (WITH identifier)? (NOT FOR REPLICATION)?
    AS body=statementList
  ;

triggerTiming
  : FOR
  | AFTER
  | INSTEAD OF
  ;

// INSERT, UPDATE, DELETE; for DDL triggers an event or group name (CREATE_TABLE, LOGON, ...)
triggerEvent
  : INSERT
  | UPDATE
  | DELETE
  | identifier
  ;

createFunctionStatement
  : createOrAlter FUNCTION qualifiedName
    LPAREN (parameterDefinition (COMMA parameterDefinition)*)? RPAREN
    RETURNS functionReturn
  ;

functionReturn
  : TABLE functionOptions? AS? RETURN selectStatement                      # inlineTableFunction
  | VARIABLE TABLE LPAREN tableElement (COMMA tableElement)* COMMA? RPAREN
    functionOptions? AS? functionBody                                     # multiStatementTableFunction
  | dataType functionOptions? AS? functionBody                            # scalarFunction
  | (TABLE LPAREN tableElement (COMMA tableElement)* RPAREN | dataType)
    functionOptions? AS? EXTERNAL NAME qualifiedName                      # externalFunction
  ;

functionOptions
  : WITH routineOption (COMMA routineOption)*
  ;

functionBody
  : BEGIN statementList END
  ;

// =============================================================================================
// Sequences, synonyms, types, schemas, partitioning
// =============================================================================================

createSequenceStatement
  : CREATE SEQUENCE qualifiedName (AS dataType)? sequenceOption*
  ;

alterSequenceStatement
  : ALTER SEQUENCE qualifiedName sequenceOption*
  ;

sequenceOption
  : START WITH signedNumber                                               # sequenceStart
  | INCREMENT BY signedNumber                                             # sequenceIncrement
  | MINVALUE signedNumber?                                                # sequenceMinValue
  | MAXVALUE signedNumber?                                                # sequenceMaxValue
  | NO kind=(MINVALUE | MAXVALUE | CYCLE | CACHE)                          # sequenceNo
  | CYCLE                                                                 # sequenceCycle
  | CACHE signedNumber?                                                   # sequenceCache
  | RESTART (WITH signedNumber)?                                          # sequenceRestart
  ;

createSynonymStatement
  : CREATE SYNONYM name=qualifiedName FOR target=qualifiedName
  ;

createTypeStatement
  : CREATE TYPE qualifiedName FROM dataType (NOT? NULL)?                  # aliasType
  | CREATE TYPE qualifiedName AS TABLE
    LPAREN tableElement (COMMA tableElement)* COMMA? RPAREN (WITH optionList)?
                                                                          # tableType
  | CREATE TYPE qualifiedName EXTERNAL NAME qualifiedName                 # externalType
  ;

createSchemaStatement
  : CREATE SCHEMA name=identifier (AUTHORIZATION owner=identifier)?
  | CREATE SCHEMA AUTHORIZATION owner=identifier
  ;

// ALTER SCHEMA s TRANSFER [OBJECT::]dbo.t
alterSchemaStatement
  : ALTER SCHEMA identifier identifier (identifier DOUBLE_COLON)? qualifiedName
  ;

partitionStatement
  : CREATE PARTITION FUNCTION identifier LPAREN dataType RPAREN AS RANGE kind=(LEFT | RIGHT)?
    FOR VALUES LPAREN expressionList? RPAREN                              # createPartitionFunction
  | CREATE PARTITION identifier identifier AS PARTITION identifier ALL? TO
    LPAREN storageTarget (COMMA storageTarget)* RPAREN                    # createPartitionScheme
  ;

// =============================================================================================
// DROP, permissions, principals
// =============================================================================================

dropStatement
  : DROP INDEX (IF EXISTS)? dropIndexItem (COMMA dropIndexItem)*          # dropIndex
  | DROP STATISTICS qualifiedName (COMMA qualifiedName)*                  # dropStatistics
  | DROP dropObjectType (IF EXISTS)? qualifiedName (COMMA qualifiedName)*
    (ON (DATABASE | ALL SERVER))?                                         # dropObjects
  ;

dropObjectType
  : TABLE | VIEW | PROC | PROCEDURE | FUNCTION | TRIGGER | SEQUENCE | SYNONYM | TYPE | SCHEMA
  | USER | ROLE | LOGIN | DEFAULT | DATABASE | PARTITION (FUNCTION | identifier) | identifier
  ;

dropIndexItem
  : identifier ON qualifiedName (WITH optionList)?
  | qualifiedName
  ;

permissionStatement
  : GRANT permission (COMMA permission)* (ON securable)? TO principal (COMMA principal)*
    (WITH GRANT OPTION)? (AS principal)?                                  # grantStatement
  | DENY permission (COMMA permission)* (ON securable)? TO principal (COMMA principal)*
    CASCADE? (AS principal)?                                              # denyStatement
  | REVOKE (GRANT OPTION FOR)? permission (COMMA permission)* (ON securable)?
    (TO | FROM) principal (COMMA principal)* CASCADE? (AS principal)?     # revokeStatement
  ;

// SELECT, EXECUTE, VIEW DEFINITION, ALTER ANY SCHEMA, CREATE TABLE, ALL PRIVILEGES, UPDATE (col)
permission
  : permissionWord+ columnList?
  ;

permissionWord
  : identifier | SELECT | INSERT | UPDATE | DELETE | EXEC | EXECUTE | REFERENCES | CREATE | ALTER
  | ALL | ANY | TABLE | VIEW | FUNCTION | PROC | PROCEDURE | DATABASE | SCHEMA | DEFAULT
  | BACKUP | USER | TRIGGER | INDEX | EXTERNAL | KILL | CHECKPOINT | SHUTDOWN
  ;

// [OBJECT::]dbo.t, SCHEMA::dbo, TYPE::dbo.t, DATABASE::db, XML SCHEMA COLLECTION::x
securable
  : (securableClass+ DOUBLE_COLON)? qualifiedName columnList?
  ;

securableClass
  : identifier | SCHEMA | DATABASE | USER | LOGIN | ROLE | TYPE | SERVER
  ;

principal
  : identifier
  | PUBLIC
  ;

securityStatement
  : CREATE USER identifier
    ((FOR | FROM) (LOGIN identifier | EXTERNAL identifier | identifier identifier)
    | identifier LOGIN)?
    (WITH optionItem (COMMA optionItem)*)?                                # createUser
  | CREATE LOGIN identifier
    (WITH optionItem (COMMA optionItem)* | FROM loginSource (WITH optionItem (COMMA optionItem)*)?)
                                                                          # createLogin
  | CREATE ROLE identifier (AUTHORIZATION identifier)?                    # createRole
  | ALTER ROLE identifier ((ADD | DROP) identifier identifier | WITH NAME EQUAL identifier)
                                                                          # alterRole
  | ALTER USER identifier WITH optionItem (COMMA optionItem)*             # alterUser
  | ALTER LOGIN identifier (ENABLE | DISABLE | WITH optionItem (COMMA optionItem)*)
                                                                          # alterLogin
  | ALTER AUTHORIZATION ON securable TO (principal | SCHEMA OWNER)        # alterAuthorization
  ;

loginSource
  : identifier
  | EXTERNAL identifier
  | identifier KEY? identifier
  ;

// =============================================================================================
// Maintenance and server statements (recognised, so that DBA scripts parse)
// =============================================================================================

truncateTableStatement
  : TRUNCATE TABLE qualifiedName (WITH optionList)?
  ;

statisticsStatement
  : CREATE STATISTICS identifier ON qualifiedName columnList (WHERE searchCondition)?
    (WITH statisticsOption (COMMA statisticsOption)*)?                    # createStatistics
  | UPDATE STATISTICS qualifiedName (identifier | columnList)?
    (WITH statisticsOption (COMMA statisticsOption)*)?                    # updateStatistics
  ;

// FULLSCAN, SAMPLE 50 PERCENT, RESAMPLE, NORECOMPUTE, INCREMENTAL = ON, ALL, INDEX, COLUMNS
statisticsOption
  : identifier (signedNumber (PERCENT | ROWS)?)?
  | identifier EQUAL optionValue
  | ALL
  | INDEX
  ;

dbccStatement
  : DBCC command=identifier (LPAREN (expression (COMMA expression)*)? RPAREN)?
    (WITH identifier (COMMA identifier)*)?
  ;

backupStatement
  : BACKUP kind=(DATABASE | ID) identifier TO backupDevice (COMMA backupDevice)*
    (WITH backupOption (COMMA backupOption)*)?                            # backupDatabase
  | RESTORE kind=(DATABASE | ID) identifier (FROM backupDevice (COMMA backupDevice)*)?
    (WITH backupOption (COMMA backupOption)*)?                            # restoreDatabase
  ;

// DISK = 'path' | URL = 'url' | logical_device
backupDevice
  : identifier EQUAL (STRING | VARIABLE)
  | identifier
  ;

// MOVE 'logical' TO 'physical' | STATS = 10 | COMPRESSION | ...
backupOption
  : identifier (STRING | VARIABLE) TO (STRING | VARIABLE)
  | optionItem
  ;

databaseStatement
  : CREATE DATABASE identifier createDatabaseOption*                      # createDatabase
  | ALTER DATABASE (identifier | CURRENT)
    (SET databaseSetOption (COMMA databaseSetOption)* (WITH terminationClause)?
    | COLLATE identifier
    | alterDatabaseWord+ (EQUAL identifier)? (optionList (COMMA optionList)*)?
      (TO identifier identifier)?)                                        # alterDatabase
  ;

createDatabaseOption
  : ON PRIMARY? databaseFile (COMMA databaseFile)*
  | identifier ON databaseFile (COMMA databaseFile)*
  | COLLATE identifier
  | WITH optionItem (COMMA optionItem)*
  | FOR identifier
  | identifier EQUAL identifier
  | AS identifier OF identifier
  ;

// (NAME = x, FILENAME = 'f', SIZE = 8MB) | FILEGROUP fg [CONTAINS FILESTREAM] [DEFAULT] (...)
databaseFile
  : optionList
  | identifier identifier (CONTAINS identifier)? DEFAULT? optionList
  ;

databaseSetOption
  : optionName (EQUAL? optionValue | optionList)?
  ;

// WITH ROLLBACK IMMEDIATE | WITH ROLLBACK AFTER 10 SECONDS | WITH NO_WAIT
terminationClause
  : ROLLBACK (AFTER signedNumber identifier? | identifier)
  | identifier
  ;

alterDatabaseWord
  : ADD | identifier | DEFAULT
  ;

enableTriggerStatement
  : kind=(ENABLE | DISABLE) TRIGGER (ALL | qualifiedName (COMMA qualifiedName)*)
    ON (DATABASE | ALL SERVER | qualifiedName)
  ;

bulkInsertStatement
  : BULK INSERT qualifiedName FROM STRING (WITH optionList)?
  ;

serverStatement
  : CHECKPOINT signedNumber?                                              # checkpointStatement
  | KILL expression (WITH identifier)?                                    # killStatement
  | RECONFIGURE (WITH identifier)?                                        # reconfigureStatement
  | SHUTDOWN (WITH NOWAIT)?                                               # shutdownStatement
  | REVERT (WITH identifier EQUAL VARIABLE)?                              # revertStatement
  ;
