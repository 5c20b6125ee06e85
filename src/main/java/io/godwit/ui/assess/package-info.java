/**
 * The assessment view of the workbench: the report's summary, charts and action-item tree, and its
 * export buttons. The report itself comes from {@code io.godwit.assess}.
 */
package io.godwit.ui.assess;
