/**
 * MySQL's and MariaDB's part in data loads: a streaming reader (Connector/J streaming result sets),
 * LOAD DATA LOCAL INFILE fed from a stream, the INSERT fallback, and the statements around a load.
 */
package io.godwit.dialect.mysql.load;
