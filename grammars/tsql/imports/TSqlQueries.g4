/*
 * Part of the T-SQL parser for Godwit (imported by TSqlParser.g4; tokens come from TSqlLexer).
 * Queries, table sources and data manipulation.
 */
parser grammar TSqlQueries;

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
