/**
 * Long work off the UI thread: the task view model with progress and Cancel, and the UI-thread
 * abstraction tests replace.
 */
package io.godwit.ui.task;
