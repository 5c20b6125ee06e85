package io.godwit.project;

/**
 * A password encrypted with a key derived from a passphrase the user chose (see {@link
 * CredentialSeal}); safe to write to a project file. Binary fields are Base64.
 *
 * @param cipher the cipher ({@value CredentialSeal#CIPHER})
 * @param kdf the key derivation ({@value CredentialSeal#KDF})
 * @param iterations the derivation's iteration count
 * @param salt the derivation's salt
 * @param iv the cipher's nonce
 * @param data the encrypted password with its authentication tag
 */
public record SealedSecret(
    String cipher, String kdf, int iterations, String salt, String iv, String data) {}
