package io.godwit.dialect.oracle.lower;

/**
 * The lowering of one unit: the context and the lowerers for expressions, names, functions,
 * queries, DML, DDL and PL/SQL, which call each other through this object.
 */
final class OraLower {

  final OraContext cx;
  final OraTypes types;
  final OraExpr expr;
  final OraElements elements;
  final OraFunctions functions;
  final OraQuery query;
  final OraDml dml;
  final OraPlsql plsql;

  OraLower(OraContext cx) {
    this.cx = cx;
    this.types = new OraTypes(cx);
    this.expr = new OraExpr(this);
    this.elements = new OraElements(this);
    this.functions = new OraFunctions(this);
    this.query = new OraQuery(this);
    this.dml = new OraDml(this);
    this.plsql = new OraPlsql(this);
  }
}
