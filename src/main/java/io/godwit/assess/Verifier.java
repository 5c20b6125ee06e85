package io.godwit.assess;

import io.godwit.assess.AssessmentReport.Group;
import io.godwit.assess.AssessmentReport.State;
import io.godwit.assess.AssessmentReport.Verification;
import io.godwit.assess.AssessmentReport.Verified;
import io.godwit.assess.AssessmentReport.VerifiedObject;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.Category;
import io.godwit.convert.item.ItemDefinition;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Joins what happened on the target to the assessed objects. An object that converted but failed on
 * the target gets a {@link Assessor#FAILED_ON_TARGET} item carrying the target's error, so it no
 * longer counts as converted and its fix is estimated like any other item.
 */
final class Verifier {

  private final BiFunction<String, Category, ItemDefinition> definitions;

  Verifier(BiFunction<String, Category, ItemDefinition> definitions) {
    this.definitions = definitions;
  }

  Verification verify(Execution execution, List<AssessedObject> objects) {
    Map<String, Deque<AssessedObject>> byKey = Assessor.byExecutionKey(objects);
    List<VerifiedObject> rows = new ArrayList<>();
    int[] storage = new int[3];
    int[] code = new int[3];
    int applied = 0;
    int failed = 0;
    int skipped = 0;
    for (Execution.Executed e : execution.objects()) {
      switch (e.status()) {
        case APPLIED -> applied++;
        case FAILED -> failed++;
        case SKIPPED -> skipped++;
      }
      String path = e.schema() == null ? e.name() : e.schema() + "." + e.name();
      if ("support".equals(e.kind())) {
        rows.add(new VerifiedObject(null, path, e.kind(), e.file(), e.status(), e.error()));
        continue;
      }
      Deque<AssessedObject> candidates =
          byKey.get(AssessedObject.key(e.kind(), e.schema(), e.name()));
      AssessedObject o = candidates == null ? null : candidates.poll();
      if (o != null) {
        o.verified = e;
        if (e.status() == Execution.Status.FAILED
            && (o.state == State.CONVERTED || o.state == State.ACTIONS)) {
          o.items.add(failure(o, e));
          o.state = State.ACTIONS;
        }
        Group g = o.group();
        if (g == Group.STORAGE) {
          storage[e.status().ordinal()]++;
        } else if (g == Group.CODE) {
          code[e.status().ordinal()]++;
        }
      }
      rows.add(
          new VerifiedObject(
              o == null ? null : o.id, path, e.kind(), e.file(), e.status(), e.error()));
    }
    return new Verification(
        execution.target(),
        applied,
        failed,
        skipped,
        new Verified(storage[0], storage[1], storage[2]),
        new Verified(code[0], code[1], code[2]),
        rows);
  }

  private ActionItem failure(AssessedObject o, Execution.Executed e) {
    ItemDefinition d = definitions.apply(Assessor.FAILED_ON_TARGET, Category.MEDIUM);
    String error = e.error() == null ? "" : firstLine(e.error());
    return new ActionItem(
        Assessor.FAILED_ON_TARGET,
        d.category(),
        error.isEmpty() ? d.title() : d.title() + ": " + error,
        o.source,
        o.span,
        null,
        null);
  }

  private static String firstLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl).strip();
  }
}
