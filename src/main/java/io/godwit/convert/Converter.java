package io.godwit.convert;

import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.item.Items;
import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.ddl.Ddl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a conversion: lowers each source unit with the front end, runs the shared passes, renders
 * with the back end. Units are converted in parallel, each within a time budget; a unit that fails
 * or overruns becomes a failed object with an item, and the others go on. Never throws on bad
 * input.
 */
public final class Converter {

  private static final Logger LOG = LoggerFactory.getLogger(Converter.class);

  /** Shared item codes raised by the pipeline itself. */
  public static final String TIMEOUT = "GW-0002";

  public static final String INTERNAL_ERROR = "GW-0003";

  private final FrontEnd front;
  private final BackEnd back;
  private final List<IrPass> passes;
  private final ItemCatalog catalog;
  private final ConvertOptions options;
  private final String sourceDialect;
  private final String targetDialect;

  public Converter(
      String sourceDialect,
      FrontEnd front,
      String targetDialect,
      BackEnd back,
      List<IrPass> passes,
      ItemCatalog catalog,
      ConvertOptions options) {
    this.sourceDialect = sourceDialect;
    this.front = front;
    this.targetDialect = targetDialect;
    this.back = back;
    this.passes = List.copyOf(passes);
    this.catalog = catalog;
    this.options = options;
  }

