/**
 * The Oracle SQL, PL/SQL and SQL*Plus lexer and parser generated from grammars/plsql, and the
 * hand-written lexer support they need (SQL*Plus lines, q-strings, statement framing).
 */
package io.godwit.dialect.oracle.parser;
