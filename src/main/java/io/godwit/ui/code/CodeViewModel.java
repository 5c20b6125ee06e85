package io.godwit.ui.code;

import io.godwit.convert.ConvertedObject;
import io.godwit.convert.SourceUnit;
import io.godwit.convert.item.ActionItem;
import io.godwit.ir.SourceSpan;
import io.godwit.project.Edit;
import io.godwit.project.JdbcUrls;
import io.godwit.project.ObjectKey;
import io.godwit.ui.model.Selection;
import io.godwit.ui.model.SourceObject;
import io.godwit.ui.model.WorkbenchState;
import io.godwit.ui.tree.Kinds;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The two editors: the selected object's source on the left, its converted SQL on the right (the
 * user's edit when there is one), the languages to colour them in, and the spans of the selected
 * action item. Typing in the target editor becomes an edit of the object, kept in the project;
 * typing it back to the generated text removes the edit.
 */
public final class CodeViewModel {

  private final WorkbenchState state;

  private final StringProperty sourceTitle = new SimpleStringProperty("Source");
  private final StringProperty sourceText = new SimpleStringProperty("");
  private final StringProperty sourceLanguage = new SimpleStringProperty("oracle");
  private final StringProperty targetTitle = new SimpleStringProperty("Target");
  private final StringProperty targetText = new SimpleStringProperty("");
  private final StringProperty targetLanguage = new SimpleStringProperty("postgresql");
  private final BooleanProperty targetEditable = new SimpleBooleanProperty(false);
  private final BooleanProperty targetEdited = new SimpleBooleanProperty(false);
  private final ObjectProperty<TextSpan> sourceHighlight = new SimpleObjectProperty<>();
  private final ObjectProperty<TextSpan> targetHighlight = new SimpleObjectProperty<>();
  private final StringProperty highlightNote = new SimpleStringProperty("");

  public CodeViewModel(WorkbenchState state) {
    this.state = state;
    state.selectionProperty().addListener((o, a, b) -> show(b));
  }

  private void show(Selection s) {
    sourceHighlight.set(null);
    targetHighlight.set(null);
    highlightNote.set("");
    if (s == null) {
      sourceTitle.set("Source");
      sourceText.set("");
      targetTitle.set("Target");
      targetText.set("");
      targetEditable.set(false);
      targetEdited.set(false);
      return;
    }
    if (state.source() != null) {
      sourceLanguage.set(state.source().product());
    }
    targetLanguage.set(
        state.project() == null ? "postgresql" : state.project().file().target().product());
    SourceObject src = s.source();
    String text = src == null ? null : src.text();
    if (src != null) {
      sourceTitle.set(
          product(sourceLanguage.get())
              + ": "
              + Kinds.singular(src.ref().kind())
              + " "
              + src.ref().path());
    } else {
      sourceTitle.set("Source");
    }
    sourceText.set(text == null ? "-- no source text" : text);
    ConvertedObject c = s.converted();
    if (c == null) {
      targetTitle.set(product(targetLanguage.get()));
      targetText.set(
          state.conversion() == null
              ? "-- not converted yet: use Actions > Convert"
              : "-- this object was not converted; select it and use Convert");
      targetEditable.set(false);
      targetEdited.set(false);
      return;
    }
    String name = c.target() != null ? c.target().path() : c.source().path();
    targetTitle.set(product(targetLanguage.get()) + ": " + Kinds.singular(c.kind()) + " " + name);
    Edit edit = state.edits().get(s.key());
    targetText.set(edit != null ? edit.text() : generated(c));
    targetEditable.set(true);
    targetEdited.set(edit != null);
  }

  private static String product(String id) {
    return JdbcUrls.product(id).map(JdbcUrls.Product::displayName).orElse(id);
  }

  /** The generated text of {@code c}: its SQL, or what to do when it did not convert. */
  public static String generated(ConvertedObject c) {
    if (c.sql() != null) {
      return c.sql();
    }
    StringBuilder s = new StringBuilder("-- GODWIT: not converted\n");
    for (ActionItem i : c.items()) {
      s.append("-- ").append(i.code()).append(": ").append(oneLine(i.message())).append('\n');
    }
    s.append("-- Write the target SQL here by hand; it is kept in the project as an edit.\n");
    return s.toString();
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
  }

