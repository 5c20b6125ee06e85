/*
 * Part of the T-SQL parser for Godwit (imported by TSqlParser.g4; tokens come from TSqlLexer).
 * Views, routines, triggers, other objects, DROP, permissions, principals and maintenance statements.
 */
parser grammar TSqlObjects;

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
