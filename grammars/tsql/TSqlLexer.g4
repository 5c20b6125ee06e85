/*
 * T-SQL lexer for Godwit, written from Microsoft's Transact-SQL reference.
 *
 * Keywords are case-insensitive. A keyword gets a token only when the parser needs it to tell
 * constructs apart; every other word is an ID. Keywords SQL Server does not reserve are listed
 * again in TSqlParser's nonReservedKeyword rule, so they stay usable as names.
 *
 * Whitespace and comments go to the hidden channel. GO is not a token of its own: the script
 * splitter recognises GO lines from the token stream (an ID "GO" alone on its line).
 * Anything the lexer cannot match becomes an ERROR_CHAR token, so lexing never fails, and text left
 * open at the end of the file (string, delimited name, block comment) becomes one UNTERMINATED_*
 * token, so lexing stays linear.
 */
lexer grammar TSqlLexer;

options { caseInsensitive = true; }

// ---------------------------------------------------------------------------------------------
// Keywords SQL Server reserves (only those the parser uses).
// ---------------------------------------------------------------------------------------------
ADD: 'ADD';
ALL: 'ALL';
ALTER: 'ALTER';
AND: 'AND';
ANY: 'ANY';
AS: 'AS';
ASC: 'ASC';
AUTHORIZATION: 'AUTHORIZATION';
BACKUP: 'BACKUP';
BEGIN: 'BEGIN';
BETWEEN: 'BETWEEN';
BREAK: 'BREAK';
BROWSE: 'BROWSE';
BULK: 'BULK';
BY: 'BY';
CASCADE: 'CASCADE';
CASE: 'CASE';
CHECK: 'CHECK';
CHECKPOINT: 'CHECKPOINT';
CLOSE: 'CLOSE';
CLUSTERED: 'CLUSTERED';
COALESCE: 'COALESCE';
COLLATE: 'COLLATE';
COLUMN: 'COLUMN';
COMMIT: 'COMMIT';
CONSTRAINT: 'CONSTRAINT';
CONTAINS: 'CONTAINS';
CONTINUE: 'CONTINUE';
CONVERT: 'CONVERT';
CREATE: 'CREATE';
CROSS: 'CROSS';
CURRENT: 'CURRENT';
CURRENT_TIMESTAMP: 'CURRENT_TIMESTAMP';
CURRENT_USER: 'CURRENT_USER';
CURSOR: 'CURSOR';
DATABASE: 'DATABASE';
DBCC: 'DBCC';
DEALLOCATE: 'DEALLOCATE';
DECLARE: 'DECLARE';
DEFAULT: 'DEFAULT';
DELETE: 'DELETE';
DENY: 'DENY';
DESC: 'DESC';
DISTINCT: 'DISTINCT';
DISTRIBUTED: 'DISTRIBUTED';
DOUBLE: 'DOUBLE';
DROP: 'DROP';
ELSE: 'ELSE';
END: 'END';
ESCAPE: 'ESCAPE';
EXCEPT: 'EXCEPT';
EXEC: 'EXEC';
EXECUTE: 'EXECUTE';
EXISTS: 'EXISTS';
EXTERNAL: 'EXTERNAL';
FETCH: 'FETCH';
FOR: 'FOR';
FOREIGN: 'FOREIGN';
FREETEXT: 'FREETEXT';
FROM: 'FROM';
FULL: 'FULL';
FUNCTION: 'FUNCTION';
GOTO: 'GOTO';
GRANT: 'GRANT';
GROUP: 'GROUP';
HAVING: 'HAVING';
HOLDLOCK: 'HOLDLOCK';
IDENTITY: 'IDENTITY';
IDENTITY_INSERT: 'IDENTITY_INSERT';
IF: 'IF';
IN: 'IN';
INDEX: 'INDEX';
INNER: 'INNER';
INSERT: 'INSERT';
INTERSECT: 'INTERSECT';
INTO: 'INTO';
IS: 'IS';
JOIN: 'JOIN';
KEY: 'KEY';
KILL: 'KILL';
LEFT: 'LEFT';
LIKE: 'LIKE';
MERGE: 'MERGE';
NATIONAL: 'NATIONAL';
NOCHECK: 'NOCHECK';
NONCLUSTERED: 'NONCLUSTERED';
NOT: 'NOT';
NULL: 'NULL';
NULLIF: 'NULLIF';
OF: 'OF';
OFF: 'OFF';
ON: 'ON';
OPEN: 'OPEN';
OPENROWSET: 'OPENROWSET';
OPENXML: 'OPENXML';
OPTION: 'OPTION';
OR: 'OR';
ORDER: 'ORDER';
OUTER: 'OUTER';
OVER: 'OVER';
PERCENT: 'PERCENT';
PIVOT: 'PIVOT';
PRECISION: 'PRECISION';
PRIMARY: 'PRIMARY';
PRINT: 'PRINT';
PROC: 'PROC';
PROCEDURE: 'PROCEDURE';
PUBLIC: 'PUBLIC';
RAISERROR: 'RAISERROR';
RECONFIGURE: 'RECONFIGURE';
REFERENCES: 'REFERENCES';
REPLICATION: 'REPLICATION';
RESTORE: 'RESTORE';
RETURN: 'RETURN';
REVERT: 'REVERT';
REVOKE: 'REVOKE';
RIGHT: 'RIGHT';
ROLLBACK: 'ROLLBACK';
ROWGUIDCOL: 'ROWGUIDCOL';
SAVE: 'SAVE';
SCHEMA: 'SCHEMA';
SELECT: 'SELECT';
SESSION_USER: 'SESSION_USER';
SET: 'SET';
SHUTDOWN: 'SHUTDOWN';
SOME: 'SOME';
STATISTICS: 'STATISTICS';
SYSTEM_USER: 'SYSTEM_USER';
TABLE: 'TABLE';
TABLESAMPLE: 'TABLESAMPLE';
THEN: 'THEN';
TO: 'TO';
TOP: 'TOP';
TRAN: 'TRAN';
TRANSACTION: 'TRANSACTION';
TRIGGER: 'TRIGGER';
TRUNCATE: 'TRUNCATE';
TRY_CONVERT: 'TRY_CONVERT';
UNION: 'UNION';
UNIQUE: 'UNIQUE';
UNPIVOT: 'UNPIVOT';
UPDATE: 'UPDATE';
USE: 'USE';
USER: 'USER';
VALUES: 'VALUES';
VARYING: 'VARYING';
VIEW: 'VIEW';
WAITFOR: 'WAITFOR';
WHEN: 'WHEN';
WHERE: 'WHERE';
WHILE: 'WHILE';
WITH: 'WITH';

