package io.godwit.model;

/** A named object that lives in a schema. */
public sealed interface SchemaObject
    permits Table, View, Index, Sequence, Routine, DbPackage, Trigger, Synonym, UserType {

  String name();

  ObjectKind kind();

  Origin origin();
}
