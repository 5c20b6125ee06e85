package io.godwit.ui.connect;

import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.Secret;
import io.godwit.project.ConnectionSettings;
import io.godwit.project.ConnectionSettings.SslMode;
import io.godwit.project.JdbcUrls;
import io.godwit.service.ConnectionCheck;
import io.godwit.ui.notify.Problems;
import io.godwit.ui.task.UiThread;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The connection dialog: product, host, port, database or service, user, password and SSL, with
 * "Test connection" run off the UI thread. The password stays in memory; it is sealed with a
 * passphrase only when the user asks to save it.
 */
public final class ConnectionViewModel {

  /** Where the last test got. */
  public enum TestState {
    NONE,
    RUNNING,
    OK,
    FAILED
  }

  private final List<String> products;
  private final ConnectionCheck check;
  private final Executor worker;
  private final UiThread ui;
  private final AtomicLong testGeneration = new AtomicLong();

  private final StringProperty product = new SimpleStringProperty();
  private final StringProperty host = new SimpleStringProperty("localhost");
  private final StringProperty port = new SimpleStringProperty("");
  private final StringProperty database = new SimpleStringProperty("");
  private final StringProperty user = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final ObjectProperty<SslMode> ssl = new SimpleObjectProperty<>(SslMode.DISABLE);
  private final StringProperty url = new SimpleStringProperty("");
  private final BooleanProperty savePassword = new SimpleBooleanProperty(false);
  private final StringProperty passphrase = new SimpleStringProperty("");
  private final StringProperty passphraseAgain = new SimpleStringProperty("");
  private final ObjectProperty<TestState> testState = new SimpleObjectProperty<>(TestState.NONE);
  private final StringProperty testMessage = new SimpleStringProperty("");
  private final StringBinding databaseLabel;
  private final StringBinding problem;
  private final BooleanBinding valid;

  /**
   * @param products the product ids the dialog offers, the first selected
   * @param check runs "Test connection"
   */
  public ConnectionViewModel(
      List<String> products, ConnectionCheck check, Executor worker, UiThread ui) {
    this.products = List.copyOf(products);
    this.check = check;
    this.worker = worker;
    this.ui = ui;
    product.set(products.get(0));
    databaseLabel =
        Bindings.createStringBinding(
            () ->
                JdbcUrls.product(product.get())
                    .map(JdbcUrls.Product::databaseLabel)
                    .orElse("Database"),
            product);
    problem =
        Bindings.createStringBinding(
            this::validate, product, host, port, url, savePassword, passphrase, passphraseAgain);
    valid = problem.isEmpty();
    product.addListener(
        (o, a, b) -> {
          if (b != null && (database.get().isEmpty() || isDefaultDatabase(a, database.get()))) {
            database.set(JdbcUrls.product(b).map(JdbcUrls.Product::defaultDatabase).orElse(""));
          }
          testState.set(TestState.NONE);
          testMessage.set("");
        });
    database.set(JdbcUrls.product(product.get()).map(JdbcUrls.Product::defaultDatabase).orElse(""));
  }

  private static boolean isDefaultDatabase(String productId, String db) {
    return productId != null
        && JdbcUrls.product(productId).map(p -> p.defaultDatabase().equals(db)).orElse(false);
  }

  /** Fills the fields from saved settings (the password is not among them). */
  public void load(ConnectionSettings s) {
    if (s == null) {
      return;
    }
    if (products.contains(s.product())) {
      product.set(s.product());
    }
    host.set(s.host());
    port.set(s.port() > 0 ? Integer.toString(s.port()) : "");
    database.set(s.database());
    user.set(s.user() == null ? "" : s.user());
    ssl.set(s.ssl());
    url.set(s.url() == null ? "" : s.url());
  }

  private String validate() {
    if (product.get() == null) {
      return "Choose a product.";
    }
    boolean byUrl = !url.get().isBlank();
    if (byUrl && !url.get().strip().startsWith("jdbc:")) {
      return "A JDBC URL starts with jdbc:";
    }
    if (!byUrl && host.get().isBlank()) {
      return "Enter the host name.";
    }
    if (!port.get().isBlank()) {
      try {
        int p = Integer.parseInt(port.get().strip());
        if (p < 1 || p > 65535) {
          return "The port must be between 1 and 65535.";
        }
      } catch (NumberFormatException e) {
        return "The port must be a number.";
      }
    }
    if (savePassword.get()) {
      if (passphrase.get().length() < 8) {
        return "The passphrase must have at least 8 characters.";
      }
      if (!passphrase.get().equals(passphraseAgain.get())) {
        return "The two passphrases differ.";
      }
    }
    return "";
  }

  /** The settings as entered. */
  public ConnectionSettings settings() {
    int p = port.get().isBlank() ? 0 : Integer.parseInt(port.get().strip());
    String u = user.get().isBlank() ? null : user.get().strip();
    return new ConnectionSettings(
        product.get(), host.get(), p, database.get(), u, ssl.get(), url.get(), null);
  }

  /** What the dialog hands back when the user presses Connect. */
  public ConnectionRequest request() {
    return new ConnectionRequest(
        settings(),
        Secret.of(password.get()),
        savePassword.get() ? passphrase.get().toCharArray() : null);
  }

  /** The URL the settings make, for display (passwords masked). */
  public String previewUrl() {
    if (!valid.get()) {
      return "";
    }
    ConnectionSettings s = settings();
    return new ConnectionSpec(s.jdbcUrl(), s.user(), null).safeUrl();
  }

  /** Connects once in the background and reports the result in {@link #testMessageProperty}. */
  public void test() {
    if (!valid.get()) {
      testState.set(TestState.FAILED);
      testMessage.set(problem.get());
      return;
    }
    ConnectionSettings s = settings();
    ConnectionSpec spec = new ConnectionSpec(s.jdbcUrl(), s.user(), Secret.of(password.get()));
    long gen = testGeneration.incrementAndGet();
    testState.set(TestState.RUNNING);
    testMessage.set("Connecting to " + spec.safeUrl() + " …");
    worker.execute(
        () -> {
          String message;
          TestState result;
          try {
            message = check.check(spec).describe();
            result = TestState.OK;
          } catch (RuntimeException e) {
            message = Problems.describe(e);
            result = TestState.FAILED;
          }
          String m = message;
          TestState r = result;
          ui.post(
              () -> {
                if (testGeneration.get() == gen) {
                  testState.set(r);
                  testMessage.set(m);
                }
              });
        });
  }

  public List<String> products() {
    return products;
  }

  public StringProperty productProperty() {
    return product;
  }

  public StringProperty hostProperty() {
    return host;
  }

  public StringProperty portProperty() {
    return port;
  }

  public StringProperty databaseProperty() {
    return database;
  }

  public StringProperty userProperty() {
    return user;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public ObjectProperty<SslMode> sslProperty() {
    return ssl;
  }

  public StringProperty urlProperty() {
    return url;
  }

  public BooleanProperty savePasswordProperty() {
    return savePassword;
  }

  public StringProperty passphraseProperty() {
    return passphrase;
  }

  public StringProperty passphraseAgainProperty() {
    return passphraseAgain;
  }

  public StringBinding databaseLabelProperty() {
    return databaseLabel;
  }

  /** What is wrong with the input, or empty. */
  public StringBinding problemProperty() {
    return problem;
  }

  public BooleanBinding validProperty() {
    return valid;
  }

  public ReadOnlyObjectProperty<TestState> testStateProperty() {
    return testState;
  }

  public ReadOnlyStringProperty testMessageProperty() {
    return testMessage;
  }
}
