package io.godwit.project;

import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertedObject;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.ObjectStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A conversion result with the user's edits in place of the generated SQL, for saving as SQL and
 * applying: what runs is what the user reviewed.
 */
public final class EditOverlay {

  private EditOverlay() {}

  /**
   * {@code result} with every edited object's SQL replaced by its edit. An object that failed to
   * convert but was written by hand is kept as needing review, under its source name.
   */
  public static ConversionResult apply(ConversionResult result, Map<ObjectKey, Edit> edits) {
    if (edits.isEmpty()) {
      return result;
    }
    List<ConvertedObject> objects = new ArrayList<>(result.objects().size());
    for (ConvertedObject o : result.objects()) {
      Edit edit = edits.get(ObjectKey.of(result.targetDialect(), o));
      objects.add(edit == null ? o : edited(o, edit.text()));
    }
    return new ConversionResult(
        result.sourceDialect(),
        result.targetDialect(),
        objects,
        result.support(),
        result.problems(),
        result.sources(),
        result.elapsed());
  }

  private static ConvertedObject edited(ConvertedObject o, String sql) {
    ObjectRef target =
        o.target() != null
            ? o.target()
            : new ObjectRef(o.source().schema(), o.source().name(), o.kind());
    ObjectStatus status = o.status() == ObjectStatus.FAILED ? ObjectStatus.ACTIONS : o.status();
    return new ConvertedObject(
        o.source(),
        o.kind(),
        target,
        o.table(),
        sql,
        o.items(),
        status,
        o.sourceText(),
        o.sourceSpan(),
        o.references(),
        o.support());
  }
}
