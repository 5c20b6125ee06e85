package io.godwit.load;

/**
 * What the catalog statistics say about a table's size; either may be unknown (-1).
 *
 * @param rows the estimated number of rows
 * @param bytesPerRow the estimated average row width in bytes
 */
public record TableSize(long rows, long bytesPerRow) {

  public static TableSize unknown() {
    return new TableSize(-1, -1);
  }
}
