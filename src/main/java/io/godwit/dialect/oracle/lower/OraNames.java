package io.godwit.dialect.oracle.lower;

import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.dialect.oracle.script.OracleNames;
import io.godwit.ir.Ident;
import io.godwit.ir.QName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Oracle names as IR identifiers. Oracle stores unquoted names in upper case; a name is
 * case-sensitive on the target only when it has lower-case letters (it was quoted and mixed case),
 * so "EMP" and EMP are the same name.
 */
final class OraNames {

  private OraNames() {}

  /** An identifier for a name as Oracle stores it. */
  static Ident ident(String stored) {
    return new Ident(stored, !stored.equals(stored.toUpperCase(Locale.ROOT)));
  }

  /** An identifier for an identifier node of the tree. */
  static Ident ident(ParseTree node) {
    return ident(OracleNames.normalize(node.getText()));
  }

  static QName object(PlSqlParser.Object_nameContext ctx) {
    return ctx.schema == null
        ? QName.of(ident(ctx.name))
        : QName.of(ident(ctx.schema), ident(ctx.name));
  }

  static QName qualified(List<? extends ParseTree> parts) {
    List<Ident> idents = new ArrayList<>();
    for (ParseTree p : parts) {
      idents.add(ident(p));
    }
    return new QName(idents);
  }

  /** The upper-case text of a name, for comparisons with Oracle's built-in names. */
  static String upper(ParseTree node) {
    return OracleNames.normalize(node.getText()).toUpperCase(Locale.ROOT);
  }
}
