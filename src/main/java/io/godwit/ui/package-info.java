/**
 * The JavaFX workbench: the application, its main window and the services it calls. Only this
 * package and its sub-packages use JavaFX, RichTextFX and ControlsFX.
 */
package io.godwit.ui;
