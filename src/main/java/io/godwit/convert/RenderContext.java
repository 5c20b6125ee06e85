package io.godwit.convert;

import io.godwit.convert.item.Items;

/**
 * What a back end gets besides the object: where to put its items, the naming rules and the
 * options, and the source object for messages.
 */
public record RenderContext(
    ObjectRef source, UnitKind kind, Items items, TargetNaming naming, ConvertOptions options) {}
