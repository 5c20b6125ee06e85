/**
 * SQL Server: its T-SQL grammar's generated parser ({@code .parser}), the script parse layer
 * ({@code .script}) and, as they arrive, its catalog reader, front end and type system.
 */
package io.godwit.dialect.sqlserver;
