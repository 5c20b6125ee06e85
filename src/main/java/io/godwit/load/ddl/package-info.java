/**
 * The converter's output as a load reads it: a directory with one SQL file per converted object and
 * a {@code summary.json} listing them, used to create the target tables (DROP_AND_CREATE) and,
 * after the data, their indexes, constraints and triggers.
 */
package io.godwit.load.ddl;
