package io.godwit.service;

import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertedObject;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.Ordering;
import io.godwit.convert.Rendered;
import io.godwit.convert.SourceSet;
import io.godwit.convert.UnitKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts the conversion of some objects into the result of an earlier conversion, so converting a
 * selection leaves every other object (and the user's edits of it) as it was.
 */
public final class ResultMerge {

  private ResultMerge() {}

  /**
   * {@code earlier} with the objects that come from {@code converted} replaced by {@code
   * partial}'s.
   *
   * @param earlier the result so far, or null
   * @param partial the conversion of the units in {@code converted}
   * @param converted the source objects {@code partial} converted
   * @param sources every source unit (the result's sources)
   */
  public static ConversionResult merge(
      ConversionResult earlier,
      ConversionResult partial,
      Set<ObjectRef> converted,
      SourceSet sources) {
    if (earlier == null) {
      return withSources(partial, sources);
    }
    List<ConvertedObject> objects = new ArrayList<>();
    Map<String, ConvertedObject> schemas = new LinkedHashMap<>();
    for (ConvertedObject o : earlier.objects()) {
      if (o.kind() == UnitKind.SCHEMA && o.target() != null) {
        schemas.putIfAbsent(o.target().name(), o);
      } else if (!converted.contains(o.source())) {
        objects.add(o);
      }
    }
    for (ConvertedObject o : partial.objects()) {
      if (o.kind() == UnitKind.SCHEMA && o.target() != null) {
        schemas.putIfAbsent(o.target().name(), o);
      } else {
        objects.add(o);
      }
    }
    objects.addAll(0, schemas.values());
    Map<String, Rendered> support = new LinkedHashMap<>();
    for (Rendered r : earlier.support()) {
      support.putIfAbsent(r.target().name(), r);
    }
    for (Rendered r : partial.support()) {
      support.put(r.target().name(), r);
    }
    return new ConversionResult(
        partial.sourceDialect(),
        partial.targetDialect(),
        Ordering.sort(objects),
        List.copyOf(support.values()),
        sources.problems(),
        sources,
        earlier.elapsed().plus(partial.elapsed()));
  }

  private static ConversionResult withSources(ConversionResult r, SourceSet sources) {
    return new ConversionResult(
        r.sourceDialect(),
        r.targetDialect(),
        r.objects(),
        r.support(),
        sources.problems(),
        sources,
        r.elapsed());
  }
}
