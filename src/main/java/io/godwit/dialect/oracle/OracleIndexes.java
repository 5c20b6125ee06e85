package io.godwit.dialect.oracle;

import io.godwit.model.IndexKey;
import io.godwit.model.NullsOrder;
import io.godwit.model.SortOrder;
import java.util.Locale;

/** Decodes index rows of {@code ALL_INDEXES}, {@code ALL_IND_COLUMNS} and ALL_IND_EXPRESSIONS. */
final class OracleIndexes {

  private static final String FUNCTION_BASED = "FUNCTION-BASED ";

  private OracleIndexes() {}

  /**
   * The method for {@code INDEX_TYPE}: {@code NORMAL} is {@code btree}, {@code NORMAL/REV} is
   * {@code reverse}, {@code BITMAP} is {@code bitmap}, {@code DOMAIN} is {@code domain}; the {@code
   * FUNCTION-BASED} prefix only says the keys hold expressions.
   */
  static String method(String indexType) {
    if (indexType == null) {
      return null;
    }
    String type = indexType.strip();
    if (type.startsWith(FUNCTION_BASED)) {
      type = type.substring(FUNCTION_BASED.length());
    }
    return switch (type) {
      case "NORMAL" -> "btree";
      case "NORMAL/REV" -> "reverse";
      case "BITMAP" -> "bitmap";
      case "DOMAIN" -> "domain";
      default -> type.toLowerCase(Locale.ROOT);
    };
  }

  /**
   * One key. Oracle implements a descending key and a function-based key as a hidden column ({@code
   * SYS_NC00004$}) whose expression ALL_IND_EXPRESSIONS gives; a descending plain column has the
   * quoted column name as its expression ({@code "AMOUNT"}), which becomes a column key again.
   *
   * @param column {@code COLUMN_NAME}
   * @param descend {@code DESCEND}: {@code ASC} or {@code DESC}
   * @param expression {@code COLUMN_EXPRESSION}, or {@code null} for a plain column
   */
  static IndexKey key(String column, String descend, String expression) {
    SortOrder order = "DESC".equals(descend) ? SortOrder.DESC : SortOrder.ASC;
    if (expression == null || expression.isBlank()) {
      return new IndexKey(column, null, order, NullsOrder.DEFAULT);
    }
    String plain = OracleNames.quotedIdentifier(expression);
    if (plain != null) {
      return new IndexKey(plain, null, order, NullsOrder.DEFAULT);
    }
    return new IndexKey(null, expression.strip(), order, NullsOrder.DEFAULT);
  }
}
