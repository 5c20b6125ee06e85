package io.godwit.assess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.Category;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

/**
 * How much work the assessment estimates (docs/effort-model.md). Efforts are counted in units of
 * {@code unitMinutes} minutes: every object costs a review effort that depends on its kind and its
 * length, every action-item occurrence costs its catalog weight, and every distinct code costs its
 * learning weight once. An object's category is the band its effort falls in (simple under {@code
 * simpleBelowHours}, complex from {@code complexFromHours}), never lower than its worst item.
 *
 * @param unitMinutes the minutes one effort unit stands for
 * @param hoursPerDay the working hours of a person-day
 * @param simpleBelowHours an object with actions is simple below this many hours
 * @param complexFromHours an object with actions is complex from this many hours on
 * @param review the review effort per object kind
 */
public record EffortModel(
    int unitMinutes,
    double hoursPerDay,
    double simpleBelowHours,
    double complexFromHours,
    Map<UnitKind, Review> review) {

  static final String RESOURCE = "/io/godwit/assess/effort-model.json";

  /**
   * The review effort of one object kind.
   *
   * @param base units per object
   * @param per100Lines units per 100 lines of its source
   */
  public record Review(double base, double per100Lines) {

    public Review {
      if (base < 0 || per100Lines < 0 || Double.isNaN(base) || Double.isNaN(per100Lines)) {
        throw new IllegalArgumentException("review efforts cannot be negative");
      }
    }
  }

  public EffortModel {
    if (unitMinutes <= 0) {
      throw new IllegalArgumentException("the effort unit must be at least one minute");
    }
    if (!(hoursPerDay > 0 && hoursPerDay <= 24)) {
      throw new IllegalArgumentException("a person-day must have between 0 and 24 hours");
    }
    if (!(simpleBelowHours > 0 && complexFromHours >= simpleBelowHours)) {
      throw new IllegalArgumentException(
          "the category bands need 0 < simpleBelowHours <= complexFromHours");
    }
    Map<UnitKind, Review> copy = new EnumMap<>(UnitKind.class);
    copy.putAll(review);
    review = java.util.Collections.unmodifiableMap(copy);
  }

  /** The model shipped with Godwit. */
  public static EffortModel builtIn() {
    try (InputStream in = EffortModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in, RESOURCE, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads a model file. Fields it leaves out keep the values of {@code base} (when given), so a
   * user's file may hold only what it changes.
   *
   * @throws IOException when the file is not valid JSON or holds an unknown kind or a bad value
   */
  public static EffortModel read(InputStream in, String name, EffortModel base) throws IOException {
    JsonNode root;
    try {
      root = JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new IOException(name + " is not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IOException(name + " must hold a JSON object");
    }
    try {
      int unit = root.path("unitMinutes").asInt(base == null ? 0 : base.unitMinutes());
      double perDay = number(root, "hoursPerDay", base == null ? 0 : base.hoursPerDay());
      double simple = number(root, "simpleBelowHours", base == null ? 0 : base.simpleBelowHours());
      double complex = number(root, "complexFromHours", base == null ? 0 : base.complexFromHours());
      Map<UnitKind, Review> reviews = new EnumMap<>(UnitKind.class);
      if (base != null) {
        reviews.putAll(base.review());
      }
      JsonNode r = root.path("review");
      for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        UnitKind kind;
        try {
          kind = UnitKind.fromLabel(e.getKey());
        } catch (IllegalArgumentException unknown) {
          throw new IOException(name + ": unknown object kind '" + e.getKey() + "' in review");
        }
        Review old = reviews.getOrDefault(kind, new Review(0, 0));
        reviews.put(
            kind,
            new Review(
                number(e.getValue(), "base", old.base()),
                number(e.getValue(), "per100Lines", old.per100Lines())));
      }
      return new EffortModel(unit, perDay, simple, complex, reviews);
    } catch (IllegalArgumentException e) {
      throw new IOException(name + ": " + e.getMessage(), e);
    }
  }

  private static double number(JsonNode node, String field, double fallback) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isNumber()) {
      throw new IllegalArgumentException(field + " must be a number");
    }
    return v.asDouble();
  }

  /** This model with another unit length. */
  public EffortModel withUnitMinutes(int minutes) {
    return new EffortModel(minutes, hoursPerDay, simpleBelowHours, complexFromHours, review);
  }

  /** This model with another person-day length. */
  public EffortModel withHoursPerDay(double hours) {
    return new EffortModel(unitMinutes, hours, simpleBelowHours, complexFromHours, review);
  }

  /** Hours for a number of units. */
  public double hours(double units) {
    return units * unitMinutes / 60.0;
  }

  /** Units for a number of hours. */
  public double units(double hours) {
    return hours * 60.0 / unitMinutes;
  }

  /** The review units of one object of {@code kind} with {@code lines} source lines. */
  public double reviewUnits(UnitKind kind, int lines) {
    Review r = review.getOrDefault(kind, new Review(0, 0));
    return r.base() + r.per100Lines() * lines / 100.0;
  }

  /** The band an effort of {@code hours} falls in. */
  public Category band(double hours) {
    if (hours < simpleBelowHours) {
      return Category.SIMPLE;
    }
    return hours < complexFromHours ? Category.MEDIUM : Category.COMPLEX;
  }

  /**
   * The category of an object with actions: the band of its effort, raised to its worst item's
   * category if that is graver.
   */
  public Category categoryOf(double hours, Category worstItem) {
    Category band = band(hours);
    return worstItem != null && worstItem.compareTo(band) > 0 ? worstItem : band;
  }

  /**
   * The least units an occurrence of {@code category} is estimated at: the lower bound of its band
   * (nothing for info and simple).
   */
  public double floorUnits(Category category) {
    return switch (category) {
      case INFO, SIMPLE -> 0;
      case MEDIUM -> units(simpleBelowHours);
      case COMPLEX -> units(complexFromHours);
    };
  }
}
