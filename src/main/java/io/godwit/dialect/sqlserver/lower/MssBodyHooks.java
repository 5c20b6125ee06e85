package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.ir.proc.Stmt;
import io.godwit.ir.query.Query;
import java.util.function.Supplier;

/**
 * What a kind of routine changes in how {@link MssProcedural} lowers its body: a multi-statement
 * table-valued function collects rows into its result, a procedure returns its result sets and
 * return code. Every method returns null to leave the statement to the ordinary lowering.
 */
interface MssBodyHooks {

  /** A DML statement (INSERT INTO the returned table variable, ...), or null. */
  default Stmt dml(TSqlParser.DmlStatementContext d) {
    return null;
  }

  /** A SELECT whose rows go to the caller ({@code rows} lowers its query), or null. */
  default Stmt resultSet(TSqlParser.DmlStatementContext d, Supplier<Query> rows) {
    return null;
  }

  /** {@code RETURN value} in a procedure (a return code), or null. */
  default Stmt returnCode(TSqlParser.ReturnStatementContext r) {
    return null;
  }
}