// THROW is not reserved by SQL Server, but SQL Server requires a semicolon before it for the
// same reason we treat it as reserved: a bare THROW would otherwise read as an alias or a
// savepoint name of the statement before it.
THROW: 'THROW';

// ---------------------------------------------------------------------------------------------
// Keywords SQL Server does not reserve (usable as names; see nonReservedKeyword).
// ---------------------------------------------------------------------------------------------
ABSOLUTE: 'ABSOLUTE';
ACTION: 'ACTION';
AFTER: 'AFTER';
ALWAYS: 'ALWAYS';
APPLY: 'APPLY';
AT: 'AT';
ATOMIC: 'ATOMIC';
CACHE: 'CACHE';
CALLER: 'CALLER';
CAST: 'CAST';
CATCH: 'CATCH';
COLUMNSTORE: 'COLUMNSTORE';
CUBE: 'CUBE';
CYCLE: 'CYCLE';
DELAY: 'DELAY';
DISABLE: 'DISABLE';
ENABLE: 'ENABLE';
FILESTREAM: 'FILESTREAM';
FILESTREAM_ON: 'FILESTREAM_ON';
FIRST: 'FIRST';
FOLLOWING: 'FOLLOWING';
GENERATED: 'GENERATED';
GLOBAL: 'GLOBAL';
GROUPING: 'GROUPING';
HIDDEN_: 'HIDDEN';
IIF: 'IIF';
INCLUDE: 'INCLUDE';
INCREMENT: 'INCREMENT';
INSTEAD: 'INSTEAD';
ISOLATION: 'ISOLATION';
JSON: 'JSON';
LANGUAGE: 'LANGUAGE';
LAST: 'LAST';
LEVEL: 'LEVEL';
LOGIN: 'LOGIN';
MASKED: 'MASKED';
MATCHED: 'MATCHED';
MAXVALUE: 'MAXVALUE';
MINVALUE: 'MINVALUE';
NAME: 'NAME';
NEXT: 'NEXT';
NO: 'NO';
NODES: 'NODES';
OFFSET: 'OFFSET';
ONLY: 'ONLY';
OPENJSON: 'OPENJSON';
OUT: 'OUT';
OUTPUT: 'OUTPUT';
OWNER: 'OWNER';
PARSE: 'PARSE';
PARTITION: 'PARTITION';
PERIOD: 'PERIOD';
PERSISTED: 'PERSISTED';
PRECEDING: 'PRECEDING';
PRIOR: 'PRIOR';
RANGE: 'RANGE';
READONLY: 'READONLY';
RELATIVE: 'RELATIVE';
RESTART: 'RESTART';
RETURNS: 'RETURNS';
ROLE: 'ROLE';
ROLLUP: 'ROLLUP';
ROW: 'ROW';
ROWS: 'ROWS';
SELF: 'SELF';
SEQUENCE: 'SEQUENCE';
SERVER: 'SERVER';
SETS: 'SETS';
SOURCE: 'SOURCE';
SPARSE: 'SPARSE';
START: 'START';
SYNONYM: 'SYNONYM';
SYSTEM_TIME: 'SYSTEM_TIME';
TARGET: 'TARGET';
TEXTIMAGE_ON: 'TEXTIMAGE_ON';
TIES: 'TIES';
TIME: 'TIME';
TRY: 'TRY';
TRY_CAST: 'TRY_CAST';
TRY_PARSE: 'TRY_PARSE';
TYPE: 'TYPE';
UNBOUNDED: 'UNBOUNDED';
USING: 'USING';
VALUE: 'VALUE';
WITHIN: 'WITHIN';
WORK: 'WORK';
XML: 'XML';
XMLNAMESPACES: 'XMLNAMESPACES';
ZONE: 'ZONE';

