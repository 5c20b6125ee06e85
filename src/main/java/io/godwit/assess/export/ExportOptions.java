package io.godwit.assess.export;

/**
 * How reports are written.
 *
 * @param pageSize the PDF's paper
 * @param csvBom start the CSV files with a byte-order mark, so Excel reads them as UTF-8
 * @param baseName the file name every export starts with ({@code assessment})
 */
public record ExportOptions(PageSize pageSize, boolean csvBom, String baseName) {

  /** Paper sizes. */
  public enum PageSize {
    A4,
    LETTER
  }

  public ExportOptions {
    pageSize = pageSize == null ? PageSize.A4 : pageSize;
    baseName = baseName == null || baseName.isBlank() ? "assessment" : baseName;
  }

  public static ExportOptions defaults() {
    return new ExportOptions(PageSize.A4, false, null);
  }
}
