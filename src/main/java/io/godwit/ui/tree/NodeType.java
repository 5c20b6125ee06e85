package io.godwit.ui.tree;

/** The levels of the object trees. */
public enum NodeType {
  DATABASE,
  SCHEMA,
  KIND,
  OBJECT
}