// Table hints that may be written without WITH: FROM t (NOLOCK).
NOEXPAND: 'NOEXPAND';
NOLOCK: 'NOLOCK';
NOWAIT: 'NOWAIT';
PAGLOCK: 'PAGLOCK';
READCOMMITTED: 'READCOMMITTED';
READPAST: 'READPAST';
READUNCOMMITTED: 'READUNCOMMITTED';
REPEATABLEREAD: 'REPEATABLEREAD';
ROWLOCK: 'ROWLOCK';
SERIALIZABLE: 'SERIALIZABLE';
TABLOCK: 'TABLOCK';
TABLOCKX: 'TABLOCKX';
UPDLOCK: 'UPDLOCK';
XLOCK: 'XLOCK';

// ---------------------------------------------------------------------------------------------
// Literals and names.
// ---------------------------------------------------------------------------------------------

// 'text' and N'text'; a quote inside is written twice. A literal still open at the end of the
// file is one UNTERMINATED_STRING token (so that lexing stays linear and the parser reports it).
STRING: 'N'? '\'' (~'\'' | '\'\'')* '\'';
UNTERMINATED_STRING: 'N'? '\'' (~'\'' | '\'\'')* EOF;

// 0x1F; 0x alone is an empty binary value.
BINARY: '0X' HEX_DIGIT*;

REAL: (DIGITS ('.' DIGIT*)? | '.' DIGITS) 'E' [+-]? DIGITS;
DECIMAL: DIGITS '.' DIGIT* | '.' DIGITS;
INTEGER: DIGITS;

