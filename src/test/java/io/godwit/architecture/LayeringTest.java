package io.godwit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of ../shared/DESIGN.md and docs/adr/0001, stated as rules with their reasons. Bottom
 * to top: model, ir, convert and load, assess, dialect, project, service, then cli and ui.
 */
class LayeringTest {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.godwit");
  }

  @Test
  void layersOnlyReachDownwards() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("model")
        .definedBy("io.godwit.model..")
        .layer("ir")
        .definedBy("io.godwit.ir..")
        .layer("convert")
        .definedBy("io.godwit.convert..")
        .layer("load")
        .definedBy("io.godwit.load..")
        .layer("assess")
        .definedBy("io.godwit.assess..")
        .layer("dialect")
        .definedBy("io.godwit.dialect..")
        .layer("project")
        .definedBy("io.godwit.project..")
        .layer("service")
        .definedBy("io.godwit.service..")
        .layer("cli")
        .definedBy("io.godwit.cli..")
        .layer("ui")
        .definedBy("io.godwit.ui..")
        .whereLayer("model")
        .mayOnlyAccessLayers("model")
        .whereLayer("ir")
        .mayOnlyAccessLayers("ir", "model")
        .whereLayer("convert")
        .mayOnlyAccessLayers("convert", "ir", "model")
        .whereLayer("load")
        .mayOnlyAccessLayers("load", "model")
        .whereLayer("assess")
        .mayOnlyAccessLayers("assess", "convert", "ir", "model")
        .whereLayer("dialect")
        .mayOnlyAccessLayers("dialect", "convert", "load", "ir", "model")
        .whereLayer("project")
        .mayOnlyAccessLayers("project", "dialect", "assess", "convert", "load", "ir", "model")
        .whereLayer("service")
        .mayOnlyAccessLayers(
            "service", "project", "dialect", "assess", "convert", "load", "ir", "model")
        .whereLayer("ui")
        .mayOnlyAccessLayers(
            "ui", "service", "project", "dialect", "assess", "convert", "load", "ir", "model")
        .because(
            "each layer is usable and testable without the ones above it; the CLI and the"
                + " workbench share the services instead of each other")
        .check(classes);
  }

  @Test
  void productsDoNotKnowEachOther() {
    slices()
        .matching("io.godwit.dialect.(*)..")
        .should()
        .notDependOnEachOther()
        .because("a product is one folder: adding or changing one never touches another")
        .check(classes);
  }

  @Test
  void noCyclesBetweenTopLevelPackages() {
    // Inside a package family cycles can be natural (expressions hold subqueries and queries
    // hold expressions); between the families they would make the layers meaningless.
    slices()
        .matching("io.godwit.(*)..")
        .should()
        .beFreeOfCycles()
        .because("cycles make the layers above meaningless")
        .check(classes);
  }

  @Test
  void theDialectRootNeverReachesIntoAProduct() {
    noClasses()
        .that()
        .resideInAPackage("io.godwit.dialect")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.godwit.dialect.*..")
        .because("products are found through ServiceLoader, never named by shared code")
        .check(classes);
  }

  @Test
  void onlyTheWorkbenchUsesJavaFx() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.godwit.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
        .because("the engine runs headless in CI pipelines and on servers without a display")
        .check(classes);
  }

  @Test
  void theModelAndIrAreFreeOfJdbcAntlrAndJson() {
    noClasses()
        .that()
        .resideInAnyPackage("io.godwit.model..", "io.godwit.ir..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "org.antlr..", "com.fasterxml..")
        .because("the catalog and the IR are plain data every part can read")
        .check(classes);
  }

  @Test
  void antlrStaysInTheFrontEnds() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.godwit.dialect..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.antlr..")
        .because("parse trees are a front end's business; everything after it sees the IR")
        .check(classes);
  }

  @Test
  void noSqlIsRewrittenWithRegularExpressions() {
    noClasses()
        .that()
        .resideInAnyPackage("io.godwit.ir..", "io.godwit.convert..", "io.godwit.dialect..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.util.regex..")
        .orShould()
        .callMethod(String.class, "replaceAll", String.class, String.class)
        .orShould()
        .callMethod(String.class, "replaceFirst", String.class, String.class)
        .orShould()
        .callMethod(String.class, "matches", String.class)
        .orShould()
        .callMethod(String.class, "split", String.class)
        .because(
            "SQL is translated by parsing it; a regular expression cannot see quotes,"
                + " comments or nesting")
        .check(classes);
  }

  @Test
  void caseChangesNameTheirLocale() {
    noClasses()
        .should()
        .callMethod(String.class, "toUpperCase")
        .orShould()
        .callMethod(String.class, "toLowerCase")
        .because("identifier folding must not depend on the user's locale (Turkish dotless i)")
        .check(classes);
  }
}
