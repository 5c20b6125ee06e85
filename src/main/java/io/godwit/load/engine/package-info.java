/**
 * The load engine: plans segments, prepares the target, streams segments from reader to writer on
 * bounded pipelines, applies the error policy, validates, and keeps the state file so a task can be
 * resumed. It calls {@link io.godwit.load.LoadSupport} for everything product-specific.
 */
package io.godwit.load.engine;
