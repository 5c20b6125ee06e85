package io.godwit.ui.main;

import io.godwit.convert.ConversionListener;
import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertedObject;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.ObjectStatus;
import io.godwit.convert.SourceSet;
import io.godwit.project.EditOverlay;
import io.godwit.project.ObjectKey;
import io.godwit.project.ProjectFile;
import io.godwit.project.ProjectStore;
import io.godwit.service.ConvertService;
import io.godwit.service.ResultMerge;
import io.godwit.ui.model.ApplyOutcome;
import io.godwit.ui.model.ConversionModel;
import io.godwit.ui.model.SourceModel;
import io.godwit.ui.model.SourceObject;
import io.godwit.ui.model.WorkbenchState;
import io.godwit.ui.task.JobContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Actions menu commands that convert and save as SQL. */
final class ConversionCommands {

  private final WorkbenchContext cx;
  private final Runnable selectionChanged;

  ConversionCommands(WorkbenchContext cx, Runnable selectionChanged) {
    this.cx = cx;
    this.selectionChanged = selectionChanged;
  }

  /**
   * Converts {@code selection} (every object when null). Objects the user edited are converted
   * again only after asking; their edits are kept unless the user chooses to discard them.
   */
  void convert(List<SourceObject> selection) {
    WorkbenchState state = cx.state();
    SourceModel source = state.source();
    if (!ready(source)) {
      return;
    }
    boolean everything = selection == null || selection.isEmpty();
    List<SourceObject> chosen = everything ? source.objects() : selection;
    Set<ObjectRef> refs = new HashSet<>();
    chosen.forEach(o -> refs.add(o.ref()));
    String target = state.project().file().target().product();
    List<ObjectKey> edited = new ArrayList<>();
    for (ObjectKey k : state.edits().keySet()) {
      if (k.target().equals(target) && refs.stream().anyMatch(k::comesFrom)) {
        edited.add(k);
      }
    }
    boolean discard = false;
    if (!edited.isEmpty()) {
      int choice =
          cx.prompts()
              .choose(
                  "Convert edited objects again?",
                  describeEdited(edited),
                  List.of("Convert, keep my edits", "Convert, discard my edits", "Cancel"));
      if (choice < 0 || choice == 2) {
        return;
      }
      discard = choice == 1;
    }
    boolean discardEdits = discard;
    SourceSet units = everything ? source.sources() : source.subset(chosen);
    ProjectFile file = state.project().file();
    ConvertService.Request request =
        new ConvertService.Request(
            source.product(), target, List.of(), null, null, file.convertOptions());
    ConversionModel before = state.conversion();
    cx.task()
        .start(
            everything ? "Converting everything" : "Converting " + chosen.size() + " objects",
            ctx -> {
              ConversionResult partial =
                  cx.services().convert().convert(request, units, listener(ctx));
              boolean cancelled = ctx.cancelled();
              Set<ObjectRef> done = new LinkedHashSet<>();
              partial.objects().forEach(o -> done.add(o.source()));
              ConversionResult merged =
                  everything && !cancelled
                      ? ResultMerge.merge(null, partial, done, source.sources())
                      : ResultMerge.merge(
                          before == null ? null : before.result(), partial, done, source.sources());
              return new Converted(merged, partial, done, units.units().size(), cancelled);
            },
            converted -> {
              if (discardEdits) {
                edited.forEach(state.edits()::remove);
                state.dirtyProperty().set(true);
              }
              Map<ObjectKey, ApplyOutcome> kept = new HashMap<>();
              if (before != null) {
                for (ConvertedObject o : converted.merged().objects()) {
                  ObjectKey k = before.key(o);
                  ApplyOutcome a = before.applied(k);
                  if (a != null && !converted.done().contains(o.source())) {
                    kept.put(k, a);
                  }
                }
              }
              state.conversionProperty().set(new ConversionModel(converted.merged(), kept));
              selectionChanged.run();
              cx.log().info(summary(converted));
            },
            e -> cx.failed("Converting", e));
  }

