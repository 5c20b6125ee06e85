/**
 * The SQL Server front end: reads SSMS and hand-written T-SQL scripts (or a live catalog) into
 * units, and lowers each unit to the IR with T-SQL's semantics made explicit.
 */
package io.godwit.dialect.sqlserver.lower;
