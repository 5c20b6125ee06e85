package io.godwit.dialect.oracle.script;

import io.godwit.dialect.oracle.parser.PlSqlLexer;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * What a statement is and which object it names, read from its first tokens. It works for
 * statements that failed to parse too, so that a failure can still name its object.
 *
 * @param kind what the statement is
 * @param objectType the object type as Oracle names it, or null
 * @param schema the schema, normalised, or null
 * @param name the object name, normalised, or null
 */
record StatementHeader(StatementKind kind, String objectType, String schema, String name) {

  /** Reads the header of a statement from its default-channel tokens. */
  static StatementHeader read(List<Token> tokens) {
    return new Reader(tokens).read();
  }

  /** A cursor over the first tokens of one statement. */
  private static final class Reader {
    private final List<Token> tokens;
    private int position;

    Reader(List<Token> tokens) {
      this.tokens = tokens;
    }

    StatementHeader read() {
      if (tokens.isEmpty()) {
        return new StatementHeader(StatementKind.OTHER, null, null, null);
      }
      int first = type(0);
      position = 1;
      return switch (first) {
        case PlSqlLexer.CREATE -> create();
        case PlSqlLexer.ALTER -> alter();
        case PlSqlLexer.DROP -> drop();
        case PlSqlLexer.COMMENT -> comment();
        case PlSqlLexer.GRANT -> grant(StatementKind.GRANT);
        case PlSqlLexer.REVOKE -> grant(StatementKind.REVOKE);
        case PlSqlLexer.TRUNCATE -> truncate();
        case PlSqlLexer.RENAME -> named(StatementKind.RENAME, null);
        case PlSqlLexer.DECLARE, PlSqlLexer.BEGIN, PlSqlLexer.LABEL_START ->
            new StatementHeader(StatementKind.ANONYMOUS_BLOCK, null, null, null);
        case PlSqlLexer.CALL, PlSqlLexer.SQLPLUS_EXEC -> named(StatementKind.CALL, null);
        case PlSqlLexer.SELECT,
                PlSqlLexer.WITH,
                PlSqlLexer.INSERT,
                PlSqlLexer.UPDATE,
                PlSqlLexer.DELETE,
                PlSqlLexer.MERGE,
                PlSqlLexer.LOCK,
                PlSqlLexer.EXPLAIN,
                PlSqlLexer.LPAREN ->
            new StatementHeader(StatementKind.DML, null, null, null);
        case PlSqlLexer.COMMIT, PlSqlLexer.ROLLBACK, PlSqlLexer.SAVEPOINT ->
            new StatementHeader(StatementKind.TRANSACTION_CONTROL, null, null, null);
        case PlSqlLexer.SET ->
            at(PlSqlLexer.TRANSACTION) || at(PlSqlLexer.CONSTRAINT) || at(PlSqlLexer.CONSTRAINTS)
                ? new StatementHeader(StatementKind.TRANSACTION_CONTROL, null, null, null)
                : new StatementHeader(StatementKind.OTHER, null, null, null);
        default -> new StatementHeader(StatementKind.OTHER, null, null, null);
      };
    }

