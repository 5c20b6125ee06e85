/**
 * The catalog: what a database holds (schemas, tables, views, routines, ...), as plain immutable
 * records. Readers fill it from a live catalog or from scripts; everything else reads it. No
 * JavaFX, no JDBC, no ANTLR here.
 */
package io.godwit.model;
