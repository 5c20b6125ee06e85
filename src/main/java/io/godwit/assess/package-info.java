/**
 * The assessment: the report model computed from a conversion result (and, when the output was
 * applied, from what happened on the target), and the effort model its estimates rest on.
 */
package io.godwit.assess;
