package io.godwit.convert.render;

import io.godwit.ir.SourceSpan;

/**
 * An append-only text buffer for a back end, with indentation and position tracking. Positions are
 * what target spans of action items are made of.
 */
public final class SqlWriter {

  private final StringBuilder text = new StringBuilder();
  private final String file;
  private int line = 1;
  private int column = 1;
  private int indent;
  private boolean atLineStart = true;

  /** A writer whose spans name {@code file} (the output file, or null). */
  public SqlWriter(String file) {
    this.file = file;
  }

  /** Appends {@code s}; after a newline the current indentation is written first. */
  public SqlWriter write(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (atLineStart && c != '\n') {
        for (int k = 0; k < indent; k++) {
          text.append("  ");
          column += 2;
        }
        atLineStart = false;
      }
      text.append(c);
      if (c == '\n') {
        line++;
        column = 1;
        atLineStart = true;
      } else {
        column++;
      }
    }
    return this;
  }

  /** Ends the line. */
  public SqlWriter newline() {
    return write("\n");
  }

  /** Appends {@code s} and ends the line. */
  public SqlWriter line(String s) {
    return write(s).newline();
  }

  /** Ends the line unless already at the start of one. */
  public SqlWriter freshLine() {
    if (!atLineStart) {
      newline();
    }
    return this;
  }

  public SqlWriter indent() {
    indent++;
    return this;
  }

  public SqlWriter dedent() {
    indent = Math.max(0, indent - 1);
    return this;
  }

  /** The current position, to start a span. */
  public Mark mark() {
    return new Mark(text.length(), line, column);
  }

  /** The span from {@code start} to the current position. */
  public SourceSpan spanFrom(Mark start) {
    return new SourceSpan(
        file, start.line, start.column, line, column, start.offset, text.length());
  }

  /** Whether nothing has been written. */
  public boolean isEmpty() {
    return text.length() == 0;
  }

  /** The last character written, or 0. */
  public char lastChar() {
    return text.length() == 0 ? 0 : text.charAt(text.length() - 1);
  }

  @Override
  public String toString() {
    return text.toString();
  }

  /** A position in the text. */
  public record Mark(int offset, int line, int column) {}
}
