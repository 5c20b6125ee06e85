package io.godwit.convert;

import io.godwit.convert.item.Items;
import io.godwit.ir.IrObject;
import java.util.List;

/**
 * A rewrite that needs every lowered object of a conversion at once (a sequence that only one table
 * column uses, say), run after the per-object passes and before rendering. A back end asks for the
 * ones its target needs ({@link BackEnd#wholePasses()}).
 */
public interface WholePass {

  /**
   * Returns the objects to render: the same ones, rewritten ones, or fewer (an object folded into
   * another). Items go to the object they concern.
   */
  List<Lowered> apply(List<Lowered> objects);

  /**
   * One lowered object on its way to the back end.
   *
   * @param object what the front end produced (source, kind, table)
   * @param ir its IR after the passes so far
   * @param items its action items so far
   */
  record Lowered(LoweredObject object, IrObject ir, Items items) {

    /** The same object with other IR. */
    public Lowered with(IrObject other) {
      return new Lowered(object, other, items);
    }
  }
}
