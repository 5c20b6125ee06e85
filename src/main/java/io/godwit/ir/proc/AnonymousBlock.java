package io.godwit.ir.proc;

import io.godwit.ir.IrObject;
import io.godwit.ir.SourceSpan;

/** An anonymous block run as part of a script (PL/SQL BEGIN ... END; a T-SQL batch). */
public record AnonymousBlock(Block body, SourceSpan span) implements IrObject {}
