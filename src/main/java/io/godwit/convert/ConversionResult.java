package io.godwit.convert;

import io.godwit.convert.item.ActionItem;
import java.time.Duration;
import java.util.List;

/**
 * Everything a conversion produced.
 *
 * @param sourceDialect the source product id
 * @param targetDialect the target product id
 * @param objects the converted objects, in the order they must run on the target
 * @param support the target's support objects the objects need, run first
 * @param problems what went wrong while reading the sources (statements that did not parse,
 *     unreadable objects, script commands with consequences)
 * @param sources the sources read
 * @param elapsed how long it took
 */
public record ConversionResult(
    String sourceDialect,
    String targetDialect,
    List<ConvertedObject> objects,
    List<Rendered> support,
    List<ActionItem> problems,
    SourceSet sources,
    Duration elapsed) {

  public ConversionResult {
    objects = List.copyOf(objects);
    support = List.copyOf(support);
    problems = List.copyOf(problems);
  }
}
