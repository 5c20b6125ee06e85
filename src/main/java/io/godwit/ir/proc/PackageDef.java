package io.godwit.ir.proc;

import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.QName;
import io.godwit.ir.SourceSpan;
import java.util.List;
import java.util.Set;

/**
 * An Oracle package: its state (variables, constants, cursors, types, exceptions from spec and
 * body), its routines, and the initialisation block run on first use.
 */
public record PackageDef(
    QName name,
    List<Decl> state,
    List<Routine> routines,
    Set<Ident> publicNames,
    Block initializer,
    SourceSpan span)
    implements IrObject {

  public PackageDef {
    state = List.copyOf(state);
    routines = List.copyOf(routines);
    publicNames = Set.copyOf(publicNames);
  }
}
