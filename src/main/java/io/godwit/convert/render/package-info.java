/**
 * Text building shared by back ends: a writer that tracks lines and offsets so action items get
 * target spans. It knows nothing of SQL; back ends decide every word it writes.
 */
package io.godwit.convert.render;
