/**
 * MySQL and MariaDB (a variant inside this package): the information_schema reader and, as they
 * arrive, the back end, type system, quoting and applier.
 */
package io.godwit.dialect.mysql;
