package io.godwit.convert;

import io.godwit.ir.IrObject;

/** Renders IR objects as one target product's SQL. */
public interface BackEnd {

  /** The target's naming rules under these options. */
  TargetNaming naming(ConvertOptions options);

  /**
   * Writes {@code object} as SQL. What the target cannot express faithfully becomes an action item
   * in {@code context.items()} with its target span, and the original text stays in a comment at
   * that spot.
   */
  Rendered render(IrObject object, RenderContext context);

  /**
   * Objects the rendered text relies on that the target lacks (compatibility functions), by the
   * names {@link Rendered#support()} lists; run before everything else.
   */
  default java.util.List<Rendered> support(java.util.Set<String> names) {
    return java.util.List.of();
  }

  /**
   * Whether a source package becomes a schema of its own on this target (its state and routines
   * inside it); when false, package members become objects named {@code package$member} in the
   * package's schema.
   */
  default boolean packagesAsSchemas() {
    return true;
  }

  /** Passes over the whole set of lowered objects that this target needs, in order. */
  default java.util.List<WholePass> wholePasses() {
    return java.util.List.of();
  }
}
