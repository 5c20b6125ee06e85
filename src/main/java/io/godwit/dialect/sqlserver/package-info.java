/**
 * Microsoft SQL Server: the catalog reader (sys.* views and sys.sql_modules to model) and, as they
 * arrive, its front end (T-SQL to ir), type system and quoting.
 */
package io.godwit.dialect.sqlserver;
