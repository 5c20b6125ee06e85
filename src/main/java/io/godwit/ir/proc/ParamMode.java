package io.godwit.ir.proc;

/** Parameter direction. */
public enum ParamMode {
  IN,
  OUT,
  IN_OUT
}
