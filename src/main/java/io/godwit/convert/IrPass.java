package io.godwit.convert;

import io.godwit.convert.item.Items;
import io.godwit.ir.IrObject;

/**
 * A rewrite of the IR shared by every source/target pair (CONNECT BY to WITH RECURSIVE, ROWNUM to
 * row limits, ...). What it cannot rewrite it leaves alone; the back end reports leftovers.
 */
public interface IrPass {

  IrObject apply(IrObject object, Items items);
}
