package io.godwit.dialect;

import io.godwit.load.Condition;
import io.godwit.load.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Renders a load {@link Condition} as a SQL condition with {@code ?} placeholders; the values go to
 * {@link #binds()} in placeholder order. Every supported product spells comparisons, AND, OR, NOT
 * and IS NULL the same way, so one renderer serves them all; identifiers go through the product's
 * quoting.
 */
public final class ConditionSql {

  /** A value to bind and the kind it is. */
  public record Bind(Object value, ValueKind kind) {}

  private final UnaryOperator<String> quote;
  private final List<Bind> binds = new ArrayList<>();

  public ConditionSql(UnaryOperator<String> quote) {
    this.quote = quote;
  }

  /** The condition as SQL, or {@code null} when {@code c} is {@code null}. */
  public String render(Condition c) {
    if (c == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    append(out, c);
    return out.toString();
  }

  /** {@code " where <condition>"}, or the empty string when {@code c} is {@code null}. */
  public String whereClause(Condition c) {
    String sql = render(c);
    return sql == null ? "" : " where " + sql;
  }

  /** The values for the placeholders rendered so far. */
  public List<Bind> binds() {
    return binds;
  }

  private void append(StringBuilder out, Condition c) {
    if (c instanceof Condition.Compare k) {
      out.append(quote.apply(k.column())).append(' ').append(k.op().symbol()).append(" ?");
      binds.add(new Bind(k.value(), k.kind()));
    } else if (c instanceof Condition.IsNull n) {
      out.append(quote.apply(n.column())).append(" is null");
    } else if (c instanceof Condition.Not n) {
      out.append("not (");
      append(out, n.condition());
      out.append(')');
    } else if (c instanceof Condition.All a) {
      join(out, a.conditions(), " and ", "1 = 1");
    } else if (c instanceof Condition.Any a) {
      join(out, a.conditions(), " or ", "1 = 0");
    }
  }

  private void join(StringBuilder out, List<Condition> parts, String op, String empty) {
    if (parts.isEmpty()) {
      out.append(empty);
      return;
    }
    out.append('(');
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        out.append(op);
      }
      append(out, parts.get(i));
    }
    out.append(')');
  }
}
