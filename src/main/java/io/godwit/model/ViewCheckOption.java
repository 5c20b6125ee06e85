package io.godwit.model;

/** WITH CHECK OPTION and WITH READ ONLY on a view. */
public enum ViewCheckOption {
  NONE,
  LOCAL,
  CASCADED,
  READ_ONLY
}
