package io.godwit.assess.export;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes HTML (and inline SVG) element by element. Text and attribute values are always escaped;
 * tag and attribute names must be plain names. The only unescaped output is {@link #trusted}, for
 * Godwit's own style sheet and script.
 */
final class HtmlWriter {

  private static final int FLUSH_AT = 1 << 16;

  private final Writer target;
  private final StringBuilder out = new StringBuilder(FLUSH_AT + 1024);

  HtmlWriter(Writer target) {
    this.target = target;
  }

  /** Writes what is buffered to the underlying writer and flushes it. */
  void flush() throws IOException {
    target.append(out);
    out.setLength(0);
    target.flush();
  }

  private void spill() throws IOException {
    if (out.length() >= FLUSH_AT) {
      target.append(out);
      out.setLength(0);
    }
  }

  /**
   * {@code <tag a="v" ...>}; attributes are name/value pairs, pairs with a null value are left out.
   */
  HtmlWriter start(String tag, String... attributes) throws IOException {
    out.append('<').append(name(tag));
    attributes(attributes);
    out.append('>');
    spill();
    return this;
  }

  /** {@code <tag ... />}, for void elements and empty SVG shapes. */
  HtmlWriter empty(String tag, String... attributes) throws IOException {
    out.append('<').append(name(tag));
    attributes(attributes);
    out.append("/>");
    spill();
    return this;
  }

  HtmlWriter end(String tag) throws IOException {
    out.append("</").append(name(tag)).append('>');
    return this;
  }

  /** {@code <tag ...>text</tag>}. */
  HtmlWriter element(String tag, String text, String... attributes) throws IOException {
    start(tag, attributes);
    text(text);
    return end(tag);
  }

  /** Escaped text; null writes nothing. */
  HtmlWriter text(String text) throws IOException {
    if (text == null) {
      return this;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return this;
  }

  /** A line break in the markup, for people reading the file. */
  HtmlWriter newline() throws IOException {
    out.append('\n');
    spill();
    return this;
  }

  /**
   * Writes {@code markup} unescaped. Only for Godwit's own constant resources (style sheet, script,
   * doctype), never for data.
   */
  HtmlWriter trusted(String markup) throws IOException {
    out.append(markup);
    spill();
    return this;
  }

  private void attributes(String[] attributes) throws IOException {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      String value = attributes[i + 1];
      if (value == null) {
        continue;
      }
      out.append(' ').append(name(attributes[i])).append("=\"");
      text(value);
      out.append('"');
    }
  }

  /** Tag and attribute names are code, never data: letters, digits, '-' and ':' only. */
  private static String name(String name) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException("empty name");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == ':';
      if (!ok) {
        throw new IllegalArgumentException("not a tag or attribute name: " + name);
      }
    }
    return name;
  }
}
