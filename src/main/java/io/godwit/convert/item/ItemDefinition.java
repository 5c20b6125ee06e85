package io.godwit.convert.item;

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
 */
public record ItemDefinition(
    String code,
    Category category,
    String title,
    String description,
    String recommendation,
    double weight,
    double learningWeight) {

  public ItemDefinition {
    if (code == null || code.isBlank() || category == null || title == null) {
      throw new IllegalArgumentException("an item definition needs a code, category and title");
    }
  }
}
