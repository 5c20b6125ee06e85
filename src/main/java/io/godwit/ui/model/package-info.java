/**
 * Toolkit-free models of what the workbench shows: the loaded source, the conversion with apply
 * outcomes, the shared state of the open project.
 */
package io.godwit.ui.model;