  private boolean ready(SourceModel source) {
    if (source == null) {
      cx.info("Open scripts or connect to a source database first (Source menu).");
      return false;
    }
    if (!source.convertible()) {
      cx.info("Godwit cannot convert from " + SourceLoader.name(source.product()) + ".");
      return false;
    }
    String target = cx.state().project().file().target().product();
    if (!cx.services().canConvertTo(target)) {
      cx.info("Godwit cannot convert to " + SourceLoader.name(target) + " yet.");
      return false;
    }
    return true;
  }

  private static String describeEdited(List<ObjectKey> edited) {
    StringBuilder s =
        new StringBuilder(
            edited.size() == 1
                ? "You edited the converted SQL of "
                : "You edited the converted SQL of " + edited.size() + " of these objects: ");
    for (int i = 0; i < Math.min(5, edited.size()); i++) {
      s.append(i == 0 ? "" : ", ").append(edited.get(i).describe());
    }
    if (edited.size() > 5) {
      s.append(", …");
    }
    return s.append(".").toString();
  }

  private static ConversionListener listener(JobContext ctx) {
    return new ConversionListener() {
      private int total;

      @Override
      public void started(int units) {
        total = units;
        ctx.progress(0, units);
      }

      @Override
      public void converted(int done, ObjectRef unit) {
        ctx.progress(done, total);
        ctx.message("Converting " + unit.path() + " (" + done + " of " + total + ")");
      }

      @Override
      public boolean cancelled() {
        return ctx.cancelled();
      }
    };
  }

  private static String summary(Converted c) {
    int ok = 0;
    int actions = 0;
    int failed = 0;
    int items = 0;
    for (ConvertedObject o : c.partial().objects()) {
      items += o.items().size();
      if (o.status() == ObjectStatus.CONVERTED) {
        ok++;
      } else if (o.status() == ObjectStatus.ACTIONS) {
        actions++;
      } else {
        failed++;
      }
    }
    String head =
        c.cancelled()
            ? String.format(
                "Conversion cancelled after %,d of %,d source objects: ",
                c.done().size(), c.units())
            : String.format("Converted %,d source objects: ", c.units());
    return head
        + String.format(
            "%,d target objects, %,d converted, %,d with actions, %,d failed, %,d action items (%.1f s)",
            c.partial().objects().size(),
            ok,
            actions,
            failed,
            items,
            c.partial().elapsed().toMillis() / 1000.0);
  }

  /**
   * Saves the conversion, with the user's edits, as SQL: one script, or one file per object in the
   * layout of {@code godwit convert}.
   */
  void saveAsSql(Path target, boolean oneScript) {
    WorkbenchState state = cx.state();
    ConversionModel c = state.conversion();
    if (c == null) {
      cx.info("Convert first (Actions > Convert).");
      return;
    }
    ConversionResult edited = EditOverlay.apply(c.result(), Map.copyOf(state.edits()));
    List<String> inputs = inputs(state);
    cx.task()
        .start(
            "Saving SQL",
            ctx -> {
              if (oneScript) {
                cx.services().export().toScript(edited, target);
              } else {
                cx.services().export().toFolder(edited, inputs, target);
              }
              return target;
            },
            written -> {
              long objects =
                  edited.objects().stream().filter(o -> o.status() != ObjectStatus.FAILED).count();
              String what = oneScript ? "one script" : "one file per object";
              cx.log().info(String.format("Saved %,d objects as %s to %s", objects, what, written));
              cx.info("Saved " + objects + " objects as " + what + " to " + written);
            },
            e -> cx.failed("Saving SQL", e));
  }

  /** What the conversion read, for summary.json. */
  static List<String> inputs(WorkbenchState state) {
    ProjectFile.SourceSettings s = state.project().file().source();
    if (s.isLive()) {
      return List.of(s.connection().describe());
    }
    return ProjectStore.scriptPaths(s, state.folder()).stream().map(Path::toString).toList();
  }

  /**
   * A conversion done in the background.
   *
   * @param merged the whole result, the objects converted now included
   * @param partial what was converted now
   * @param done the source objects converted now
   * @param units how many units were to be converted
   * @param cancelled whether the user stopped it
   */
  record Converted(
      ConversionResult merged,
      ConversionResult partial,
      Set<ObjectRef> done,
      int units,
      boolean cancelled) {}
}
