package io.godwit.dialect;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array with the encoders bulk-load formats need: UTF-8 with backslash escapes,
 * decimal digits, hexadecimal and big-endian integers, all without allocating per value.
 */
public final class EncodeBuffer {

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private byte[] buf;
  private int pos;
  private final byte[] digits = new byte[20];

  public EncodeBuffer(int initialCapacity) {
    this.buf = new byte[initialCapacity];
  }

  public byte[] array() {
    return buf;
  }

  public int size() {
    return pos;
  }

  public void reset() {
    pos = 0;
  }

  /** Forgets everything after {@code size}. */
  public void truncate(int size) {
    pos = size;
  }

  private void ensure(int more) {
    if (pos + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
    }
  }

  public void put(int b) {
    ensure(1);
    buf[pos++] = (byte) b;
  }

  public void put(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, buf, pos, len);
    pos += len;
  }

  public void put(byte[] b) {
    put(b, 0, b.length);
  }

  /** ASCII text (no escaping). */
  public void ascii(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[pos++] = (byte) s.charAt(i);
    }
  }

  /** A long in decimal. */
  public void decimal(long v) {
    if (v == Long.MIN_VALUE) {
      ascii("-9223372036854775808");
      return;
    }
    ensure(20);
    if (v < 0) {
      buf[pos++] = '-';
      v = -v;
    }
    int n = 0;
    do {
      digits[n++] = (byte) ('0' + (v % 10));
      v /= 10;
    } while (v != 0);
    while (n > 0) {
      buf[pos++] = digits[--n];
    }
  }

  public void int16(int v) {
    ensure(2);
    buf[pos++] = (byte) (v >>> 8);
    buf[pos++] = (byte) v;
  }

  public void int32(int v) {
    ensure(4);
    buf[pos++] = (byte) (v >>> 24);
    buf[pos++] = (byte) (v >>> 16);
    buf[pos++] = (byte) (v >>> 8);
    buf[pos++] = (byte) v;
  }

  public void int64(long v) {
    int32((int) (v >>> 32));
    int32((int) v);
  }

  /** Overwrites 4 bytes at {@code at} with a big-endian int (a length written after the fact). */
  public void int32At(int at, int v) {
    buf[at] = (byte) (v >>> 24);
    buf[at + 1] = (byte) (v >>> 16);
    buf[at + 2] = (byte) (v >>> 8);
    buf[at + 3] = (byte) v;
  }

  /** Bytes as lower-case hexadecimal digits. */
  public void hex(byte[] b, int off, int len) {
    ensure(2 * len);
    for (int i = off; i < off + len; i++) {
      int v = b[i] & 0xff;
      buf[pos++] = HEX[v >>> 4];
      buf[pos++] = HEX[v & 0xf];
    }
  }

  /**
   * Bytes, each one listed in {@code escapes} (non-zero entry) written as a backslash and that
   * entry.
   */
  public void escaped(byte[] b, int off, int len, byte[] escapes) {
    ensure(len);
    for (int i = off; i < off + len; i++) {
      int v = b[i] & 0xff;
      byte e = v < escapes.length ? escapes[v] : 0;
      if (e != 0) {
        ensure(2 + (off + len - i));
        buf[pos++] = '\\';
        buf[pos++] = e;
      } else {
        buf[pos++] = (byte) v;
      }
    }
  }

  /**
   * A string as UTF-8, ASCII characters listed in {@code escapes} written as a backslash and that
   * entry ({@code escapes} may be {@code null}).
   *
   * @throws IllegalArgumentException for an unpaired surrogate (not a character)
   */
  public void utf8(CharSequence s, byte[] escapes) {
    int n = s.length();
    ensure(n + 8);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        byte e = escapes == null ? 0 : escapes[c];
        if (e != 0) {
          ensure(2 + 3 * (n - i));
          buf[pos++] = '\\';
          buf[pos++] = e;
        } else {
          if (pos == buf.length) {
            ensure(1 + 3 * (n - i));
          }
          buf[pos++] = (byte) c;
        }
        continue;
      }
      ensure(4 + 3 * (n - i));
      if (c < 0x800) {
        buf[pos++] = (byte) (0xc0 | (c >> 6));
        buf[pos++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isSurrogate(c)) {
        char low = i + 1 < n ? s.charAt(i + 1) : 0;
        if (!Character.isHighSurrogate(c) || !Character.isLowSurrogate(low)) {
          throw new IllegalArgumentException("text holds an unpaired surrogate at character " + i);
        }
        int cp = Character.toCodePoint(c, low);
        i++;
        buf[pos++] = (byte) (0xf0 | (cp >> 18));
        buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
        buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
        buf[pos++] = (byte) (0x80 | (cp & 0x3f));
      } else {
        buf[pos++] = (byte) (0xe0 | (c >> 12));
        buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        buf[pos++] = (byte) (0x80 | (c & 0x3f));
      }
    }
  }
}
