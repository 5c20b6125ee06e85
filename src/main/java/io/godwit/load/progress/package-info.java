/**
 * What a running load task tells the world: each table's state (the DMS states) and statistics as
 * immutable snapshots, the events a view listens to, and the final report. A view binds one row per
 * {@link io.godwit.load.progress.TableStatus}, keyed by its source table.
 */
package io.godwit.load.progress;
