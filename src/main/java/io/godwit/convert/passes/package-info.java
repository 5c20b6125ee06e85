/**
 * Rewrites of the IR shared by every source/target pair: Oracle's (+) outer joins to ANSI joins,
 * ROWNUM to row limits and row_number(), CONNECT BY to WITH RECURSIVE. A pass leaves what it cannot
 * rewrite exactly; the back end then reports it as an action item.
 */
package io.godwit.convert.passes;
