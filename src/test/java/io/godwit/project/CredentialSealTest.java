package io.godwit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.godwit.dialect.Secret;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class CredentialSealTest {

  final CredentialSeal seal = new CredentialSeal(new SecureRandom(), 2000);

  @Test
  void opensWithTheRightPassphrase() throws Exception {
    SealedSecret s = seal.seal(Secret.of("pä$$wörd"), "correct horse".toCharArray());
    assertThat(seal.open(s, "correct horse".toCharArray()).reveal()).isEqualTo("pä$$wörd");
    assertThat(s.iterations()).isEqualTo(2000);
    assertThat(s.toString()).doesNotContain("pä$$wörd");
  }

  @Test
  void refusesAWrongPassphrase() {
    SealedSecret s = seal.seal(Secret.of("x"), "right".toCharArray());
    assertThatThrownBy(() -> seal.open(s, "wrong".toCharArray()))
        .isInstanceOf(CredentialSeal.WrongPassphraseException.class)
        .hasMessageContaining("wrong passphrase");
  }

  @Test
  void twoSealsOfTheSamePasswordDiffer() {
    SealedSecret a = seal.seal(Secret.of("x"), "p".toCharArray());
    SealedSecret b = seal.seal(Secret.of("x"), "p".toCharArray());
    assertThat(a.data()).isNotEqualTo(b.data());
    assertThat(a.salt()).isNotEqualTo(b.salt());
  }

  @Test
  void aTamperedSealIsRefused() {
    SealedSecret s = seal.seal(Secret.of("secret"), "p".toCharArray());
    char[] data = s.data().toCharArray();
    data[2] = data[2] == 'A' ? 'B' : 'A';
    SealedSecret tampered =
        new SealedSecret(s.cipher(), s.kdf(), s.iterations(), s.salt(), s.iv(), new String(data));
    assertThatThrownBy(() -> seal.open(tampered, "p".toCharArray()))
        .isInstanceOf(CredentialSeal.WrongPassphraseException.class);
  }

  @Test
  void anEmptyPassphraseIsRefused() {
    assertThatThrownBy(() -> seal.seal(Secret.of("x"), new char[0]))
        .hasMessageContaining("passphrase is required");
  }
}
