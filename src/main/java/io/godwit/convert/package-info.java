/**
 * The conversion pipeline that joins a source front end to a target back end: the interfaces both
 * implement, type and naming rules, the passes over the IR shared by every pair, the action-item
 * catalog and the conversion result. Never imports a dialect.
 */
package io.godwit.convert;
