/*
 * Part of the T-SQL parser for Godwit (imported by TSqlParser.g4; tokens come from TSqlLexer).
 * Procedural statements: EXEC, DECLARE, control flow, errors, transactions, cursors.
 */
parser grammar TSqlProcedural;

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
