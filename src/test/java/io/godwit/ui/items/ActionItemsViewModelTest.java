package io.godwit.ui.items;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.item.Category;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.project.Project;
import io.godwit.ui.Sample;
import io.godwit.ui.model.ConversionModel;
import io.godwit.ui.model.Selection;
import io.godwit.ui.model.WorkbenchState;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionItemsViewModelTest {

  WorkbenchState state = new WorkbenchState();
  ActionItemsViewModel items = new ActionItemsViewModel(state, ItemCatalog.builtIn());

  @Test
  void listsEveryItemWithItsObjectAndLineInTheObject() {
    state.projectProperty().set(Project.create("T", "t"));
    state.conversionProperty().set(new ConversionModel(Sample.result(), Map.of()));
    assertThat(items.rows()).hasSize(2);
    ItemRow dynamic =
        items.rows().stream().filter(r -> r.code().equals("GW-0007")).findFirst().get();
    assertThat(dynamic.object()).isEqualTo("SALES.ORDER_MGMT");
    assertThat(dynamic.line()).isEqualTo(4);
    assertThat(dynamic.recommendation()).isNotBlank();
    assertThat(items.summaryProperty().get()).contains("2 of 2 items").contains("1 complex");
  }

  @Test
  void filtersByTextCategoryAndSelection() {
    ConversionModel c = new ConversionModel(Sample.result(), Map.of());
    state.conversionProperty().set(c);
    items.filterProperty().set("parse");
    assertThat(items.rows()).extracting(ItemRow::code).containsExactly("GW-0001");
    items.filterProperty().set("");
    items.categoryProperty().set(Category.MEDIUM);
    assertThat(items.rows()).extracting(ItemRow::code).containsExactly("GW-0007");
    items.categoryProperty().set(null);
    items.onlySelectedProperty().set(true);
    assertThat(items.rows()).isEmpty();
    var pkg = c.result().objects().get(2);
    state.selectionProperty().set(new Selection(null, pkg, c.key(pkg)));
    assertThat(items.rows()).extracting(ItemRow::code).containsExactly("GW-0007");
  }

  @Test
  void noConversionNoRows() {
    state.conversionProperty().set(new ConversionModel(Sample.result(), Map.of()));
    state.conversionProperty().set(null);
    assertThat(items.rows()).isEmpty();
    assertThat(items.summaryProperty().get()).isEqualTo("No conversion yet");
  }
}
