package io.godwit.dialect.sqlserver.lower;

import io.godwit.convert.LoweredObject;
import io.godwit.convert.LoweringContext;
import io.godwit.convert.types.TypeMapper;
import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.ParsedBatch;
import io.godwit.dialect.sqlserver.script.ParsedStatement;
import java.util.List;

/** Lowers one unit, whatever it was read from. */
final class MssLowering {

  private final MssUnit unit;
  private final MssSession session;
  private final MssDdl ddl;
  private final MssRoutines routines;

  MssLowering(MssUnit unit, LoweringContext context, TypeMapper types) {
    this.unit = unit;
    this.session = new MssSession(unit, context, types);
    this.ddl = new MssDdl(session);
    this.routines = new MssRoutines(session);
  }

  List<LoweredObject> lower() {
    MssUnit.Payload p = unit.payload();
    if (p instanceof MssUnit.TablePayload t) {
      return ddl.table(unit, t.table());
    }
    if (p instanceof MssUnit.CatalogTablePayload t) {
      return List.of(new MssCatalogTable(session).table(unit, t.table()));
    }
    MssUnit.StatementPayload s = (MssUnit.StatementPayload) p;
    if (s.statement().tree() instanceof TSqlParser.RoutineDefinitionContext r
        && r.createTrigger() != null) {
      return new MssTriggers(session).trigger(unit, r.createTrigger(), s.batch());
    }
    return List.of(statement(s.statement(), s.batch()));
  }

  private LoweredObject statement(ParsedStatement st, ParsedBatch batch) {
    if (st.tree() instanceof TSqlParser.StatementContext s) {
      if (s.createIndexStatement() != null) {
        return ddl.index(unit, s.createIndexStatement(), batch);
      }
      if (s.createViewStatement() != null) {
        return ddl.view(unit, s.createViewStatement(), batch);
      }
      if (s.createFunctionStatement() != null) {
        return routines.function(unit, s.createFunctionStatement(), batch);
      }
      if (s.createSequenceStatement() != null) {
        return new MssObjects(session).sequence(unit, s.createSequenceStatement(), batch);
      }
      if (s.createSynonymStatement() != null) {
        return new MssObjects(session).synonym(unit, s.createSynonymStatement(), batch);
      }
      if (s.createTypeStatement() != null) {
        return new MssObjects(session).type(unit, s.createTypeStatement(), batch);
      }
    }
    if (st.tree() instanceof TSqlParser.RoutineDefinitionContext r && r.createProcedure() != null) {
      return routines.procedure(unit, r.createProcedure(), batch);
    }
    MssContext cx = session.context(batch);
    cx.items.add(
        MssItems.STATEMENT,
        "this " + unit.ref().kind().label() + " is not converted yet: rewrite it by hand",
        unit.span(),
        unit.text());
    return session.lowered(unit, unit.ref().kind(), null, null);
  }
}
