package io.godwit.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.godwit.convert.UnitKind;
import io.godwit.convert.item.Category;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.item.ItemDefinition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EffortModelTest {

  static final EffortModel MODEL = EffortModel.builtIn();

  /**
   * The calibration docs/effort-model.md promises: with the default unit, one occurrence of every
   * code lands in its own category's band, so an object's category (the band of its effort) is
   * never below its worst item and simple/medium/complex mean under 2 h / 2-6 h / 6 h or more.
   */
  @Test
  void everyCatalogWeightLiesInItsCategorysBand() {
    for (ItemDefinition d : ItemCatalog.builtIn().all()) {
      double hours = MODEL.hours(d.weight());
      switch (d.category()) {
        case INFO -> assertThat(hours).as(d.code()).isZero();
        case SIMPLE -> assertThat(hours).as(d.code()).isPositive().isLessThan(2.0);
        case MEDIUM -> assertThat(hours).as(d.code()).isGreaterThanOrEqualTo(2.0).isLessThan(6.0);
        case COMPLEX -> assertThat(hours).as(d.code()).isGreaterThanOrEqualTo(6.0);
      }
      assertThat(
              MODEL.band(MODEL.hours(d.weight())).compareTo(d.category()) >= 0
                  || d.category() == Category.INFO)
          .as(d.code())
          .isTrue();
      assertThat(d.learningWeight()).as(d.code()).isNotNegative();
    }
  }

  @Test
  void everyKindHasAReviewEffort() {
    for (UnitKind k : UnitKind.values()) {
      assertThat(MODEL.review()).as(k.label()).containsKey(k);
    }
    assertThat(MODEL.unitMinutes()).isEqualTo(30);
    assertThat(MODEL.reviewUnits(UnitKind.PACKAGE, 250)).isEqualTo(3.5);
  }

  @Test
  void bands() {
    assertThat(MODEL.band(1.99)).isEqualTo(Category.SIMPLE);
    assertThat(MODEL.band(2.0)).isEqualTo(Category.MEDIUM);
    assertThat(MODEL.band(5.99)).isEqualTo(Category.MEDIUM);
    assertThat(MODEL.band(6.0)).isEqualTo(Category.COMPLEX);
    assertThat(MODEL.categoryOf(0.5, Category.COMPLEX)).isEqualTo(Category.COMPLEX);
    assertThat(MODEL.categoryOf(7, Category.SIMPLE)).isEqualTo(Category.COMPLEX);
    assertThat(MODEL.floorUnits(Category.COMPLEX)).isEqualTo(12.0);
  }

  @Test
  void aUsersFileChangesOnlyWhatItNames() throws IOException {
    String json = "{\"unitMinutes\": 20, \"review\": {\"package\": {\"per100Lines\": 3}}}";
    EffortModel m =
        EffortModel.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mine.json", MODEL);
    assertThat(m.unitMinutes()).isEqualTo(20);
    assertThat(m.hoursPerDay()).isEqualTo(8.0);
    assertThat(m.review().get(UnitKind.PACKAGE)).isEqualTo(new EffortModel.Review(1, 3));
    assertThat(m.review().get(UnitKind.TABLE)).isEqualTo(MODEL.review().get(UnitKind.TABLE));
  }

  @Test
  void badFilesGetOneClearLine() {
    assertThatThrownBy(() -> read("{\"review\": {\"tabel\": {\"base\": 1}}}"))
        .isInstanceOf(IOException.class)
        .hasMessage("mine.json: unknown object kind 'tabel' in review");
    assertThatThrownBy(() -> read("{\"unitMinutes\": 0}"))
        .hasMessage("mine.json: the effort unit must be at least one minute");
    assertThatThrownBy(() -> read("{\"hoursPerDay\": \"eight\"}"))
        .hasMessage("mine.json: hoursPerDay must be a number");
    assertThatThrownBy(() -> read("[1, 2")).hasMessageStartingWith("mine.json is not valid JSON");
  }

  private static EffortModel read(String json) throws IOException {
    return EffortModel.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mine.json", MODEL);
  }
}
