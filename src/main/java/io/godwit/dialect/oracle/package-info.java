/**
 * Everything Godwit knows about Oracle: its script and catalog readers, its front end (parse tree
 * to IR) and what belongs to its SQL dialect.
 */
package io.godwit.dialect.oracle;
