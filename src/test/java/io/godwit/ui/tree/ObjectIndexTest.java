package io.godwit.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.UnitKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectIndexTest {

  static ObjectIndex<String> index() {
    List<TreeEntry<String>> e = new ArrayList<>();
    e.add(new TreeEntry<>("SALES", UnitKind.VIEW, "V_ORDERS", "v"));
    e.add(new TreeEntry<>("SALES", UnitKind.TABLE, "ORDERS", "o"));
    e.add(new TreeEntry<>("SALES", UnitKind.TABLE, "CUSTOMERS", "c"));
    e.add(new TreeEntry<>("HR", UnitKind.TABLE, "EMPLOYEES", "e"));
    e.add(new TreeEntry<>("HR", UnitKind.PACKAGE, "PAYROLL", "p"));
    return new ObjectIndex<>("DB", e);
  }

  @Test
  void databaseSchemasKindsObjectsWithCounts() {
    TreeNode<String> root = index().tree(Glob.of(""));
    assertThat(root.total()).isEqualTo(5);
    assertThat(root.children()).extracting(TreeNode::label).containsExactly("HR", "SALES");
    TreeNode<String> sales = root.children().get(1);
    assertThat(sales.count()).isEqualTo(3);
    assertThat(sales.children()).extracting(TreeNode::label).containsExactly("Tables", "Views");
    assertThat(sales.children().get(0).children())
        .extracting(TreeNode::label)
        .containsExactly("CUSTOMERS", "ORDERS");
  }

  @Test
  void aFilterKeepsMatchesAndCountsOfTotals() {
    TreeNode<String> root = index().tree(Glob.of("*orders"));
    assertThat(root.count()).isEqualTo(2);
    assertThat(root.total()).isEqualTo(5);
    assertThat(root.children()).hasSize(1);
    TreeNode<String> sales = root.children().get(0);
    assertThat(sales.count()).isEqualTo(2);
    assertThat(sales.total()).isEqualTo(3);
    assertThat(SourceTreeViewModel.countText(sales.children().get(0))).isEqualTo("1 of 2");
    List<String> values = new ArrayList<>();
    root.collect(values);
    assertThat(values).containsExactly("o", "v");
  }

  @Test
  void fiftyThousandObjectsFilterInOnePass() {
    List<TreeEntry<Integer>> e = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      e.add(new TreeEntry<>("S" + (i % 10), UnitKind.values()[i % 5], "OBJ_" + i, i));
    }
    ObjectIndex<Integer> idx = new ObjectIndex<>("big", e);
    TreeNode<Integer> all = idx.tree(Glob.of(""));
    assertThat(all.count()).isEqualTo(50_000);
    TreeNode<Integer> some = idx.tree(Glob.of("obj_4999?"));
    assertThat(some.count()).isEqualTo(10);
    assertThat(some.total()).isEqualTo(50_000);
  }
}
