/**
 * Load tasks in the workbench: the "New load task" form, the task view with one row per table, and
 * their view models over the same load service the command line uses.
 */
package io.godwit.ui.load;
