package io.godwit.model;

/** Whether a character type's length counts bytes or characters (Oracle's BYTE and CHAR). */
public enum LengthUnit {
  BYTE,
  CHAR
}