  /**
   * The user changed the target text. Records or removes the edit of the selected object and marks
   * the project as changed.
   */
  public void userEdited(String text) {
    Selection s = state.selection();
    if (s == null || s.converted() == null || !targetEditable.get()) {
      return;
    }
    ObjectKey key = s.key();
    Edit current = state.edits().get(key);
    String generated = generated(s.converted());
    if (current != null && current.text().equals(text)) {
      return;
    }
    if (current == null && text.equals(generated)) {
      return;
    }
    if (text.equals(generated)) {
      state.edits().remove(key);
      targetEdited.set(false);
    } else {
      state
          .edits()
          .put(
              key,
              current != null ? new Edit(text, current.baseSha256()) : Edit.of(text, generated));
      targetEdited.set(true);
    }
    targetText.set(text);
    targetHighlight.set(null);
    state.dirtyProperty().set(true);
  }

  /** Throws the edit of the selected object away and shows the generated text again. */
  public void revertEdit() {
    Selection s = state.selection();
    if (s == null || s.key() == null || state.edits().remove(s.key()) == null) {
      return;
    }
    targetEdited.set(false);
    targetText.set(generated(s.converted()));
    state.dirtyProperty().set(true);
  }

  /**
   * Highlights {@code item}'s spans in both editors (the item must belong to the selected object).
   * The target span is not shown when the user edited the text it points into.
   */
  public void highlight(ActionItem item) {
    Selection s = state.selection();
    if (s == null) {
      return;
    }
    TextSpan src;
    SourceUnit unit = s.source() != null ? s.source().unit() : null;
    if (unit != null && unit.text() != null) {
      src = inUnit(item.source(), unit, sourceText.get().length());
    } else {
      SourceSpan unitSpan = s.converted() != null ? s.converted().sourceSpan() : null;
      src = relative(item.source(), unitSpan, sourceText.get().length());
    }
    TextSpan tgt = null;
    String note = "";
    if (item.target() != null && s.converted() != null) {
      if (targetEdited.get()) {
        note = "The converted text was edited, so the item's place in it is not shown.";
      } else {
        tgt =
            clamp(
                item.target().startOffset(), item.target().endOffset(), targetText.get().length());
      }
    }
    if (src == null && item.source() != null) {
      note =
          note.isEmpty() ? "The item's place in the source is outside this object's text." : note;
    }
    highlightNote.set(note);
    sourceHighlight.set(null);
    targetHighlight.set(null);
    sourceHighlight.set(src);
    targetHighlight.set(tgt);
  }

  /**
   * {@code span} (offsets in its script) in the text of {@code unit}, which may join several
   * statements (a package's specification and body): the unit says where the span went.
   */
  static TextSpan inUnit(SourceSpan span, SourceUnit unit, int length) {
    if (span == null) {
      return null;
    }
    int start = unit.textOffset(span);
    if (start < 0) {
      return null;
    }
    return clamp(start, start + span.endOffset() - span.startOffset(), length);
  }

  /**
   * {@code span} (offsets in its script) relative to the object's text, which starts at {@code
   * unit}.
   */
  static TextSpan relative(SourceSpan span, SourceSpan unit, int length) {
    if (span == null) {
      return null;
    }
    int start = span.startOffset();
    int end = span.endOffset();
    if (unit != null && Objects.equals(unit.file(), span.file())) {
      start -= unit.startOffset();
      end -= unit.startOffset();
    }
    return clamp(start, end, length);
  }

  private static TextSpan clamp(int start, int end, int length) {
    if (start < 0 || start > length) {
      return null;
    }
    return new TextSpan(start, Math.max(start, Math.min(end, length)));
  }

  public ReadOnlyStringProperty sourceTitleProperty() {
    return sourceTitle;
  }

  public ReadOnlyStringProperty sourceTextProperty() {
    return sourceText;
  }

  public ReadOnlyStringProperty sourceLanguageProperty() {
    return sourceLanguage;
  }

  public ReadOnlyStringProperty targetTitleProperty() {
    return targetTitle;
  }

  public ReadOnlyStringProperty targetTextProperty() {
    return targetText;
  }

  public ReadOnlyStringProperty targetLanguageProperty() {
    return targetLanguage;
  }

  public ReadOnlyBooleanProperty targetEditableProperty() {
    return targetEditable;
  }

  public ReadOnlyBooleanProperty targetEditedProperty() {
    return targetEdited;
  }

  public ReadOnlyObjectProperty<TextSpan> sourceHighlightProperty() {
    return sourceHighlight;
  }

  public ReadOnlyObjectProperty<TextSpan> targetHighlightProperty() {
    return targetHighlight;
  }

  /** Why a span is not shown, or empty. */
  public ReadOnlyStringProperty highlightNoteProperty() {
    return highlightNote;
  }
}
