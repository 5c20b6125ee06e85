package io.godwit.load;

/** Which side of a load a connection serves. */
public enum ConnectionRole {
  SOURCE,
  TARGET
}
