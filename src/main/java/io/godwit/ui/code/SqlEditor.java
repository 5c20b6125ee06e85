package io.godwit.ui.code;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A SQL editor: a RichTextFX code area with line numbers, coloured by {@link SqlScanner} in the
 * background, and a highlighted span (the selected action item) that scrolls into view.
 */
public final class SqlEditor {

  static final String HIGHLIGHT = "action-span";

  private final CodeArea area = new CodeArea();
  private final VirtualizedScrollPane<CodeArea> pane = new VirtualizedScrollPane<>(area);
  private final Executor worker;
  private final AtomicLong version = new AtomicLong();
  private SqlLanguage language = SqlLanguage.POSTGRESQL;
  private SqlScanner scanner = new SqlScanner(language);
  private StyleSpans<Collection<String>> base;
  private TextSpan highlight;
  private boolean loading;

  public SqlEditor(Executor worker, String id) {
    this.worker = worker;
    area.setId(id);
    area.getStyleClass().add("sql-editor");
    area.setParagraphGraphicFactory(LineNumberFactory.get(area));
    area.setWrapText(false);
    area.plainTextChanges().filter(c -> !c.isIdentity()).subscribe(c -> recolour());
    // A scroll bar that appears during a layout pass is left at the corner with no size until the
    // next one: lay the pane out again whenever a bar shows or hides, or the content size changes.
    for (Node child : pane.getChildrenUnmodifiable()) {
      if (child instanceof javafx.scene.control.ScrollBar) {
        child.visibleProperty().addListener((o, a, b) -> relayout());
      }
    }
    area.totalHeightEstimateProperty().addListener((o, a, b) -> relayout());
    area.totalWidthEstimateProperty().addListener((o, a, b) -> relayout());
  }

  private void relayout() {
    javafx.application.Platform.runLater(
        () -> {
          pane.requestLayout();
          pane.layout();
        });
  }

  /** The node to put in a layout. */
  public Node node() {
    return pane;
  }

  public CodeArea area() {
    return area;
  }

  public void setLanguage(String product) {
    SqlLanguage next = SqlLanguage.of(product);
    if (next != language) {
      language = next;
      scanner = new SqlScanner(next);
      recolour();
    }
  }

  public void setEditable(boolean editable) {
    area.setEditable(editable);
    area.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("readonly"), !editable);
  }

  /** Replaces the text without reporting it as a user edit; the view scrolls to the top. */
  public void setText(String text) {
    String t = text == null ? "" : text;
    if (t.equals(area.getText())) {
      return;
    }
    loading = true;
    try {
      highlight = null;
      area.replaceText(t);
      area.getUndoManager().forgetHistory();
      area.moveTo(0);
      area.requestFollowCaret();
    } finally {
      loading = false;
    }
  }

  /** Calls {@code onEdit} with the whole text after each change the user makes. */
  public void onUserEdit(Consumer<String> onEdit) {
    area.plainTextChanges()
        .filter(c -> !c.isIdentity() && !loading)
        .subscribe(c -> onEdit.accept(area.getText()));
  }

  /** Highlights {@code span} (null clears) and brings it into view. */
  public void highlight(TextSpan span) {
    highlight = span;
    apply();
    if (span != null && span.start() <= area.getLength()) {
      area.moveTo(span.start());
      int paragraph = area.getCurrentParagraph();
      area.showParagraphAtCenter(paragraph);
    }
  }

  /** The highlighted span, or null. */
  public TextSpan highlighted() {
    return highlight;
  }

  /** Whether the characters of {@code span} carry the highlight style. */
  public boolean isHighlighted(TextSpan span) {
    if (span == null || span.end() > area.getLength()) {
      return false;
    }
    int probe = span.end() > span.start() ? span.start() : Math.max(0, span.start() - 1);
    if (probe >= area.getLength()) {
      return false;
    }
    return area.getStyleOfChar(probe).contains(HIGHLIGHT);
  }

  private void recolour() {
    long v = version.incrementAndGet();
    String text = area.getText();
    SqlScanner s = scanner;
    worker.execute(
        () -> {
          StyleSpans<Collection<String>> spans = spans(s.scan(text), text.length());
          Platform.runLater(
              () -> {
                if (version.get() == v && area.getLength() == text.length()) {
                  base = spans;
                  apply();
                }
              });
        });
  }

  private void apply() {
    if (base == null || base.length() != area.getLength()) {
      return;
    }
    StyleSpans<Collection<String>> styles = base;
    TextSpan h = highlight;
    int length = area.getLength();
    if (h != null && h.start() < length) {
      int size = Math.min(Math.max(1, h.end() - h.start()), length - h.start());
      StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
      if (h.start() > 0) {
        b.add(Collections.emptyList(), h.start());
      }
      b.add(Set.of(HIGHLIGHT), size);
      if (length - h.start() - size > 0) {
        b.add(Collections.emptyList(), length - h.start() - size);
      }
      styles = base.overlay(b.create(), SqlEditor::merge);
    }
    area.setStyleSpans(0, styles);
  }

  private static Collection<String> merge(Collection<String> a, Collection<String> extra) {
    if (extra.isEmpty()) {
      return a;
    }
    List<String> both = new ArrayList<>(a);
    both.addAll(extra);
    return both;
  }

  /** Style spans covering {@code length} characters from the tokens. */
  static StyleSpans<Collection<String>> spans(List<Token> tokens, int length) {
    StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
    int at = 0;
    for (Token t : tokens) {
      if (t.start() > at) {
        b.add(Collections.emptyList(), t.start() - at);
      }
      b.add(Collections.singletonList(t.type().styleClass()), t.length());
      at = t.end();
    }
    if (length > at || at == 0) {
      b.add(Collections.emptyList(), Math.max(0, length - at));
    }
    return b.create();
  }
}
