package io.godwit.ui.connect;

import io.godwit.dialect.Secret;
import io.godwit.project.ConnectionSettings;

/**
 * What the connection dialog produced.
 *
 * @param settings the server (with no saved password yet)
 * @param password the password typed, kept in memory
 * @param passphrase the passphrase to seal the password with when the user asked to save it, else
 *     null
 */
public record ConnectionRequest(ConnectionSettings settings, Secret password, char[] passphrase) {

  public boolean savePassword() {
    return passphrase != null && passphrase.length > 0;
  }
}
