/** DDL of the IR: tables, columns, constraints, indexes, sequences, views, types, comments. */
package io.godwit.ir.ddl;
