package io.godwit.dialect.sqlserver.script;

/** How a definition statement creates its object. */
public enum CreateMode {
  /** Not a definition statement. */
  NONE,
  CREATE,
  CREATE_OR_ALTER,
  ALTER
}