    private StatementHeader create() {
      boolean isPublic = false;
      while (position < tokens.size()) {
        int t = type(position);
        if (t == PlSqlLexer.PUBLIC) {
          isPublic = true;
        } else if (!isCreateModifier(t)) {
          break;
        }
        position++;
      }
      int t = type(position);
      position++;
      return switch (t) {
        case PlSqlLexer.TABLE -> named(StatementKind.CREATE_TABLE, "TABLE");
        case PlSqlLexer.INDEX -> named(StatementKind.CREATE_INDEX, "INDEX");
        case PlSqlLexer.SEQUENCE -> named(StatementKind.CREATE_SEQUENCE, "SEQUENCE");
        case PlSqlLexer.VIEW -> named(StatementKind.CREATE_VIEW, "VIEW");
        case PlSqlLexer.MATERIALIZED -> materializedView();
        case PlSqlLexer.SYNONYM -> {
          StatementHeader header = named(StatementKind.CREATE_SYNONYM, "SYNONYM");
          yield isPublic && header.schema() == null
              ? new StatementHeader(header.kind(), header.objectType(), "PUBLIC", header.name())
              : header;
        }
        case PlSqlLexer.TYPE ->
            accept(PlSqlLexer.BODY)
                ? named(StatementKind.CREATE_TYPE_BODY, "TYPE BODY")
                : named(StatementKind.CREATE_TYPE, "TYPE");
        case PlSqlLexer.PROCEDURE -> named(StatementKind.CREATE_PROCEDURE, "PROCEDURE");
        case PlSqlLexer.FUNCTION -> named(StatementKind.CREATE_FUNCTION, "FUNCTION");
        case PlSqlLexer.PACKAGE ->
            accept(PlSqlLexer.BODY)
                ? named(StatementKind.CREATE_PACKAGE_BODY, "PACKAGE BODY")
                : named(StatementKind.CREATE_PACKAGE, "PACKAGE");
        case PlSqlLexer.TRIGGER -> named(StatementKind.CREATE_TRIGGER, "TRIGGER");
        case PlSqlLexer.USER -> named(StatementKind.CREATE_USER, "USER");
        case PlSqlLexer.ROLE -> named(StatementKind.CREATE_ROLE, "ROLE");
        case PlSqlLexer.DATABASE ->
            accept(PlSqlLexer.LINK)
                ? link(isPublic)
                : new StatementHeader(StatementKind.CREATE_OTHER, "DATABASE", null, null);
        default -> {
          position--;
          String objectType = objectWord();
          if (position < tokens.size()
              && tokens.get(position).getText().equalsIgnoreCase("NAMED")) {
            position++; // CREATE JAVA SOURCE NAMED "Name"
          }
          yield named(StatementKind.CREATE_OTHER, objectType);
        }
      };
    }

    private StatementHeader materializedView() {
      accept(PlSqlLexer.VIEW);
      if (accept(PlSqlLexer.LOG)) {
        accept(PlSqlLexer.ON);
        return named(StatementKind.CREATE_MATERIALIZED_VIEW_LOG, "MATERIALIZED VIEW LOG");
      }
      return named(StatementKind.CREATE_MATERIALIZED_VIEW, "MATERIALIZED VIEW");
    }

    private StatementHeader link(boolean isPublic) {
      StringBuilder name = new StringBuilder();
      while (position < tokens.size() && isName(type(position))) {
        if (!name.isEmpty()) {
          name.append('.');
        }
        name.append(OracleNames.normalize(tokens.get(position)));
        position++;
        if (!accept(PlSqlLexer.DOT)) {
          break;
        }
      }
      return new StatementHeader(
          StatementKind.CREATE_DATABASE_LINK,
          "DATABASE LINK",
          isPublic ? "PUBLIC" : null,
          name.isEmpty() ? null : name.toString());
    }

    private StatementHeader alter() {
      int t = type(position);
      position++;
      return switch (t) {
        case PlSqlLexer.TABLE -> named(StatementKind.ALTER_TABLE, "TABLE");
        case PlSqlLexer.INDEX -> named(StatementKind.ALTER_INDEX, "INDEX");
        case PlSqlLexer.SEQUENCE -> named(StatementKind.ALTER_SEQUENCE, "SEQUENCE");
        case PlSqlLexer.TRIGGER -> named(StatementKind.ALTER_TRIGGER, "TRIGGER");
        case PlSqlLexer.SESSION ->
            new StatementHeader(StatementKind.ALTER_SESSION, "SESSION", null, null);
        default -> {
          position--;
          yield named(StatementKind.ALTER_OTHER, objectWord());
        }
      };
    }

    private StatementHeader drop() {
      String objectType = objectWord();
      if (objectType != null && objectType.endsWith("DATABASE LINK")) {
        return new StatementHeader(StatementKind.DROP, objectType, null, dottedName());
      }
      return named(StatementKind.DROP, objectType);
    }

