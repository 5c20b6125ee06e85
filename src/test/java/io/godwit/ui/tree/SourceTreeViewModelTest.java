package io.godwit.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.ObjectStatus;
import io.godwit.convert.item.Category;
import io.godwit.project.Edit;
import io.godwit.project.Project;
import io.godwit.ui.Sample;
import io.godwit.ui.model.ConversionModel;
import io.godwit.ui.model.SourceModel;
import io.godwit.ui.model.SourceObject;
import io.godwit.ui.model.WorkbenchState;
import io.godwit.ui.task.UiThread;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceTreeViewModelTest {

  WorkbenchState state = new WorkbenchState();
  SourceTreeViewModel tree = new SourceTreeViewModel(state, Runnable::run, UiThread.DIRECT);

  @Test
  void buildsTheTreeOfTheLoadedSourceAndFiltersIt() {
    state.projectProperty().set(Project.create("T", "t"));
    state.sourceProperty().set(SourceModel.of("oracle", "Oracle scripts", Sample.sources()));
    TreeNode<SourceObject> root = tree.rootProperty().get();
    assertThat(root.label()).isEqualTo("Oracle scripts");
    assertThat(root.total()).isEqualTo(3);
    assertThat(root.children()).extracting(TreeNode::label).containsExactly("SALES");
    tree.filterProperty().set("order*");
    assertThat(tree.rootProperty().get().count()).isEqualTo(2);
    assertThat(SourceTreeViewModel.objectsOf(List.of(tree.rootProperty().get())))
        .extracting(o -> o.ref().name())
        .containsExactlyInAnyOrder("ORDERS", "ORDER_MGMT");
  }

  @Test
  void eachObjectCarriesItsConversionStateAndEdit() {
    SourceModel source = SourceModel.of("oracle", "Oracle scripts", Sample.sources());
    state.sourceProperty().set(source);
    ConversionModel c = new ConversionModel(Sample.result(), Map.of());
    state.conversionProperty().set(c);
    assertThat(tree.stateOf(source.object(Sample.TABLE)).status())
        .isEqualTo(ObjectStatus.CONVERTED);
    assertThat(tree.stateOf(source.object(Sample.PACKAGE)).worst()).isEqualTo(Category.MEDIUM);
    assertThat(tree.stateOf(source.object(Sample.VIEW)).status()).isEqualTo(ObjectStatus.FAILED);
    int before = tree.statesVersionProperty().get();
    state.edits().put(c.key(c.result().objects().get(1)), new Edit("x", null));
    assertThat(tree.statesVersionProperty().get()).isGreaterThan(before);
    assertThat(tree.stateOf(source.object(Sample.TABLE)).edited()).isTrue();
  }
}
