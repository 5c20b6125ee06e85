/**
 * Action items: what a conversion could not do faithfully, as data. The catalog lists every code
 * with its category, texts and effort weights; the docs are generated from it.
 */
package io.godwit.convert.item;