    private StatementHeader comment() {
      accept(PlSqlLexer.ON);
      String objectType = objectWord();
      if ("COLUMN".equals(objectType)) {
        // schema.table.column or table.column: name the table
        int start = position;
        int parts = 0;
        while (position < tokens.size() && isName(type(position))) {
          parts++;
          position++;
          if (!accept(PlSqlLexer.DOT)) {
            break;
          }
        }
        position = start;
        if (parts == 3) {
          String schema = OracleNames.normalize(tokens.get(position));
          String table = OracleNames.normalize(tokens.get(position + 2));
          return new StatementHeader(StatementKind.COMMENT, "COLUMN", schema, table);
        }
        String table = parts >= 2 ? OracleNames.normalize(tokens.get(position)) : null;
        return new StatementHeader(StatementKind.COMMENT, "COLUMN", null, table);
      }
      return named(StatementKind.COMMENT, objectType);
    }

    private StatementHeader grant(StatementKind kind) {
      for (int i = position; i < tokens.size(); i++) {
        int t = type(i);
        if (t == PlSqlLexer.ON) {
          position = i + 1;
          String objectType = objectWord();
          return named(kind, objectType);
        }
        if (t == PlSqlLexer.TO || t == PlSqlLexer.FROM) {
          break;
        }
      }
      return new StatementHeader(kind, null, null, null);
    }

    private StatementHeader truncate() {
      String objectType = objectWord();
      return named(StatementKind.TRUNCATE, objectType);
    }

    /** Reads [schema.]name at the current position, after Oracle 23ai's IF [NOT] EXISTS. */
    private StatementHeader named(StatementKind kind, String objectType) {
      if (accept(PlSqlLexer.IF)) {
        accept(PlSqlLexer.NOT);
        accept(PlSqlLexer.EXISTS);
      }
      if (position >= tokens.size() || !isName(type(position))) {
        return new StatementHeader(kind, objectType, null, null);
      }
      String first = OracleNames.normalize(tokens.get(position));
      if (type(position + 1) == PlSqlLexer.DOT && isName(type(position + 2))) {
        return new StatementHeader(
            kind, objectType, first, OracleNames.normalize(tokens.get(position + 2)));
      }
      return new StatementHeader(kind, objectType, null, first);
    }

    private String dottedName() {
      StringBuilder name = new StringBuilder();
      while (position < tokens.size() && isName(type(position))) {
        if (!name.isEmpty()) {
          name.append('.');
        }
        name.append(OracleNames.normalize(tokens.get(position)));
        position++;
        if (!accept(PlSqlLexer.DOT)) {
          break;
        }
      }
      return name.isEmpty() ? null : name.toString();
    }

    /**
     * Reads the words of an object type (TABLE, PACKAGE BODY, PUBLIC SYNONYM, MATERIALIZED VIEW,
     * ...) up to the object's name.
     */
    private String objectWord() {
      StringBuilder words = new StringBuilder();
      while (position < tokens.size() && isObjectTypeWord(type(position))) {
        int t = type(position);
        int next = type(position + 1);
        if (next == PlSqlLexer.DOT || next == PlSqlLexer.SEMI || next == Token.EOF) {
          break; // the word is the object's name
        }
        if (t != PlSqlLexer.ON) {
          if (!words.isEmpty()) {
            words.append(' ');
          }
          words.append(OracleNames.normalize(tokens.get(position)));
        }
        position++;
        if (!continuesObjectType(t, next)) {
          break;
        }
      }
      return words.isEmpty() ? null : words.toString();
    }

    private static boolean continuesObjectType(int word, int next) {
      return switch (word) {
        case PlSqlLexer.PUBLIC,
                PlSqlLexer.MATERIALIZED,
                PlSqlLexer.GLOBAL,
                PlSqlLexer.TEMPORARY,
                PlSqlLexer.JAVA,
                PlSqlLexer.MINING,
                PlSqlLexer.AUDIT,
                PlSqlLexer.DATABASE,
                PlSqlLexer.PLUGGABLE,
                PlSqlLexer.ROLLBACK ->
            true;
        case PlSqlLexer.VIEW -> next == PlSqlLexer.LOG;
        case PlSqlLexer.PACKAGE, PlSqlLexer.TYPE -> next == PlSqlLexer.BODY;
        case PlSqlLexer.LOG -> next == PlSqlLexer.ON;
        default -> false;
      };
    }

