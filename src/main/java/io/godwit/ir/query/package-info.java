/** Queries and data-changing statements of the IR: SELECT, set operations, FROM items, DML. */
package io.godwit.ir.query;
