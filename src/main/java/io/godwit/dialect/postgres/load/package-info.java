/**
 * PostgreSQL's part in data loads: a cursor-based streaming reader, COPY writers in text and binary
 * form, the INSERT fallback, and the statements around a load (truncate, key-range deletes,
 * deferred indexes, foreign keys and triggers, sequence resets).
 */
package io.godwit.dialect.postgres.load;
