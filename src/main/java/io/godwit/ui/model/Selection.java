package io.godwit.ui.model;

import io.godwit.convert.ConvertedObject;
import io.godwit.project.ObjectKey;

/**
 * The object shown in the editors.
 *
 * @param source the source object, or null when it is not in the source tree (a schema the
 *     conversion created)
 * @param converted the converted object shown on the right, or null when it is not converted
 * @param key the key of {@code converted}, or null
 */
public record Selection(SourceObject source, ConvertedObject converted, ObjectKey key) {}
