package io.godwit.dialect.sqlserver.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.dialect.sqlserver.parser.TSqlLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * Keywords SQL Server reserves cannot name things unless delimited; every other keyword the lexer
 * knows still can. This keeps the lexer and the parser's nonReservedKeyword rule in step.
 */
class TsqlKeywordTest {

  /** SQL Server's reserved keywords (Transact-SQL reference), plus THROW (see TSqlLexer). */
  private static final Set<String> RESERVED =
      Set.of(
          "ADD",
          "ALL",
          "ALTER",
          "AND",
          "ANY",
          "AS",
          "ASC",
          "AUTHORIZATION",
          "BACKUP",
          "BEGIN",
          "BETWEEN",
          "BREAK",
          "BROWSE",
          "BULK",
          "BY",
          "CASCADE",
          "CASE",
          "CHECK",
          "CHECKPOINT",
          "CLOSE",
          "CLUSTERED",
          "COALESCE",
          "COLLATE",
          "COLUMN",
          "COMMIT",
          "COMPUTE",
          "CONSTRAINT",
          "CONTAINS",
          "CONTAINSTABLE",
          "CONTINUE",
          "CONVERT",
          "CREATE",
          "CROSS",
          "CURRENT",
          "CURRENT_DATE",
          "CURRENT_TIME",
          "CURRENT_TIMESTAMP",
          "CURRENT_USER",
          "CURSOR",
          "DATABASE",
          "DBCC",
          "DEALLOCATE",
          "DECLARE",
          "DEFAULT",
          "DELETE",
          "DENY",
          "DESC",
          "DISK",
          "DISTINCT",
          "DISTRIBUTED",
          "DOUBLE",
          "DROP",
          "DUMP",
          "ELSE",
          "END",
          "ERRLVL",
          "ESCAPE",
          "EXCEPT",
          "EXEC",
          "EXECUTE",
          "EXISTS",
          "EXIT",
          "EXTERNAL",
          "FETCH",
          "FILE",
          "FILLFACTOR",
          "FOR",
          "FOREIGN",
          "FREETEXT",
          "FREETEXTTABLE",
          "FROM",
          "FULL",
          "FUNCTION",
          "GOTO",
          "GRANT",
          "GROUP",
          "HAVING",
          "HOLDLOCK",
          "IDENTITY",
          "IDENTITY_INSERT",
          "IDENTITYCOL",
          "IF",
          "IN",
          "INDEX",
          "INNER",
          "INSERT",
          "INTERSECT",
          "INTO",
          "IS",
          "JOIN",
          "KEY",
          "KILL",
          "LEFT",
          "LIKE",
          "LINENO",
          "LOAD",
          "MERGE",
          "NATIONAL",
          "NOCHECK",
          "NONCLUSTERED",
          "NOT",
          "NULL",
          "NULLIF",
          "OF",
          "OFF",
          "OFFSETS",
          "ON",
          "OPEN",
          "OPENDATASOURCE",
          "OPENQUERY",
          "OPENROWSET",
          "OPENXML",
          "OPTION",
          "OR",
          "ORDER",
          "OUTER",
          "OVER",
          "PERCENT",
          "PIVOT",
          "PLAN",
          "PRECISION",
          "PRIMARY",
          "PRINT",
          "PROC",
          "PROCEDURE",
          "PUBLIC",
          "RAISERROR",
          "READ",
          "READTEXT",
          "RECONFIGURE",
          "REFERENCES",
          "REPLICATION",
          "RESTORE",
          "RESTRICT",
          "RETURN",
          "REVERT",
          "REVOKE",
          "RIGHT",
          "ROLLBACK",
          "ROWCOUNT",
          "ROWGUIDCOL",
          "RULE",
          "SAVE",
          "SCHEMA",
          "SECURITYAUDIT",
          "SELECT",
          "SEMANTICKEYPHRASETABLE",
          "SEMANTICSIMILARITYDETAILSTABLE",
          "SEMANTICSIMILARITYTABLE",
          "SESSION_USER",
          "SET",
          "SETUSER",
          "SHUTDOWN",
          "SOME",
          "STATISTICS",
          "SYSTEM_USER",
          "TABLE",
          "TABLESAMPLE",
          "TEXTSIZE",
          "THEN",
          "TO",
          "TOP",
          "TRAN",
          "TRANSACTION",
          "TRIGGER",
          "TRUNCATE",
          "TRY_CONVERT",
          "TSEQUAL",
          "UNION",
          "UNIQUE",
          "UNPIVOT",
          "UPDATE",
          "UPDATETEXT",
          "USE",
          "USER",
          "VALUES",
          "VARYING",
          "VIEW",
          "WAITFOR",
          "WHEN",
          "WHERE",
          "WHILE",
          "WITH",
          "WRITETEXT",
          "THROW");

  private final TsqlScriptParser parser = new TsqlScriptParser();

  private static List<String> keywords() {
    Vocabulary vocabulary = TSqlLexer.VOCABULARY;
    List<String> keywords = new ArrayList<>();
    for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
      String literal = vocabulary.getLiteralName(type);
      if (literal == null) {
        continue;
      }
      String word = literal.substring(1, literal.length() - 1);
      boolean letters = !word.isEmpty();
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        letters &= Character.isLetter(c) || c == '_';
      }
      if (letters) {
        keywords.add(word);
      }
    }
    return keywords;
  }

  @Test
  void theLexerKnowsManyKeywords() {
    assertThat(keywords()).hasSizeGreaterThan(200).contains("SELECT", "MERGE", "NOLOCK", "XML");
  }

  @Test
  void nonReservedKeywordsNameTablesColumnsAndAliases() {
    List<String> rejected = new ArrayList<>();
    for (String keyword : keywords()) {
      if (RESERVED.contains(keyword)) {
        continue;
      }
      String k = keyword.toLowerCase(Locale.ROOT);
      String sql =
          "CREATE TABLE "
              + k
              + "."
              + k
              + " ("
              + k
              + " int)\nGO\nSELECT "
              + k
              + "."
              + k
              + " AS "
              + k
              + " FROM "
              + k
              + " WHERE "
              + k
              + " = 1\nGO\nDECLARE @v int = "
              + k
              + "("
              + k
              + ")";
      if (!parser.parse("k.sql", sql).failures().isEmpty()) {
        rejected.add(keyword);
      }
    }
    assertThat(rejected).isEmpty();
  }

  @Test
  void reservedKeywordsNeedDelimiters() {
    List<String> accepted = new ArrayList<>();
    List<String> rejectedDelimited = new ArrayList<>();
    for (String keyword : keywords()) {
      if (!RESERVED.contains(keyword)) {
        continue;
      }
      if (parser.parse("r.sql", "CREATE TABLE " + keyword + " (a int)").failures().isEmpty()) {
        accepted.add(keyword);
      }
      String delimited = "CREATE TABLE [" + keyword + "] (\"" + keyword + "\" int)";
      if (!parser.parse("r.sql", delimited).failures().isEmpty()) {
        rejectedDelimited.add(keyword);
      }
    }
    assertThat(accepted).isEmpty();
    assertThat(rejectedDelimited).isEmpty();
  }
}
