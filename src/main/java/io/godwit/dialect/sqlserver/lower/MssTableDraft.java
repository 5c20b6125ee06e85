package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.ParsedBatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A table as a script describes it: its CREATE TABLE, the constraints that ALTER TABLE statements
 * add (SSMS writes foreign keys, checks and defaults that way) and the MS_Description extended
 * properties on it and its columns.
 */
final class MssTableDraft {

  /** A tree of the table's statements and the batch it is in. */
  record Part<T>(T tree, ParsedBatch batch) {}

  final String schema;
  final String name;
  Part<TSqlParser.CreateTableStatementContext> create;
  final List<Part<TSqlParser.AlterTableAddItemContext>> added = new ArrayList<>();
  final List<Part<TSqlParser.AlterTableActionContext>> unconverted = new ArrayList<>();
  final List<Part<TSqlParser.AlterTableActionContext>> unchecked = new ArrayList<>();
  final List<String> texts = new ArrayList<>();
  String comment;
  final Map<String, String> columnComments = new LinkedHashMap<>();

  MssTableDraft(String schema, String name) {
    this.schema = schema;
    this.name = name;
  }

  String columnComment(String column) {
    return columnComments.get(column.toUpperCase(Locale.ROOT));
  }
}
