package io.godwit.project;

import io.godwit.dialect.Secret;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals passwords for a project file: AES-256-GCM with a key derived from the user's passphrase by
 * PBKDF2-HMAC-SHA256 with a random salt (docs/adr/0012-ui-saved-passwords.md). The passphrase is
 * never stored; a wrong one is told apart from a damaged seal by the GCM tag.
 */
public final class CredentialSeal {

  public static final String CIPHER = "AES-256-GCM";
  public static final String KDF = "PBKDF2WithHmacSHA256";

  /** The iteration count for new seals (OWASP 2023 recommendation for PBKDF2-HMAC-SHA256). */
  public static final int ITERATIONS = 600_000;

  private static final int SALT_BYTES = 16;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  /** The passphrase does not open the seal, or the seal is damaged. */
  public static final class WrongPassphraseException extends Exception {
    private static final long serialVersionUID = 1L;

    WrongPassphraseException(String message) {
      super(message);
    }
  }

  private final SecureRandom random;
  private final int iterations;

  public CredentialSeal() {
    this(new SecureRandom(), ITERATIONS);
  }

  /** A seal with a chosen iteration count (tests use fewer). */
  public CredentialSeal(SecureRandom random, int iterations) {
    if (iterations < 1000) {
      throw new IllegalArgumentException("too few iterations: " + iterations);
    }
    this.random = random;
    this.iterations = iterations;
  }

  /** Encrypts {@code password} under {@code passphrase}. */
  public SealedSecret seal(Secret password, char[] passphrase) {
    if (passphrase == null || passphrase.length == 0) {
      throw new IllegalArgumentException("a passphrase is required to save a password");
    }
    byte[] salt = new byte[SALT_BYTES];
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(salt);
    random.nextBytes(iv);
    char[] chars = password.chars();
    byte[] plain = utf8(chars);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE,
          key(passphrase, salt, iterations),
          new GCMParameterSpec(TAG_BITS, iv));
      byte[] data = cipher.doFinal(plain);
      Base64.Encoder b64 = Base64.getEncoder();
      return new SealedSecret(
          CIPHER,
          KDF,
          iterations,
          b64.encodeToString(salt),
          b64.encodeToString(iv),
          b64.encodeToString(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java runtime cannot encrypt with AES-GCM", e);
    } finally {
      Arrays.fill(chars, '\0');
      Arrays.fill(plain, (byte) 0);
    }
  }

  /** Decrypts {@code sealed} with {@code passphrase}. */
  public Secret open(SealedSecret sealed, char[] passphrase) throws WrongPassphraseException {
    if (!CIPHER.equals(sealed.cipher()) || !KDF.equals(sealed.kdf())) {
      throw new WrongPassphraseException(
          "the saved password uses " + sealed.cipher() + "/" + sealed.kdf() + ", unknown here");
    }
    byte[] plain = null;
    try {
      Base64.Decoder b64 = Base64.getDecoder();
      byte[] salt = b64.decode(sealed.salt());
      byte[] iv = b64.decode(sealed.iv());
      byte[] data = b64.decode(sealed.data());
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          key(passphrase, salt, sealed.iterations()),
          new GCMParameterSpec(TAG_BITS, iv));
      plain = cipher.doFinal(data);
      CharBuffer chars =
          StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(plain)).asReadOnlyBuffer();
      char[] out = new char[chars.remaining()];
      chars.get(out);
      Secret secret = Secret.of(out);
      Arrays.fill(out, '\0');
      return secret;
    } catch (AEADBadTagException e) {
      throw new WrongPassphraseException("wrong passphrase (or the saved password is damaged)");
    } catch (IllegalArgumentException | CharacterCodingException e) {
      throw new WrongPassphraseException("the saved password is damaged");
    } catch (GeneralSecurityException e) {
      throw new WrongPassphraseException("the saved password cannot be read: " + e.getMessage());
    } finally {
      if (plain != null) {
        Arrays.fill(plain, (byte) 0);
      }
    }
  }

  private static SecretKeySpec key(char[] passphrase, byte[] salt, int iterations)
      throws GeneralSecurityException {
    PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
    try {
      byte[] key = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
      return new SecretKeySpec(key, "AES");
    } finally {
      spec.clearPassword();
    }
  }

  private static byte[] utf8(char[] chars) {
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
    byte[] out = new byte[bytes.remaining()];
    bytes.get(out);
    if (bytes.hasArray()) {
      Arrays.fill(bytes.array(), (byte) 0);
    }
    return out;
  }
}
