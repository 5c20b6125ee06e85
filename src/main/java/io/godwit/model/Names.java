package io.godwit.model;

import java.util.List;

/** Argument checks shared by the records of this package. */
final class Names {

  private Names() {}

  static void require(String name, String what) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a " + what + " needs a name");
    }
  }

  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