  public ConversionResult convert(SourceSet sources, ConversionListener listener) {
    long started = System.nanoTime();
    List<SourceUnit> units = sources.units();
    listener.started(units.size());
    LoweringContext lowering =
        new LoweringContext(
            sources.catalog(), catalog, options, back.packagesAsSchemas(), targetDialect);
    TargetNaming naming = back.naming(options);
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "godwit-convert");
              t.setDaemon(true);
              return t;
            });
    List<ConvertedObject> objects = new ArrayList<>();
    try {
      List<Slot> slots = lowerAll(units, lowering, pool, listener);
      List<WholePass.Lowered> pending = new ArrayList<>();
      Map<LoweredObject, Slot> slotOf = new IdentityHashMap<>();
      for (Slot slot : slots) {
        if (slot.pending() != null) {
          pending.add(slot.pending());
          slotOf.put(slot.pending().object(), slot);
        }
      }
      for (WholePass pass : back.wholePasses()) {
        try {
          pending = List.copyOf(pass.apply(pending));
        } catch (RuntimeException e) {
          // A pass that fails leaves the objects as they were: each is still rendered on its own.
          LOG.warn("pass {} failed; objects are rendered without it", pass, e);
        }
      }
      List<ConvertedObject> ordered = new ArrayList<>(slots.size());
      for (Slot slot : slots) {
        ordered.add(slot.done());
      }
      List<Future<ConvertedObject>> rendering = new ArrayList<>();
      List<AtomicLong> startedAt = new ArrayList<>();
      for (WholePass.Lowered p : pending) {
        SourceUnit unit = slotOf.get(p.object()).unit();
        AtomicLong start = new AtomicLong();
        startedAt.add(start);
        rendering.add(
            pool.submit(
                () -> {
                  start.set(System.nanoTime());
                  return render(p, unit, naming);
                }));
      }
      for (int i = 0; i < pending.size(); i++) {
        Slot slot = slotOf.get(pending.get(i).object());
        ConvertedObject done = await(slot.unit(), rendering.get(i), startedAt.get(i), f -> f);
        ordered.set(slot.order(), done);
      }
      for (ConvertedObject o : ordered) {
        if (o != null) {
          objects.add(o);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    objects.addAll(0, schemas(objects, naming));
    Set<String> supportNames = new TreeSet<>();
    objects.forEach(o -> supportNames.addAll(o.support()));
    return new ConversionResult(
        sourceDialect,
        targetDialect,
        Ordering.sort(objects),
        back.support(supportNames),
        sources.problems(),
        sources,
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** Waits for a unit within its budget (counted from when it started running). */
  private <T> T await(
      SourceUnit unit,
      Future<T> future,
      AtomicLong startedAt,
      Function<ConvertedObject, T> onFailure) {
    long budget = options.objectTimeBudget().toNanos();
    while (true) {
      try {
        return future.get(50, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        long start = startedAt.get();
        if (start != 0 && System.nanoTime() - start > budget) {
          future.cancel(true);
          return onFailure.apply(
              failed(
                  unit,
                  TIMEOUT,
                  "converting took longer than " + options.objectTimeBudget().toSeconds() + " s"));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return onFailure.apply(failed(unit, INTERNAL_ERROR, "interrupted"));
      } catch (ExecutionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        LOG.debug("converting {} failed", unit.ref(), cause);
        return onFailure.apply(failed(unit, INTERNAL_ERROR, describe(cause)));
      }
    }
  }

  private static String describe(Throwable t) {
    String message = t.getMessage() == null ? "" : ": " + t.getMessage();
    return t.getClass().getSimpleName() + message;
  }

  /**
   * Lowers every unit in parallel (each within its budget) and runs the per-object passes: one slot
   * per lowered object, in unit order, either done (it failed) or pending rendering.
   */
  private List<Slot> lowerAll(
      List<SourceUnit> units,
      LoweringContext lowering,
      ExecutorService pool,
      ConversionListener listener) {
    List<Future<List<Slot>>> futures = new ArrayList<>();
    List<AtomicLong> startedAt = new ArrayList<>();
    for (SourceUnit unit : units) {
      AtomicLong start = new AtomicLong();
      startedAt.add(start);
      futures.add(
          pool.submit(
              () -> {
                start.set(System.nanoTime());
                return lowerUnit(unit, lowering);
              }));
    }
    List<Slot> slots = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      if (listener.cancelled()) {
        futures.forEach(f -> f.cancel(true));
        break;
      }
      for (Slot slot :
          await(
              units.get(i),
              futures.get(i),
              startedAt.get(i),
              f -> List.of(new Slot(0, null, f, null)))) {
        slots.add(new Slot(slots.size(), units.get(i), slot.done(), slot.pending()));
      }
      listener.converted(i + 1, units.get(i).ref());
    }
    return slots;
  }

  private List<Slot> lowerUnit(SourceUnit unit, LoweringContext lowering) {
    List<Slot> out = new ArrayList<>();
    for (LoweredObject lowered : front.lower(unit, lowering)) {
      Items items = new Items(catalog, lowered.source());
      items.addAll(lowered.items());
      IrObject ir = lowered.ir();
      if (ir == null) {
        // The front end could not lower it at all; its items say why.
        out.add(
            new Slot(
                0,
                unit,
                new ConvertedObject(
                    lowered.source(),
                    lowered.kind(),
                    null,
                    null,
                    null,
                    items.list(),
                    ObjectStatus.FAILED,
                    unit.text(),
                    unit.span(),
                    null,
                    null),
                null));
        continue;
      }
      for (IrPass pass : passes) {
        ir = pass.apply(ir, items);
      }
      out.add(new Slot(0, unit, null, new WholePass.Lowered(lowered, ir, items)));
    }
    return out;
  }

  private ConvertedObject render(WholePass.Lowered pending, SourceUnit unit, TargetNaming naming) {
    LoweredObject lowered = pending.object();
    Items items = pending.items();
    IrObject ir = pending.ir();
    Rendered rendered =
        back.render(
            ir, new RenderContext(lowered.source(), lowered.kind(), items, naming, options));
    items.targetWhole(rendered.sql());
    List<ActionItem> all = items.list();
    return new ConvertedObject(
        lowered.source(),
        lowered.kind(),
        rendered.target(),
        rendered.table(),
        rendered.sql(),
        all,
        ConvertedObject.statusOf(rendered.sql(), all),
        unit.text(),
        unit.span(),
        References.of(ir),
        rendered.support());
  }

  private ConvertedObject failed(SourceUnit unit, String code, String message) {
    Items items = new Items(catalog, unit.ref());
    items.add(code, message, unit.span(), unit.text());
    return new ConvertedObject(
        unit.ref(),
        unit.ref().kind(),
        null,
        null,
        null,
        items.list(),
        ObjectStatus.FAILED,
        unit.text(),
        unit.span(),
        null,
        null);
  }

  /** CREATE SCHEMA for every target schema the objects live in. */
  private List<ConvertedObject> schemas(List<ConvertedObject> objects, TargetNaming naming) {
    Map<String, ObjectRef> schemas = new LinkedHashMap<>();
    Set<String> created = new LinkedHashSet<>();
    for (ConvertedObject o : objects) {
      if (o.target() != null && o.kind() == UnitKind.SCHEMA) {
        created.add(o.target().name());
      }
    }
    for (ConvertedObject o : objects) {
      if (o.target() != null
          && o.target().schema() != null
          && !created.contains(o.target().schema())) {
        schemas.putIfAbsent(o.target().schema(), o.target());
      }
    }
    List<ConvertedObject> out = new ArrayList<>();
    for (String schema : schemas.keySet()) {
      ObjectRef ref = new ObjectRef(null, schema, UnitKind.SCHEMA);
      Items items = new Items(catalog, ref);
      // The name is already in target spelling: mark it case-sensitive so it is kept.
      Rendered r =
          back.render(
              new Ddl.CreateSchema(new Ident(schema, true), null),
              new RenderContext(ref, UnitKind.SCHEMA, items, naming, options));
      out.add(
          new ConvertedObject(
              ref,
              UnitKind.SCHEMA,
              r.target(),
              null,
              r.sql(),
              items.list(),
              ConvertedObject.statusOf(r.sql(), items.list()),
              null,
              null,
              null,
              null));
    }
    return out;
  }

  /**
   * One lowered object of a unit, at its place in unit order: done (it failed) or pending
   * rendering.
   */
  private record Slot(
      int order, SourceUnit unit, ConvertedObject done, WholePass.Lowered pending) {}
}
