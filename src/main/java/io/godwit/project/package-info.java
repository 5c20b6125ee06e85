/**
 * The project file and settings, JSON forms of the model, and credentials handling. No JavaFX, no
 * JDBC.
 */
package io.godwit.project;
