/**
 * The SQL editors: a tokenizing scanner per dialect for colouring, the editor control, and the view
 * model of the side-by-side source and target code.
 */
package io.godwit.ui.code;
