package io.godwit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.godwit.assess.AssessmentReport;
import io.godwit.assess.AssessmentReport.ObjectRow;
import io.godwit.assess.AssessmentReport.State;
import io.godwit.assess.export.ReportFormat;
import io.godwit.convert.ConversionListener;
import io.godwit.convert.item.Category;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.dialect.Dialects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assessment of real Oracle scripts, through the Oracle front end, the IR passes and the
 * PostgreSQL back end exactly as {@code godwit convert} runs them: the figures of a script whose
 * answers are known, with statements that do not parse counted against the conversion rate.
 */
class OracleAssessmentTest {

  static final String SCRIPT =
      """
      CREATE SEQUENCE app.order_seq START WITH 1 NOCACHE;

      CREATE TABLE app.customer (
        id NUMBER(10) NOT NULL,
        name VARCHAR2(100 CHAR) NOT NULL,
        CONSTRAINT customer_pk PRIMARY KEY (id)
      );

      CREATE TABLE app.orders (
        id NUMBER(12) NOT NULL,
        customer_id NUMBER(10) NOT NULL,
        amount NUMBER(12,2),
        CONSTRAINT orders_pk PRIMARY KEY (id),
        CONSTRAINT orders_cust_fk FOREIGN KEY (customer_id) REFERENCES app.customer (id)
      );

      CREATE INDEX app.orders_cust_ix ON app.orders (customer_id);

      CREATE TABLE app.events (
        id NUMBER,
        happened DATE
      ) PARTITION BY RANGE (happened) (PARTITION p1 VALUES LESS THAN (DATE '2020-01-01'));

      CREATE TABLE app.broken (id NUMBER,, name VARCHAR2(10));

      CREATE OR REPLACE VIEW app.customer_totals AS
        SELECT c.id, c.name, NVL(SUM(o.amount), 0) AS total
          FROM app.customer c, app.orders o
         WHERE o.customer_id (+) = c.id
         GROUP BY c.id, c.name;

      CREATE OR REPLACE FUNCTION app.total(p_customer IN NUMBER) RETURN NUMBER IS
        v_total NUMBER := 0;
      BEGIN
        SELECT NVL(SUM(amount), 0) INTO v_total FROM app.orders WHERE customer_id = p_customer;
        RETURN v_total;
      END;
      /

      CREATE OR REPLACE PROCEDURE app.log_it(p_msg IN VARCHAR2) IS
        PRAGMA AUTONOMOUS_TRANSACTION;
      BEGIN
        INSERT INTO app.events (id, happened) VALUES (app.order_seq.NEXTVAL, SYSDATE);
        COMMIT;
      END;
      /

      CREATE OR REPLACE PROCEDURE app.retry(p_id IN NUMBER) IS
        v_n NUMBER := 0;
      BEGIN
        <<again>>
        v_n := v_n + 1;
        IF v_n < p_id THEN
          GOTO again;
        END IF;
      END;
      /

      CREATE OR REPLACE PROCEDURE app.half_done(p_id IN NUMBER) IS
      BEGIN
        UPDATE app.orders SET amount = amount * 2 WHERE id = p_id
      END;
      /
      """;

  @Test
  void realOracleScriptHasTheKnownFigures(@TempDir Path tmp) throws Exception {
    Path script = tmp.resolve("app.sql");
    Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
    Dialects dialects = Dialects.discover();
    ItemCatalog catalog = ItemCatalog.builtIn();
    AssessService service =
        new AssessService(
            new DialectConversionRunner(new ConvertService(dialects, catalog, Passes.standard())),
            dialects,
            catalog,
            "test",
            Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));
    ConversionRequest request =
        new ConversionRequest("oracle", "postgresql", List.of(script), null, null, null);
    AssessService.Outcome o =
        service.assess(
            new AssessService.Request(
                request,
                tmp.resolve("out"),
                new AssessService.Settings(EnumSet.of(ReportFormat.JSON), null, null, null),
                null),
            ConversionListener.NONE);
    AssessmentReport r = o.report();

    Map<String, ObjectRow> byName =
        r.objects().stream().collect(Collectors.toMap(ObjectRow::name, Function.identity()));
    assertThat(byName.get("CUSTOMER").state()).isEqualTo(State.CONVERTED);
    assertThat(byName.get("ORDERS").state()).isEqualTo(State.CONVERTED);
    assertThat(byName.get("ORDERS_CUST_FK").state()).isEqualTo(State.CONVERTED);
    assertThat(byName.get("ORDERS_CUST_IX").state()).isEqualTo(State.CONVERTED);
    assertThat(byName.get("ORDER_SEQ").state()).isEqualTo(State.CONVERTED);
    // the (+) outer join is rewritten by the shared IR pass, as godwit convert does
    assertThat(byName.get("CUSTOMER_TOTALS").state()).isEqualTo(State.CONVERTED);
    assertThat(byName.get("TOTAL").state()).isEqualTo(State.CONVERTED);

    ObjectRow events = byName.get("EVENTS");
    assertThat(events.codes()).containsExactly("ORA-1015");
    assertThat(events.state()).isEqualTo(State.ACTIONS);
    assertThat(events.category()).isEqualTo(Category.MEDIUM);
    assertThat(events.effortHours()).isBetween(2.0, 6.0);
    ObjectRow log = byName.get("LOG_IT");
    assertThat(log.codes()).containsExactly("PG-2008");
    assertThat(log.category()).isEqualTo(Category.COMPLEX);
    assertThat(log.effortHours()).isGreaterThanOrEqualTo(6.0);
    assertThat(byName.get("RETRY").codes()).containsExactly("PG-2007");
    assertThat(byName.get("RETRY").category()).isEqualTo(Category.COMPLEX);

    // statements that do not parse are objects that could not be read, never converted
    assertThat(byName.get("BROKEN").state()).isEqualTo(State.UNREADABLE);
    assertThat(byName.get("HALF_DONE").state()).isEqualTo(State.UNREADABLE);
    assertThat(r.unreadable())
        .extracting(u -> u.path(), u -> u.code(), u -> u.file(), u -> u.line())
        .containsExactlyInAnyOrder(
            tuple("APP.BROKEN", "GW-0001", script.toString(), 24),
            tuple("APP.HALF_DONE", "GW-0001", script.toString(), 62));
    assertThat(r.summary().unreadable()).isEqualTo(2);

    // storage: sequence, 4 tables, foreign key, index; 5 converted, EVENTS medium, BROKEN complex
    assertThat(r.summary().storage().objects()).isEqualTo(7);
    assertThat(r.summary().storage().converted().count()).isEqualTo(5);
    assertThat(r.summary().storage().medium().count()).isEqualTo(1);
    assertThat(r.summary().storage().complex().count()).isEqualTo(1);
    // code: view, function, three procedures that convert with items or not at all
    assertThat(r.summary().code().objects()).isEqualTo(5);
    assertThat(r.summary().code().converted().count()).isEqualTo(2);
    assertThat(r.summary().code().complex().count()).isEqualTo(3);
    assertThat(r.summary().total().converted().percent()).isEqualTo(58.3);
  }
}
