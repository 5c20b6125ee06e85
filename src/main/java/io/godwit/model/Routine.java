package io.godwit.model;

import java.util.List;

/**
 * A stand-alone procedure or function (package members live in their {@link DbPackage}).
 *
 * @param name the routine name
 * @param routineKind procedure or function
 * @param parameters parameters in order; a function's result is not among them
 * @param returnType a function's return type, or {@code null} for a procedure; set-returning
 *     functions carry the catalog's text ({@code SETOF x}, {@code TABLE(...)}) as the type name
 * @param language the body language ({@code plpgsql}, {@code sql}, {@code plsql}, {@code tsql})
 * @param source the full source text as the database or script holds it; {@code null} when it
 *     cannot be read (no permission, wrapped or encrypted), in which case the schema lists a {@link
 *     ReadProblem}
 * @param origin where the definition came from
 */
public record Routine(
    String name,
    RoutineKind routineKind,
    List<Parameter> parameters,
    DataType returnType,
    String language,
    String source,
    Origin origin)
    implements SchemaObject {

  public Routine {
    Names.require(name, "routine");
    if (routineKind == null) {
      throw new IllegalArgumentException("routine " + name + " needs a kind");
    }
    parameters = Names.copy(parameters);
    origin = origin == null ? Origin.catalog() : origin;
  }

  @Override
  public ObjectKind kind() {
    return routineKind == RoutineKind.PROCEDURE ? ObjectKind.PROCEDURE : ObjectKind.FUNCTION;
  }
}
