/**
 * The main window: its view model and commands (File, Source, Target, Actions), its controller, and
 * the dialogs it opens.
 */
package io.godwit.ui.main;
