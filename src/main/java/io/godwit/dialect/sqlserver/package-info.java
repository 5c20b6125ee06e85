/**
 * Microsoft SQL Server: the catalog reader (sys.* views and sys.sql_modules to model), its T-SQL
 * grammar's generated parser ({@code .parser}), the script parse layer ({@code .script}) and, as it
 * arrives, its front end (T-SQL to ir).
 */
package io.godwit.dialect.sqlserver;
