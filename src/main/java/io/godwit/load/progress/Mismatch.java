package io.godwit.load.progress;

import java.util.List;

/**
 * A key range where source and target differ.
 *
 * @param range the key range, described for people ({@code id in (1000, 2000]})
 * @param sourceRows rows in the range on the source (rejected rows excluded)
 * @param targetRows rows in the range on the target
 * @param keys the keys of the rows that differ, when they could be narrowed down (at most a few)
 */
public record Mismatch(String range, long sourceRows, long targetRows, List<String> keys) {

  public Mismatch {
    keys = keys == null ? List.of() : List.copyOf(keys);
  }
}
