/**
 * Writing a conversion result to a directory: one file per object, all.sql in dependency order,
 * action-items.csv and summary.json, whose field names are documented in docs/conversion-output.md.
 */
package io.godwit.convert.output;
