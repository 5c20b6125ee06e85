/**
 * The T-SQL parse layer: splits scripts into GO batches, parses each batch (SLL first, LL on
 * failure, under a time budget), unwraps SSMS existence-check wrappers and classifies the
 * statements. Its output, parse trees with file-relative positions, is what the front end lowers.
 */
package io.godwit.dialect.sqlserver.script;
