/** Expressions of the IR: literals, references, operators, function calls, subqueries. */
package io.godwit.ir.expr;
