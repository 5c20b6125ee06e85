/**
 * The source and target object trees: wildcard filtering and lazily built trees (toolkit-free),
 * their view models, and the tree views.
 */
package io.godwit.ui.tree;
