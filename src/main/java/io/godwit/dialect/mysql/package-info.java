/**
 * MySQL and MariaDB (a variant inside this package): the information_schema reader, the script
 * splitter, and the back end that writes the IR as MySQL 8.0 or MariaDB 10.6+ SQL.
 */
package io.godwit.dialect.mysql;
