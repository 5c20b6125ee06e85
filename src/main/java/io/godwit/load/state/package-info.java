/**
 * The state file a load task keeps as it runs: which tables are prepared, which key-range segments
 * are committed, what was set aside, so an interrupted task can be resumed without duplicating or
 * losing a row. Written atomically (temporary file, then rename).
 */
package io.godwit.load.state;
