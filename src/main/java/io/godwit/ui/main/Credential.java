package io.godwit.ui.main;

import io.godwit.dialect.Secret;
import io.godwit.project.ConnectionSettings;
import io.godwit.project.CredentialSeal;
import io.godwit.project.SealedSecret;
import java.util.Arrays;
import java.util.Optional;

/**
 * The password for a connection, gathered on the UI thread and opened in the background: the one
 * typed in this session, or the project's sealed one with the passphrase the user gives, or one
 * asked for now. Unsealing is slow on purpose (key derivation), so it never runs on the UI thread.
 */
final class Credential {

  private final Secret typed;
  private final SealedSecret sealed;
  private final char[] passphrase;

  private Credential(Secret typed, SealedSecret sealed, char[] passphrase) {
    this.typed = typed;
    this.sealed = sealed;
    this.passphrase = passphrase;
  }

  /** A password already known. */
  static Credential of(Secret secret) {
    return new Credential(secret, null, null);
  }

  /**
   * Gathers the password for {@code settings}, asking the user when needed.
   *
   * @param inMemory the password typed earlier in this session, or null when none was
   * @return empty when the user cancelled
   */
  static Optional<Credential> gather(
      ConnectionSettings settings, Secret inMemory, Prompts prompts) {
    if (inMemory != null) {
      return Optional.of(of(inMemory));
    }
    if (settings.savedPassword() != null) {
      return prompts
          .secret(
              "Passphrase",
              "The password for "
                  + settings.describe()
                  + " is saved in the project, encrypted. Enter the passphrase to unlock it.")
          .map(p -> new Credential(null, settings.savedPassword(), p));
    }
    if (settings.user() != null && !settings.user().isBlank()) {
      return prompts
          .secret("Password", "Password for " + settings.describe())
          .map(
              p -> {
                Secret s = Secret.of(p);
                Arrays.fill(p, '\0');
                return of(s);
              });
    }
    return Optional.of(of(Secret.none()));
  }

  /** The password; unseals when needed (call in the background). */
  Secret open(CredentialSeal seal) throws CredentialSeal.WrongPassphraseException {
    if (sealed == null) {
      return typed;
    }
    try {
      return seal.open(sealed, passphrase);
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }
}
