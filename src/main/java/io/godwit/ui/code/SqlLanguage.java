package io.godwit.ui.code;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The lexical rules of one product's SQL that matter for colouring: its quoting, comments,
 * variables, and its keywords, type names and common built-in functions.
 *
 * @param id the product id
 * @param keywords reserved and common non-reserved words, upper case
 * @param types type names, upper case
 * @param functions built-in function names, upper case
 * @param bracketIdentifiers {@code [name]} is an identifier (T-SQL)
 * @param backtickIdentifiers {@code `name`} is an identifier (MySQL)
 * @param doubleQuotedStrings {@code "text"} is a string, not an identifier (MySQL)
 * @param hashComments {@code #} starts a line comment (MySQL)
 * @param nestedComments block comments nest (PostgreSQL, T-SQL)
 * @param dollarQuotes {@code $tag$...$tag$} quoting and {@code $1} parameters (PostgreSQL)
 * @param alternativeQuotes {@code q'[...]'} strings (Oracle)
 * @param backslashEscapes a backslash escapes the next character in strings (MySQL)
 * @param atVariables {@code @name} is a variable (T-SQL, MySQL)
 * @param colonVariables {@code :name} is a bind variable or :NEW/:OLD (Oracle)
 */
public record SqlLanguage(
    String id,
    Set<String> keywords,
    Set<String> types,
    Set<String> functions,
    boolean bracketIdentifiers,
    boolean backtickIdentifiers,
    boolean doubleQuotedStrings,
    boolean hashComments,
    boolean nestedComments,
    boolean dollarQuotes,
    boolean alternativeQuotes,
    boolean backslashEscapes,
    boolean atVariables,
    boolean colonVariables) {

  private static final String COMMON_KEYWORDS =
      "ADD ALL ALTER AND ANY AS ASC BEGIN BETWEEN BY CASCADE CASE CHECK COLUMN COMMENT COMMIT"
          + " CONSTRAINT CREATE CROSS CURRENT CURSOR DEFAULT DECLARE DELETE DESC DISTINCT DROP ELSE"
          + " END ESCAPE EXCEPT EXISTS FETCH FOR FOREIGN FROM FULL FUNCTION GRANT GROUP HAVING IF IN"
          + " INDEX INNER INSERT INTERSECT INTO IS JOIN KEY LEFT LIKE LIMIT NOT NULL OF OFFSET ON"
          + " OR ORDER OUTER OVER PARTITION PRIMARY PROCEDURE REFERENCES REPLACE RETURN RETURNS"
          + " REVOKE RIGHT ROLLBACK ROW ROWS SCHEMA SELECT SEQUENCE SET TABLE THEN TO TRIGGER"
          + " TRUNCATE UNION UNIQUE UPDATE USING VALUES VIEW WHEN WHERE WHILE WITH AFTER BEFORE"
          + " EACH INSTEAD LOOP EXIT CONTINUE TRUE FALSE UNKNOWN FIRST LAST NEXT ONLY MERGE"
          + " MATCHED RECURSIVE LATERAL WINDOW RANGE PRECEDING FOLLOWING UNBOUNDED NULLS"
          + " TEMPORARY TEMP GLOBAL LOCAL CALL EXECUTE OUT INOUT ENABLE DISABLE";

  private static final String COMMON_TYPES =
      "CHAR CHARACTER VARCHAR NCHAR NVARCHAR INT INTEGER SMALLINT BIGINT DECIMAL NUMERIC FLOAT"
          + " REAL DOUBLE PRECISION DATE TIME TIMESTAMP BOOLEAN BLOB CLOB TEXT";

  private static final String COMMON_FUNCTIONS =
      "ABS AVG CAST COALESCE COUNT LOWER MAX MIN NULLIF ROUND SUBSTRING SUM TRIM UPPER"
          + " ROW_NUMBER RANK DENSE_RANK LAG LEAD LENGTH REPLACE CONCAT FLOOR CEILING MOD POWER"
          + " EXTRACT POSITION";

  /** PL/SQL and Oracle SQL. */
  public static final SqlLanguage ORACLE =
      new SqlLanguage(
          "oracle",
          words(
              COMMON_KEYWORDS,
              "ACCESS AUDIT AUTHID BODY BULK BULK_ROWCOUNT CLUSTER COLLECT COMPOUND CONNECT"
                  + " CONNECT_BY_ROOT CONSTANT CURRENT_USER DEFINER DETERMINISTIC ELSIF"
                  + " EXCEPTION EXCEPTIONS EXCLUSIVE FORALL GOTO IDENTIFIED IMMEDIATE INCREMENT"
                  + " INITIAL LEVEL LOCK MAXVALUE MINUS MINVALUE MODE MODIFY NOAUDIT NOCACHE"
                  + " NOCOMPRESS NOCYCLE NOORDER NOWAIT NUMBER_BASE OTHERS PACKAGE PCTFREE"
                  + " PIPELINED PRAGMA PRIOR PRIVILEGES PUBLIC RAISE RECORD REF RESULT_CACHE"
                  + " REVERSE ROWID ROWNUM ROWTYPE SAVEPOINT SEGMENT CREATION IMMEDIATE SESSION"
                  + " SIZE START STORAGE SUBTYPE SYNONYM SYSDATE SYSTIMESTAMP TABLESPACE TYPE"
                  + " UID USER VALIDATE WHENEVER EDITIONABLE NONEDITIONABLE AUTONOMOUS_TRANSACTION"
                  + " EXCEPTION_INIT SQLCODE SQLERRM NOTFOUND FOUND ISOPEN ROWCOUNT OPEN CLOSE"
                  + " LOGGING NOLOGGING CACHE CYCLE ORDER SIBLINGS NOCOPY VARRAY LOOP REPEAT"
                  + " RETURNING REPLACE FORCE NOFORCE READ ONLY OPTION INSTEAD COLUMNS BUFFER_POOL"
                  + " FLASH_CACHE CELL_FLASH_CACHE PCTUSED INITRANS MAXTRANS MINEXTENTS"
                  + " MAXEXTENTS PCTINCREASE FREELISTS FREELIST GROUPS COMPRESS BASIC USING"
                  + " ENABLE NOVALIDATE RELY NORELY DEFERRABLE INITIALLY DEFERRED"),
          words(
              COMMON_TYPES,
              "VARCHAR2 NVARCHAR2 NUMBER BINARY_INTEGER PLS_INTEGER BINARY_FLOAT BINARY_DOUBLE"
                  + " LONG RAW NCLOB BFILE ROWID UROWID XMLTYPE INTERVAL YEAR MONTH DAY SECOND"
                  + " ZONE SIMPLE_INTEGER SYS_REFCURSOR"),
          words(
              COMMON_FUNCTIONS,
              "NVL NVL2 DECODE TO_CHAR TO_DATE TO_NUMBER TO_TIMESTAMP TRUNC ADD_MONTHS"
                  + " MONTHS_BETWEEN LAST_DAY NEXT_DAY INSTR SUBSTR LPAD RPAD LTRIM RTRIM"
                  + " INITCAP LISTAGG REGEXP_LIKE REGEXP_SUBSTR REGEXP_REPLACE SYS_GUID USERENV"
                  + " SYS_CONTEXT GREATEST LEAST NULLIF RAISE_APPLICATION_ERROR DBMS_OUTPUT"
                  + " PUT_LINE CHR ASCII SIGN"),
          false,
          false,
          false,
          false,
          false,
          false,
          true,
          false,
          false,
          true);

  /** T-SQL. */
  public static final SqlLanguage SQLSERVER =
      new SqlLanguage(
          "sqlserver",
          words(
              COMMON_KEYWORDS,
              "APPLY BREAK BROWSE CATCH CHECKPOINT CLUSTERED COMPUTE CONTAINS DATABASE DBCC"
                  + " DEALLOCATE DENY DISK DUMMY ERRLVL EXEC FILLFACTOR GO GOTO HOLDLOCK"
                  + " IDENTITY IDENTITY_INSERT IDENTITYCOL INCLUDE KILL NOCHECK NOCOUNT"
                  + " NONCLUSTERED NOLOCK OFF OFFSETS OPENQUERY OPENROWSET OPTION OUTPUT PERCENT"
                  + " PIVOT PRINT PROC RAISERROR READTEXT RECONFIGURE ROWCOUNT ROWGUIDCOL RULE"
                  + " SAVE SCHEMABINDING SETUSER SHUTDOWN STATISTICS SYSTEM_USER TABLESAMPLE"
                  + " TEXTSIZE THROW TIES TOP TRAN TRANSACTION TRY UNPIVOT USE WAITFOR WRITETEXT"
                  + " ANSI_NULLS QUOTED_IDENTIFIER ON OFF XACT_ABORT ENCRYPTION RECOMPILE"
                  + " NOEXEC ASC PAD_INDEX STATISTICS_NORECOMPUTE IGNORE_DUP_KEY ALLOW_ROW_LOCKS"
                  + " ALLOW_PAGE_LOCKS OPTIMIZE_FOR_SEQUENTIAL_KEY PRIMARY TEXTIMAGE_ON"
                  + " PERSISTED MATCHED SOURCE TARGET READONLY"),
          words(
              COMMON_TYPES,
              "BIT TINYINT MONEY SMALLMONEY DATETIME DATETIME2 SMALLDATETIME DATETIMEOFFSET"
                  + " NTEXT IMAGE BINARY VARBINARY UNIQUEIDENTIFIER XML SQL_VARIANT"
                  + " HIERARCHYID GEOGRAPHY GEOMETRY SYSNAME ROWVERSION MAX"),
          words(
              COMMON_FUNCTIONS,
              "GETDATE GETUTCDATE SYSDATETIME DATEADD DATEDIFF DATEPART DATENAME EOMONTH ISNULL"
                  + " IIF CONVERT TRY_CONVERT TRY_CAST LEN CHARINDEX PATINDEX LEFT RIGHT STUFF"
                  + " FORMAT NEWID SCOPE_IDENTITY OBJECT_ID ERROR_MESSAGE ERROR_NUMBER"
                  + " ERROR_SEVERITY ERROR_STATE ERROR_LINE ERROR_PROCEDURE STRING_AGG"
                  + " STRING_SPLIT REPLICATE SPACE LTRIM RTRIM DB_NAME SUSER_SNAME @@ROWCOUNT"
                  + " @@ERROR @@IDENTITY @@TRANCOUNT @@FETCH_STATUS"),
          true,
          false,
          false,
          false,
          true,
          false,
          false,
          false,
          true,
          false);

  /** PostgreSQL and PL/pgSQL. */
  public static final SqlLanguage POSTGRESQL =
      new SqlLanguage(
          "postgresql",
          words(
              COMMON_KEYWORDS,
              "ALIAS ANALYZE ARRAY ASYMMETRIC AUTHORIZATION BOTH COLLATE CONCURRENTLY"
                  + " CONFLICT DEFERRABLE DO ELSIF EXCEPTION EXTENSION FOUND FREEZE GENERATED"
                  + " GET DIAGNOSTICS ILIKE INHERITS INITIALLY ISNULL LANGUAGE LEADING"
                  + " MATERIALIZED NOTICE NOTNULL NOTHING OWNED OWNER PERFORM PLPGSQL POLICY"
                  + " RAISE REFRESH RENAME RETURNING SECURITY DEFINER INVOKER SETOF SIMILAR"
                  + " SQLSTATE STABLE STRICT SYMMETRIC TRAILING VARIADIC VERBOSE VOLATILE"
                  + " IMMUTABLE QUERY ELSE ELSEIF FOREACH SLICE STACKED OPEN CLOSE MOVE"
                  + " ALWAYS IDENTITY INCREMENT START MINVALUE MAXVALUE CACHE CYCLE NO OWNED"
                  + " USAGE EXECUTE PROCEDURE ROUTINE STATEMENT NEW OLD TG_OP ROWTYPE TYPE"
                  + " CONSTANT SQLERRM ERRCODE MESSAGE HINT DETAIL USING COLUMN STORED"),
          words(
              COMMON_TYPES,
              "SERIAL BIGSERIAL SMALLSERIAL BYTEA JSON JSONB UUID INTERVAL MONEY INET CIDR"
                  + " TIMESTAMPTZ TIMETZ INT2 INT4 INT8 FLOAT4 FLOAT8 BOOL VARBIT XML"
                  + " REFCURSOR RECORD VOID TRIGGER ZONE"),
          words(
              COMMON_FUNCTIONS,
              "NOW CURRENT_DATE CURRENT_TIMESTAMP DATE_TRUNC DATE_PART AGE TO_CHAR TO_DATE"
                  + " TO_NUMBER TO_TIMESTAMP NEXTVAL CURRVAL SETVAL STRING_AGG ARRAY_AGG"
                  + " GENERATE_SERIES GREATEST LEAST LPAD RPAD STRPOS SPLIT_PART FORMAT"
                  + " GEN_RANDOM_UUID CLOCK_TIMESTAMP JSONB_BUILD_OBJECT UNNEST"),
          false,
          false,
          false,
          false,
          true,
          true,
          false,
          false,
          false,
          false);

  /** MySQL and MariaDB. */
  public static final SqlLanguage MYSQL =
      new SqlLanguage(
          "mysql",
          words(
              COMMON_KEYWORDS,
              "AUTO_INCREMENT CHARSET COLLATE DATABASE DELIMITER DETERMINISTIC DUPLICATE"
                  + " ENGINE EVENT HANDLER IGNORE ITERATE LEAVE MODIFIES NO READS REPEAT"
                  + " RESIGNAL SIGNAL SQL SQLEXCEPTION SQLSTATE SQLWARNING STRAIGHT_JOIN"
                  + " UNSIGNED ZEROFILL ELSEIF UNTIL DEFINER INVOKER SECURITY LEAVE OPEN CLOSE"
                  + " CONTINUE EXIT FOUND SHOW USE MESSAGE_TEXT ALGORITHM STORED VIRTUAL"
                  + " GENERATED ALWAYS CONDITION DO"),
          words(
              COMMON_TYPES,
              "TINYINT MEDIUMINT DATETIME YEAR TINYTEXT MEDIUMTEXT LONGTEXT TINYBLOB"
                  + " MEDIUMBLOB LONGBLOB BINARY VARBINARY ENUM JSON BIT SIGNED"),
          words(
              COMMON_FUNCTIONS,
              "NOW CURDATE CURTIME SYSDATE DATE_ADD DATE_SUB DATEDIFF DATE_FORMAT STR_TO_DATE"
                  + " IFNULL IF GROUP_CONCAT LAST_INSERT_ID LOCATE INSTR SUBSTR LPAD RPAD"
                  + " GREATEST LEAST UUID JSON_OBJECT"),
          false,
          true,
          true,
          true,
          false,
          false,
          false,
          true,
          true,
          false);

  /** The language of product {@code id}; PostgreSQL's rules for an unknown product. */
  public static SqlLanguage of(String id) {
    if (id == null) {
      return POSTGRESQL;
    }
    return switch (id.toLowerCase(Locale.ROOT)) {
      case "oracle" -> ORACLE;
      case "sqlserver" -> SQLSERVER;
      case "mysql", "mariadb" -> MYSQL;
      default -> POSTGRESQL;
    };
  }

  /** The words of several space-separated lists, as one set. */
  static Set<String> words(String... lists) {
    Set<String> out = new HashSet<>();
    for (String list : lists) {
      int i = 0;
      while (i < list.length()) {
        while (i < list.length() && list.charAt(i) == ' ') {
          i++;
        }
        int start = i;
        while (i < list.length() && list.charAt(i) != ' ') {
          i++;
        }
        if (i > start) {
          out.add(list.substring(start, i));
        }
      }
    }
    return Set.copyOf(out);
  }
}
