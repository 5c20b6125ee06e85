package io.godwit.service;

import io.godwit.convert.IrPass;
import io.godwit.convert.passes.ConnectByPass;
import io.godwit.convert.passes.OuterJoinPass;
import io.godwit.convert.passes.RowNumPass;
import java.util.List;

/** The shared IR passes every conversion runs, in order. */
public final class Passes {

  private Passes() {}

  public static List<IrPass> standard() {
    return List.of(new OuterJoinPass(), new RowNumPass(), new ConnectByPass());
  }
}
