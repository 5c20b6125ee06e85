/**
 * PostgreSQL: its catalog reader (pg_catalog to model) and, as they arrive, its back end, type
 * system, quoting and applier.
 */
package io.godwit.dialect.postgres;
