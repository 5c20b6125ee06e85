package io.godwit.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.assess.AssessmentReport;
import io.godwit.assess.Assessor;
import io.godwit.assess.EffortModel;
import io.godwit.assess.ReportContext;
import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertedObject;
import io.godwit.convert.ObjectStatus;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ItemCatalog;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A package whose body cannot be read (it does not parse, or it is wrapped) is one failed object,
 * specification included: it is neither reported as converted nor counted as converted by the
 * assessment (golden cases 16 and 25).
 */
class PackageStatusTest {

  @Test
  void packageWithBrokenBodyFailsAsAWhole() {
    ConversionResult r = convert("25-package-body-fails");
    List<ConvertedObject> packages = packages(r);
    assertThat(packages)
        .extracting(o -> o.source().name(), ConvertedObject::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("LEDGER_API", ObjectStatus.FAILED),
            org.assertj.core.groups.Tuple.tuple("CLEAN_API", ObjectStatus.CONVERTED));
    ConvertedObject ledger =
        packages.stream().filter(o -> o.source().name().equals("LEDGER_API")).findFirst().get();
    assertThat(ledger.sql()).isNull();
    assertThat(ledger.items()).extracting(i -> i.code()).containsExactly("GW-0001");

    AssessmentReport report = assess(r);
    assertThat(state(report, "LEDGER_API")).isNotEqualTo(AssessmentReport.State.CONVERTED);
    assertThat(state(report, "CLEAN_API")).isEqualTo(AssessmentReport.State.CONVERTED);
    // Code objects: the two packages; only CLEAN_API is converted.
    assertThat(report.summary().code().objects()).isEqualTo(2);
    assertThat(report.summary().code().converted().count()).isEqualTo(1);
  }

  @Test
  void packageWithWrappedBodyFailsAsAWhole() {
    ConversionResult r = convert("16-wrapped-plsql");
    List<ConvertedObject> packages = packages(r);
    assertThat(packages).hasSize(1);
    assertThat(packages.get(0).status()).isEqualTo(ObjectStatus.FAILED);
    assertThat(packages.get(0).items()).extracting(i -> i.code()).containsExactly("GW-0004");
    assertThat(state(assess(r), "VAULT_API")).isNotEqualTo(AssessmentReport.State.CONVERTED);
  }

  private static ConversionResult convert(String name) {
    return Golden.convert(
        new Golden.Case(
            "oracle", "postgresql", Golden.ROOT.resolve("oracle-postgresql").resolve(name)));
  }

  private static List<ConvertedObject> packages(ConversionResult r) {
    return r.objects().stream().filter(o -> o.kind() == UnitKind.PACKAGE).toList();
  }

  private static AssessmentReport assess(ConversionResult r) {
    return new Assessor(ItemCatalog.builtIn(), EffortModel.builtIn())
        .assess(
            r,
            null,
            new ReportContext(
                "Oracle Database",
                "PostgreSQL",
                "15",
                List.of("case.sql"),
                OffsetDateTime.parse("2026-11-22T12:00:00Z"),
                "test"));
  }

  private static AssessmentReport.State state(AssessmentReport report, String name) {
    return report.objects().stream()
        .filter(o -> o.name().equalsIgnoreCase(name) && o.kind() == UnitKind.PACKAGE)
        .map(AssessmentReport.ObjectRow::state)
        .findFirst()
        .orElseThrow();
  }
}