// $12, $542023.14
MONEY: '$' [+-]? (DIGITS ('.' DIGIT*)? | '.' DIGITS);

// $ACTION, $IDENTITY, $ROWGUID, $PARTITION, $NODE_ID ...
DOLLAR_NAME: '$' [A-Z_]+;

// @@ROWCOUNT, @@FETCH_STATUS ... (before VARIABLE: same length, first rule wins)
SYSTEM_VARIABLE: '@@' ID_PART+;
VARIABLE: '@' ID_PART+;

// #temp and ##global_temp
TEMP_NAME: '#' ID_PART+;

BRACKET_NAME: '[' (~']' | ']]')* ']';
QUOTED_NAME: '"' (~'"' | '""')* '"';
UNTERMINATED_NAME: ('[' (~']' | ']]')* | '"' (~'"' | '""')*) EOF;
ID: ID_START ID_PART*;

// ---------------------------------------------------------------------------------------------
// Operators and punctuation.
// ---------------------------------------------------------------------------------------------
PLUS_ASSIGN: '+=';
MINUS_ASSIGN: '-=';
MULT_ASSIGN: '*=';
DIV_ASSIGN: '/=';
MOD_ASSIGN: '%=';
AND_ASSIGN: '&=';
XOR_ASSIGN: '^=';
OR_ASSIGN: '|=';

EQUAL: '=';
NOT_EQUAL: '<>';
BANG_EQUAL: '!=';
LESS_EQUAL: '<=';
GREATER_EQUAL: '>=';
NOT_LESS: '!<';
NOT_GREATER: '!>';
LESS: '<';
GREATER: '>';

PLUS: '+';
MINUS: '-';
STAR: '*';
SLASH: '/';
PERCENT_SIGN: '%';
AMPERSAND: '&';
PIPE: '|';
CARET: '^';
TILDE: '~';

LPAREN: '(';
RPAREN: ')';
LBRACE: '{';
RBRACE: '}';
COMMA: ',';
SEMI: ';';
DOUBLE_COLON: '::';
COLON: ':';
DOT: '.';

// ---------------------------------------------------------------------------------------------
// Hidden: whitespace and comments.
// ---------------------------------------------------------------------------------------------
LINE_COMMENT: '--' ~[\r\n]* -> channel(HIDDEN);
WS: [ \t\r\n\u000B\u000C\u00A0\u2028\u2029\uFEFF]+ -> channel(HIDDEN);

// Block comments nest in T-SQL. The nesting is kept on the lexer's mode stack, which keeps
// lexing linear; the whole comment becomes one BLOCK_COMMENT token (or UNTERMINATED_COMMENT).
BLOCK_COMMENT_OPEN: '/*' -> more, pushMode(COMMENT);

// Anything else: the parser reports it; the lexer never fails.
ERROR_CHAR: .;

fragment DIGIT: [0-9];
fragment DIGITS: [0-9]+;
fragment HEX_DIGIT: [0-9A-F];
// \u0001 stands for any letter, digit or mark beyond ASCII: the script layer's character stream
// folds those to it, so that the lexer's DFA (which caches ASCII only) stays fast on non-Latin text.
fragment ID_START: [A-Z_\p{L}\u0001];
fragment ID_PART: [A-Z0-9_@$#\p{L}\p{N}\p{Mn}\p{Mc}\u0001];

mode COMMENT;
BLOCK_COMMENT: '*/' -> channel(HIDDEN), popMode;
COMMENT_NEST: '/*' -> more, pushMode(NESTED_COMMENT);
COMMENT_TEXT: (~[*/]+ | [*/]) -> more;
UNTERMINATED_COMMENT: EOF -> popMode;

mode NESTED_COMMENT;
NESTED_COMMENT_CLOSE: '*/' -> more, popMode;
NESTED_COMMENT_NEST: '/*' -> more, pushMode(NESTED_COMMENT);
NESTED_COMMENT_TEXT: (~[*/]+ | [*/]) -> more;
NESTED_COMMENT_EOF: EOF -> type(UNTERMINATED_COMMENT), popMode;
