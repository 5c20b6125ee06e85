package io.godwit.ui.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.project.Project;
import io.godwit.ui.Sample;
import io.godwit.ui.model.ConversionModel;
import io.godwit.ui.model.Selection;
import io.godwit.ui.model.SourceModel;
import io.godwit.ui.model.WorkbenchState;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CodeViewModelTest {

  WorkbenchState state;
  CodeViewModel code;
  ConversionModel conversion;
  SourceModel source;

  @BeforeEach
  void setUp() {
    state = new WorkbenchState();
    state.projectProperty().set(Project.create("T", "t"));
    source = SourceModel.of("oracle", "Oracle scripts", Sample.sources());
    conversion = new ConversionModel(Sample.result(), Map.of());
    state.sourceProperty().set(source);
    state.conversionProperty().set(conversion);
    code = new CodeViewModel(state);
  }

  void select(int index) {
    var o = conversion.result().objects().get(index + 1);
    state.selectionProperty().set(new Selection(source.object(o.source()), o, conversion.key(o)));
  }

  @Test
  void showsSourceAndTargetSideBySide() {
    select(1);
    assertThat(code.sourceTextProperty().get()).isEqualTo(Sample.PACKAGE_TEXT);
    assertThat(code.targetTextProperty().get()).isEqualTo(Sample.PACKAGE_SQL);
    assertThat(code.sourceLanguageProperty().get()).isEqualTo("oracle");
    assertThat(code.targetLanguageProperty().get()).isEqualTo("postgresql");
    assertThat(code.sourceTitleProperty().get()).isEqualTo("Oracle: package SALES.ORDER_MGMT");
    assertThat(code.targetEditableProperty().get()).isTrue();
  }

  @Test
  void anActionItemHighlightsItsSpanInBothTexts() {
    select(1);
    code.highlight(Sample.dynamicSql());
    TextSpan s = code.sourceHighlightProperty().get();
    TextSpan t = code.targetHighlightProperty().get();
    assertThat(Sample.PACKAGE_TEXT.substring(s.start(), s.end()))
        .isEqualTo("EXECUTE IMMEDIATE 'DELETE FROM orders';");
    assertThat(Sample.PACKAGE_SQL.substring(t.start(), t.end()))
        .isEqualTo("EXECUTE 'DELETE FROM orders';");
  }

  @Test
  void typingMakesAnEditAndTypingItBackRemovesIt() {
    select(0);
    String edited = Sample.TABLE_SQL.replace("numeric(10)", "bigint");
    code.userEdited(edited);
    var key = state.selection().key();
    assertThat(state.edits()).containsKey(key);
    assertThat(state.edits().get(key).text()).isEqualTo(edited);
    assertThat(state.edits().get(key).startedFrom(Sample.TABLE_SQL)).isTrue();
    assertThat(code.targetEditedProperty().get()).isTrue();
    assertThat(state.dirtyProperty().get()).isTrue();

    code.userEdited(Sample.TABLE_SQL);
    assertThat(state.edits()).isEmpty();
    assertThat(code.targetEditedProperty().get()).isFalse();
  }

  @Test
  void anEditIsShownAgainWhenTheObjectIsSelectedAgain() {
    select(0);
    code.userEdited("-- mine\n");
    select(1);
    assertThat(code.targetTextProperty().get()).isEqualTo(Sample.PACKAGE_SQL);
    select(0);
    assertThat(code.targetTextProperty().get()).isEqualTo("-- mine\n");
    code.revertEdit();
    assertThat(code.targetTextProperty().get()).isEqualTo(Sample.TABLE_SQL);
    assertThat(state.edits()).isEmpty();
  }

  @Test
  void theTargetSpanIsNotShownInEditedText() {
    select(1);
    code.userEdited(Sample.PACKAGE_SQL + "-- reviewed\n");
    code.highlight(Sample.dynamicSql());
    assertThat(code.sourceHighlightProperty().get()).isNotNull();
    assertThat(code.targetHighlightProperty().get()).isNull();
    assertThat(code.highlightNoteProperty().get()).contains("edited");
  }

  @Test
  void aFailedObjectCanBeWrittenByHand() {
    select(2);
    assertThat(code.targetTextProperty().get())
        .startsWith("-- GODWIT: not converted")
        .contains("GW-0001");
    code.userEdited("CREATE VIEW sales.v_weird AS SELECT 1;\n");
    assertThat(state.edits()).hasSize(1);
  }
}
