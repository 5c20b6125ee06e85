package io.godwit.assess.export;

import java.util.Locale;

/** The formats a report is exported in. */
public enum ReportFormat {
  PDF,
  CSV,
  HTML,
  JSON;

  /** The exporter of this format. */
  public Exporter exporter(ExportOptions options) {
    return switch (this) {
      case PDF -> new PdfExporter(options);
      case CSV -> new CsvExporter(options);
      case HTML -> new HtmlExporter(options);
      case JSON -> new JsonExporter(options);
    };
  }

  /** The format named {@code name}, ignoring case. */
  public static ReportFormat of(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown report format '" + name + "' (formats: pdf, csv, html, json)", e);
    }
  }
}