    private static boolean isObjectTypeWord(int t) {
      return t == PlSqlLexer.TABLE
          || t == PlSqlLexer.INDEX
          || t == PlSqlLexer.VIEW
          || t == PlSqlLexer.MATERIALIZED
          || t == PlSqlLexer.LOG
          || t == PlSqlLexer.ON
          || t == PlSqlLexer.SEQUENCE
          || t == PlSqlLexer.SYNONYM
          || t == PlSqlLexer.PUBLIC
          || t == PlSqlLexer.TYPE
          || t == PlSqlLexer.BODY
          || t == PlSqlLexer.PROCEDURE
          || t == PlSqlLexer.FUNCTION
          || t == PlSqlLexer.PACKAGE
          || t == PlSqlLexer.TRIGGER
          || t == PlSqlLexer.USER
          || t == PlSqlLexer.ROLE
          || t == PlSqlLexer.DIRECTORY
          || t == PlSqlLexer.TABLESPACE
          || t == PlSqlLexer.CLUSTER
          || t == PlSqlLexer.CONTEXT
          || t == PlSqlLexer.JAVA
          || t == PlSqlLexer.SOURCE
          || t == PlSqlLexer.CLASS
          || t == PlSqlLexer.RESOURCE
          || t == PlSqlLexer.LIBRARY
          || t == PlSqlLexer.OPERATOR
          || t == PlSqlLexer.INDEXTYPE
          || t == PlSqlLexer.DIMENSION
          || t == PlSqlLexer.PROFILE
          || t == PlSqlLexer.EDITION
          || t == PlSqlLexer.COLUMN
          || t == PlSqlLexer.DATABASE
          || t == PlSqlLexer.LINK
          || t == PlSqlLexer.MINING
          || t == PlSqlLexer.MODEL
          || t == PlSqlLexer.AUDIT
          || t == PlSqlLexer.POLICY
          || t == PlSqlLexer.SYSTEM
          || t == PlSqlLexer.SESSION
          || t == PlSqlLexer.GLOBAL
          || t == PlSqlLexer.TEMPORARY
          || t == PlSqlLexer.PLUGGABLE
          || t == PlSqlLexer.ROLLBACK
          || t == PlSqlLexer.SEGMENT
          || t == PlSqlLexer.OUTLINE
          || t == PlSqlLexer.SCHEMA
          || t == PlSqlLexer.DIRECTORY;
    }

    private static boolean isCreateModifier(int t) {
      return t == PlSqlLexer.OR
          || t == PlSqlLexer.REPLACE
          || t == PlSqlLexer.EDITIONABLE
          || t == PlSqlLexer.NONEDITIONABLE
          || t == PlSqlLexer.EDITIONING
          || t == PlSqlLexer.NO
          || t == PlSqlLexer.FORCE
          || t == PlSqlLexer.NOFORCE
          || t == PlSqlLexer.AND
          || t == PlSqlLexer.RESOLVE
          || t == PlSqlLexer.COMPILE
          || t == PlSqlLexer.SHARED
          || t == PlSqlLexer.UNIQUE
          || t == PlSqlLexer.BITMAP
          || t == PlSqlLexer.MULTIVALUE
          || t == PlSqlLexer.GLOBAL
          || t == PlSqlLexer.PRIVATE
          || t == PlSqlLexer.TEMPORARY
          || t == PlSqlLexer.SHARDED
          || t == PlSqlLexer.DUPLICATED
          || t == PlSqlLexer.IMMUTABLE
          || t == PlSqlLexer.BLOCKCHAIN;
    }

    private static boolean isName(int t) {
      return t == PlSqlLexer.REGULAR_ID
          || t == PlSqlLexer.DELIMITED_ID
          || t == PlSqlLexer.SUBSTITUTION_VARIABLE
          || (t > 0 && isKeyword(t));
    }

    private static boolean isKeyword(int t) {
      String literal = PlSqlLexer.VOCABULARY.getLiteralName(t);
      return literal != null && literal.length() > 2 && Character.isLetter(literal.charAt(1));
    }

    private boolean at(int type) {
      return type(position) == type;
    }

    private boolean accept(int type) {
      if (type(position) == type) {
        position++;
        return true;
      }
      return false;
    }

    private int type(int index) {
      return index < tokens.size() ? tokens.get(index).getType() : Token.EOF;
    }
  }
}
