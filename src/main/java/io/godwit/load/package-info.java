/**
 * Data load tasks, product-neutral: the interfaces a dialect implements to read and write rows
 * ({@link io.godwit.load.LoadSupport}), and the value types that travel between them. The engine,
 * mapping rules, state file and progress live in the sub-packages; nothing here writes SQL.
 */
package io.godwit.load;
