/**
 * The bottom panels' tables: action items with filters, and the properties of the selected object.
 */
package io.godwit.ui.items;
