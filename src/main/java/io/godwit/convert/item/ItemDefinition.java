package io.godwit.convert.item;

import java.util.Map;

/**
 * One entry of the action-item catalog.
 *
 * @param code the stable code ({@code ORA-1001}); see docs/adr for the scheme
 * @param category the effort category of one occurrence
 * @param title a short name of the problem
 * @param description what the source does that the target cannot do as is
 * @param recommendation what to do about it
 * @param weight effort units per occurrence (see the effort model)
 * @param learningWeight one-time effort units to learn how to handle this code
 * @param recommendations what to do about it on one target, by target dialect id ({@code mysql}),
 *     where that differs from {@code recommendation}
 */
public record ItemDefinition(
    String code,
    Category category,
    String title,
    String description,
    String recommendation,
    double weight,
    double learningWeight,
    Map<String, String> recommendations) {

  public ItemDefinition {
    if (code == null || code.isBlank() || category == null || title == null) {
      throw new IllegalArgumentException("an item definition needs a code, category and title");
    }
    recommendations = recommendations == null ? Map.of() : Map.copyOf(recommendations);
  }

  /** A definition with one recommendation for every target. */
  public ItemDefinition(
      String code,
      Category category,
      String title,
      String description,
      String recommendation,
      double weight,
      double learningWeight) {
    this(code, category, title, description, recommendation, weight, learningWeight, null);
  }

  /** What to do about it on {@code target} (a dialect id, or null for any target). */
  public String recommendation(String target) {
    String own = target == null ? null : recommendations.get(target);
    return own != null ? own : recommendation;
  }
}
