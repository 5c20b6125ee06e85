/*
 * Part of the T-SQL parser for Godwit (imported by TSqlParser.g4; tokens come from TSqlLexer).
 * Tables, constraints, indexes and their storage options.
 */
parser grammar TSqlTables;

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
