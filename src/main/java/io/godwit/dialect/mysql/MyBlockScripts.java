package io.godwit.dialect.mysql;

import io.godwit.ir.Ident;
import io.godwit.ir.proc.AnonymousBlock;

/**
 * Anonymous blocks. MariaDB runs {@code BEGIN NOT ATOMIC ... END} as a statement; MySQL has no
 * anonymous blocks, so the block becomes a procedure that is created, called once and dropped.
 */
final class MyBlockScripts {

  private final MyRender r;

  MyBlockScripts(MyRender render) {
    this.r = render;
  }

  void write(AnonymousBlock b) {
    MyRoutineScan scan = MyRoutineScan.of(b.body(), !r.target.nativeRows());
    String label = null;
    if (scan.anyReturn) {
      label = b.body().label() != null ? r.names.ident(b.body().label()) : "godwit_body";
    }
    MyRoutineState state =
        new MyRoutineState(MyRoutineState.Kind.BLOCK, label, null, null, null, null);
    state.scope = new MyScope(null);
    r.routine = state;
    MyConditions.collectExceptions(r, b.body());
    MyBlocks blocks = new MyBlocks(r, scan);
    if (r.target.mariadb()) {
      r.write("DELIMITER $$\n");
      blocks.notAtomic(b.body(), MyPackages.initCalls(r, b), label);
      r.write("$$\nDELIMITER ;\n");
    } else {
      String schema = r.context.source().schema();
      String name = (schema == null ? "" : r.names.ident(Ident.of(schema)) + ".") + "godwit_block";
      r.write("DROP PROCEDURE IF EXISTS " + name + ";\n");
      r.write("DELIMITER $$\n");
      r.write("CREATE PROCEDURE " + name + "()\n");
      blocks.body(b.body(), MyPackages.initCalls(r, b), label);
      r.write("$$\nDELIMITER ;\n");
      r.write("CALL " + name + "();\n");
      r.write("DROP PROCEDURE " + name + ";\n");
    }
    r.routine = null;
  }
}
