package io.godwit.ui.model;

import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertedObject;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.UnitKind;
import io.godwit.project.ObjectKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conversion as the workbench shows it: the result, indexed by object key and by source object,
 * with the outcome of the last apply. Immutable.
 */
public final class ConversionModel {

  private final ConversionResult result;
  private final Map<ObjectKey, ConvertedObject> byKey;
  private final Map<ObjectRef, List<ConvertedObject>> bySource;
  private final Map<ObjectKey, ApplyOutcome> applied;

  public ConversionModel(ConversionResult result, Map<ObjectKey, ApplyOutcome> applied) {
    this.result = result;
    Map<ObjectKey, ConvertedObject> keys = new LinkedHashMap<>();
    Map<ObjectRef, List<ConvertedObject>> sources = new HashMap<>();
    for (ConvertedObject o : result.objects()) {
      keys.putIfAbsent(key(o), o);
      if (o.kind() != UnitKind.SCHEMA || o.sourceText() != null) {
        sources.computeIfAbsent(o.source(), r -> new ArrayList<>()).add(o);
      }
    }
    this.byKey = Collections.unmodifiableMap(keys);
    this.bySource = sources;
    this.applied = Map.copyOf(applied);
  }

  /** The key of one of this conversion's objects. */
  public ObjectKey key(ConvertedObject o) {
    return ObjectKey.of(result.targetDialect(), o);
  }

  public ConversionResult result() {
    return result;
  }

  /** Every converted object by key, in the order they run. */
  public Map<ObjectKey, ConvertedObject> objects() {
    return byKey;
  }

  public ConvertedObject object(ObjectKey key) {
    return byKey.get(key);
  }

  /** The objects converted from {@code source}, in run order. */
  public List<ConvertedObject> from(ObjectRef source) {
    return bySource.getOrDefault(source, List.of());
  }

  public ApplyOutcome applied(ObjectKey key) {
    return applied.get(key);
  }

  /** This conversion with the outcome of an apply. */
  public ConversionModel withApplied(Map<ObjectKey, ApplyOutcome> outcome) {
    return new ConversionModel(result, outcome);
  }

  /** The state of one converted object. */
  public ObjectState state(ObjectKey key, Set<ObjectKey> edited) {
    ConvertedObject o = byKey.get(key);
    if (o == null) {
      return null;
    }
    return new ObjectState(
        o.status(), o.worstCategory(), o.items().size(), edited.contains(key), applied.get(key));
  }

  /** The combined state of everything converted from {@code source}, or null. */
  public ObjectState sourceState(ObjectRef source, Set<ObjectKey> edited) {
    ObjectState out = null;
    for (ConvertedObject o : from(source)) {
      ObjectState s = state(key(o), edited);
      out = out == null ? s : out.worse(s);
    }
    return out;
  }
}
