/**
 * The Oracle front end's lowering: PL/SQL and Oracle SQL parse trees (and catalog objects) to the
 * neutral IR, with Oracle's semantics made explicit ('' is NULL, || ignores NULLs, NUMBER division
 * is exact, DATE arithmetic counts days). What the IR cannot express becomes an Unsupported node
 * with an ORA item.
 */
package io.godwit.dialect.oracle.lower;
