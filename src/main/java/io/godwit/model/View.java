package io.godwit.model;

import java.util.List;

/**
 * A view or a materialized view.
 *
 * @param name the view name
 * @param materialized whether this is a materialized view
 * @param columns the view's columns as the catalog reports them (empty when read from a script)
 * @param definition the query text (for a script: the whole CREATE statement's query)
 * @param checkOption WITH CHECK OPTION or READ ONLY
 * @param comment the comment, or {@code null}
 * @param origin where the definition came from
 */
public record View(
    String name,
    boolean materialized,
    List<Column> columns,
    String definition,
    ViewCheckOption checkOption,
    String comment,
    Origin origin)
    implements SchemaObject {

  public View {
    Names.require(name, "view");
    columns = Names.copy(columns);
    checkOption = checkOption == null ? ViewCheckOption.NONE : checkOption;
    origin = origin == null ? Origin.catalog() : origin;
  }

  @Override
  public ObjectKind kind() {
    return materialized ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW;
  }
}
