/**
 * Small JavaFX helpers shared by the views: icons drawn from shapes, the UI thread, worker pools.
 */
package io.godwit.ui.fx;
