package io.godwit.dialect.sqlserver.script;

import io.godwit.dialect.sqlserver.parser.TSqlLexer;
import io.godwit.dialect.sqlserver.parser.TSqlParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Names as the T-SQL parse tree holds them, turned into plain strings. */
public final class TsqlNames {

  private TsqlNames() {}

  /**
   * A name without its delimiters: {@code [Order Details]} becomes {@code Order Details}, {@code
   * "a""b"} becomes {@code a"b}; other names (including {@code #temp}) are returned as written.
   */
  public static String unquote(String written) {
    if (written == null || written.length() < 2) {
      return written;
    }
    char first = written.charAt(0);
    char last = written.charAt(written.length() - 1);
    char close;
    if (first == '[' && last == ']') {
      close = ']';
    } else if (first == '"' && last == '"') {
      close = '"';
    } else {
      return written;
    }
    StringBuilder out = new StringBuilder(written.length() - 2);
    for (int i = 1; i < written.length() - 1; i++) {
      char c = written.charAt(i);
      out.append(c);
      if (c == close && i + 1 < written.length() - 1 && written.charAt(i + 1) == close) {
        i++;
      }
    }
    return out.toString();
  }

  /** An identifier without its delimiters. */
  public static String name(ParserRuleContext identifier) {
    return identifier == null ? null : unquote(identifier.getText());
  }

  /** A qualified name's parts; {@code db..t} has no schema. */
  public static ObjectName objectName(TSqlParser.QualifiedNameContext name) {
    return name == null ? null : fromParts(name.children);
  }

  /**
   * The name formed by a run of identifier nodes and dots, such as the children of a qualified name
   * or the leading children of a procedure call without EXEC. Stops at the first node that is
   * neither.
   */
  static ObjectName fromParts(List<ParseTree> children) {
    List<String> parts = new ArrayList<>();
    boolean previousDot = false;
    for (ParseTree child : children) {
      if (child instanceof TerminalNode) {
        if (((TerminalNode) child).getSymbol().getType() != TSqlLexer.DOT) {
          break;
        }
        if (previousDot) {
          parts.add(null);
        }
        previousDot = true;
      } else if (child instanceof TSqlParser.IdentifierContext
          || child instanceof TSqlParser.SimpleNameContext) {
        parts.add(unquote(child.getText()));
        previousDot = false;
      } else {
        break;
      }
    }
    int n = parts.size();
    if (n == 0) {
      return null;
    }
    return new ObjectName(
        n >= 4 ? parts.get(n - 4) : null,
        n >= 3 ? parts.get(n - 3) : null,
        n >= 2 ? parts.get(n - 2) : null,
        parts.get(n - 1));
  }
}
