package io.godwit.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order objects run on the target: by kind ({@link UnitKind}), and views, routines and packages
 * among themselves so that each comes after what it references. Reference cycles keep the input
 * order.
 */
public final class Ordering {

  private Ordering() {}

  /** {@code objects} in the order they must run on the target. */
  public static List<ConvertedObject> sort(List<ConvertedObject> objects) {
    List<ConvertedObject> byKind = new ArrayList<>(objects);
    byKind.sort(Comparator.comparing(o -> group(o.kind())));
    List<ConvertedObject> out = new ArrayList<>();
    int i = 0;
    while (i < byKind.size()) {
      int g = group(byKind.get(i).kind());
      int j = i;
      while (j < byKind.size() && group(byKind.get(j).kind()) == g) {
        j++;
      }
      List<ConvertedObject> slice = byKind.subList(i, j);
      out.addAll(isCodeGroup(byKind.get(i).kind()) ? topological(slice) : slice);
      i = j;
    }
    return out;
  }

  /** Views, materialized views, routines and packages form one group ordered by references. */
  private static int group(UnitKind k) {
    return isCodeGroup(k) ? UnitKind.VIEW.ordinal() : k.ordinal();
  }

  private static boolean isCodeGroup(UnitKind k) {
    return switch (k) {
      case VIEW, MATERIALIZED_VIEW, FUNCTION, PROCEDURE, PACKAGE, SYNONYM -> true;
      default -> false;
    };
  }

  private static List<ConvertedObject> topological(List<ConvertedObject> slice) {
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < slice.size(); i++) {
      for (String key : References.keysOf(slice.get(i).source())) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    Map<Integer, Set<Integer>> deps = new LinkedHashMap<>();
    for (int i = 0; i < slice.size(); i++) {
      Set<Integer> d = new HashSet<>();
      for (String ref : slice.get(i).references()) {
        for (int target : byKey.getOrDefault(ref, List.of())) {
          if (target != i) {
            d.add(target);
          }
        }
      }
      deps.put(i, d);
    }
    List<ConvertedObject> out = new ArrayList<>();
    int[] state = new int[slice.size()]; // 0 new, 1 visiting, 2 done
    for (int i = 0; i < slice.size(); i++) {
      visit(i, slice, deps, state, out);
    }
    return out;
  }

  private static void visit(
      int i,
      List<ConvertedObject> slice,
      Map<Integer, Set<Integer>> deps,
      int[] state,
      List<ConvertedObject> out) {
    if (state[i] != 0) {
      return; // done, or a cycle: keep the input order
    }
    state[i] = 1;
    for (int d : deps.get(i).stream().sorted().toList()) {
      visit(d, slice, deps, state, out);
    }
    state[i] = 2;
    out.add(slice.get(i));
  }
}
