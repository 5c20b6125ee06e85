/**
 * Procedural code of the IR: routines, blocks, declarations, statements, exception handlers,
 * triggers and packages.
 */
package io.godwit.ir.proc;
