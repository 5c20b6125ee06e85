/**
 * The dialect-neutral tree translation works on: names, data types, expressions, queries, DDL and
 * procedural code. Front ends lower PL/SQL and T-SQL into it; shared passes rewrite it; back ends
 * render it. Plain immutable records, no JDBC, no ANTLR.
 */
package io.godwit.ir;
