package io.godwit.convert.types;

import io.godwit.ir.SqlType;
import io.godwit.model.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Maps source types to neutral types: the user's rules first, then the dialect's. */
public final class TypeMapper {

  private final List<TypeRule> rules;

  public TypeMapper(List<TypeRule> userRules, List<TypeRule> dialectRules) {
    List<TypeRule> all = new ArrayList<>(userRules);
    all.addAll(dialectRules);
    this.rules = List.copyOf(all);
  }

  /**
   * The neutral type of {@code source}, or empty when no rule names it (a user-defined type the
   * front end resolves itself).
   *
   * @param inKey whether the column is part of a primary or foreign key
   */
  public Optional<SqlType> map(DataType source, boolean inKey) {
    for (TypeRule rule : rules) {
      if (rule.matches(source, inKey)) {
        return Optional.of(rule.apply(source));
      }
    }
    return Optional.empty();
  }
}
