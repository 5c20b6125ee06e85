package io.godwit.assess;

import io.godwit.assess.AssessmentReport.Group;
import io.godwit.assess.AssessmentReport.State;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.Category;
import io.godwit.ir.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/** One object while the assessment is computed; becomes an {@link AssessmentReport.ObjectRow}. */
final class AssessedObject {

  final String id;
  final ObjectRef source;
  final UnitKind kind;
  final ObjectRef target;
  final SourceSpan span;
  final String text;
  private List<String> textLines;
  final List<ActionItem> items = new ArrayList<>();
  State state;
  int lines;
  Execution.Executed verified;
  double reviewUnits;
  double actionUnits;
  Category category;

  AssessedObject(
      String id,
      ObjectRef source,
      UnitKind kind,
      ObjectRef target,
      SourceSpan span,
      String text,
      State state) {
    this.id = id;
    this.text = text;
    this.source = source;
    this.kind = kind;
    this.target = target;
    this.span = span;
    this.state = state;
  }

  Group group() {
    return Group.of(kind);
  }

  /** The worst category among the items that need action, or null. */
  Category worstAction() {
    Category worst = null;
    for (ActionItem i : items) {
      if (i.category().needsAction() && (worst == null || i.category().compareTo(worst) > 0)) {
        worst = i.category();
      }
    }
    return worst;
  }

  /**
   * Up to {@code around} lines either side of source lines {@code from}..{@code to}, or null when
   * the text is unknown or the lines lie outside it. Lines count from the object's span, or from 1
   * when it has none (catalog text).
   */
  AssessmentReport.SourceLines context(int from, int to, int around) {
    if (text == null) {
      return null;
    }
    if (textLines == null) {
      textLines = splitLines(text);
    }
    int base = span == null ? 1 : span.startLine();
    int first = Math.max(from - around, base);
    int last = Math.min(Math.max(to, from) + around, base + textLines.size() - 1);
    last = Math.min(last, first + 2 * around + 4);
    if (from < base || from > base + textLines.size() - 1) {
      return null;
    }
    List<String> lines = new ArrayList<>(last - first + 1);
    for (int n = first; n <= last; n++) {
      String l = textLines.get(n - base);
      lines.add(l.length() > 300 ? l.substring(0, 297) + "..." : l);
    }
    return new AssessmentReport.SourceLines(first, lines);
  }

  private static List<String> splitLines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        out.add(text.substring(start, end));
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }

  /** The key {@code godwit apply} reports the object under: target kind, schema and name. */
  String executionKey() {
    return target != null
        ? key(kind.label(), target.schema(), target.name())
        : key(kind.label(), null, source.name());
  }

  static String key(String kind, String schema, String name) {
    return kind + '\u0000' + (schema == null ? "" : schema) + '\u0000' + name;
  }
}
