/*
 * Part of the T-SQL parser for Godwit (imported by TSqlParser.g4; tokens come from TSqlLexer).
 * Scalar expressions and search conditions.
 */
parser grammar TSqlExpressions;

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
