package io.godwit.ir.proc;

import io.godwit.ir.Ident;
import io.godwit.ir.SourceSpan;
import java.util.List;

/** [DECLARE ...] BEGIN ... [EXCEPTION ...] END, as a routine body or a nested statement. */
public record Block(
    Ident label, List<Decl> declarations, List<Stmt> body, List<Handler> handlers, SourceSpan span)
    implements Stmt {

  public Block {
    declarations = declarations == null ? List.of() : List.copyOf(declarations);
    body = List.copyOf(body);
    handlers = handlers == null ? List.of() : List.copyOf(handlers);
  }

  /** A block of statements with no declarations or handlers. */
  public static Block of(List<Stmt> body) {
    return new Block(null, null, body, null, null);
  }

  @Override
  public <R> R accept(StmtVisitor<R> v) {
    return v.visitBlock(this);
  }
}
