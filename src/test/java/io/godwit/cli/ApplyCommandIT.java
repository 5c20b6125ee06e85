package io.godwit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertOptions;
import io.godwit.convert.ConvertedObject;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.ObjectStatus;
import io.godwit.convert.RenderContext;
import io.godwit.convert.Rendered;
import io.godwit.convert.SourceSet;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.item.Items;
import io.godwit.convert.output.ConversionWriter;
import io.godwit.convert.output.Summary;
import io.godwit.dialect.postgres.PostgresBackEnd;
import io.godwit.ir.Ident;
import io.godwit.ir.IrObject;
import io.godwit.ir.QName;
import io.godwit.ir.SqlType;
import io.godwit.ir.TypeKind;
import io.godwit.ir.ddl.Ddl;
import io.godwit.ir.expr.Expr;
import io.godwit.ir.query.FromItem;
import io.godwit.ir.query.Query;
import io.godwit.service.ApplyReport;
import io.godwit.testdb.TestPostgres;
import io.godwit.testsupport.GodwitProcess;
import io.godwit.testsupport.GodwitProcess.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes a conversion directory and runs {@code godwit apply} on real PostgreSQL. */
class ApplyCommandIT {

  static final ItemCatalog CATALOG = ItemCatalog.builtIn();

  static ConvertedObject convert(IrObject ir, ObjectRef source, UnitKind kind) {
    PostgresBackEnd back = new PostgresBackEnd();
    ConvertOptions options = ConvertOptions.defaults();
    Items items = new Items(CATALOG, source);
    Rendered r =
        back.render(ir, new RenderContext(source, kind, items, back.naming(options), options));
    return new ConvertedObject(
        source,
        kind,
        r.target(),
        r.table(),
        r.sql(),
        items.list(),
        items.list().isEmpty() ? ObjectStatus.CONVERTED : ObjectStatus.ACTIONS,
        "-- source",
        null,
        null,
        r.support());
  }

  @Test
  void appliesInOrderContinuesPastFailuresAndRunsEditedFiles(@TempDir Path dir) throws Exception {
    List<ConvertedObject> objects = new ArrayList<>();
    objects.add(
        convert(
            new Ddl.CreateSchema(Ident.of("SHOP"), null),
            new ObjectRef(null, "SHOP", UnitKind.SCHEMA),
            UnitKind.SCHEMA));
    objects.add(
        convert(
            new Ddl.CreateTable(
                QName.of("SHOP", "ITEMS"),
                null,
                List.of(
                    new Ddl.ColumnDef(
                        Ident.of("ID"),
                        SqlType.of(TypeKind.INTEGER),
                        null,
                        true,
                        null,
                        null,
                        false,
                        null),
                    Ddl.ColumnDef.of(Ident.of("NAME"), SqlType.sized(TypeKind.VARCHAR, 20))),
                List.of(new Ddl.PrimaryKeyDef(null, List.of(Ident.of("ID")))),
                null,
                null),
            new ObjectRef("SHOP", "ITEMS", UnitKind.TABLE),
            UnitKind.TABLE));
    // A view on a table that does not exist: it fails on the target, the next one still runs.
    objects.add(
        convert(
            new Ddl.CreateView(
                QName.of("SHOP", "BROKEN"),
                null,
                Query.Select.simple(
                    List.of(new Query.SelectItem(new Expr.Star(null), null)),
                    List.of(FromItem.TableRef.of(QName.of("SHOP", "MISSING"), null)),
                    null),
                false,
                Ddl.CheckOption.NONE,
                null),
            new ObjectRef("SHOP", "BROKEN", UnitKind.VIEW),
            UnitKind.VIEW));
    objects.add(
        convert(
            new Ddl.CreateView(
                QName.of("SHOP", "NAMES"),
                null,
                Query.Select.simple(
                    List.of(new Query.SelectItem(Expr.ColumnRef.of("NAME"), null)),
                    List.of(FromItem.TableRef.of(QName.of("SHOP", "ITEMS"), null)),
                    null),
                false,
                Ddl.CheckOption.NONE,
                null),
            new ObjectRef("SHOP", "NAMES", UnitKind.VIEW),
            UnitKind.VIEW));
    Items failedItems = new Items(CATALOG, new ObjectRef("SHOP", "BAD_PROC", UnitKind.PROCEDURE));
    failedItems.add("GW-0001", "does not parse", null, "create procedure bad_proc is begin");
    objects.add(
        new ConvertedObject(
            new ObjectRef("SHOP", "BAD_PROC", UnitKind.PROCEDURE),
            UnitKind.PROCEDURE,
            null,
            null,
            null,
            failedItems.list(),
            ObjectStatus.FAILED,
            "create procedure bad_proc is begin",
            null,
            null,
            null));
    ConversionResult result =
        new ConversionResult(
            "oracle",
            "postgresql",
            objects,
            List.of(),
            List.of(),
            new SourceSet(List.of(), List.of(), null),
            Duration.ofMillis(5));
    Summary summary = new ConversionWriter(CATALOG, "test").write(result, List.of("in.sql"), dir);

    assertThat(summary.objects())
        .extracting(Summary.ObjectEntry::file)
        .containsExactly(
            "shop/schema/shop.sql",
            "shop/table/items.sql",
            "shop/view/broken.sql",
            "shop/view/names.sql",
            "SHOP/procedure/BAD_PROC.sql");
    assertThat(summary.totals().get("view")).isEqualTo(new Summary.KindTotals(2, 2, 0, 0));
    assertThat(summary.totals().get("procedure")).isEqualTo(new Summary.KindTotals(1, 0, 0, 1));
    assertThat(Files.readString(dir.resolve("SHOP/procedure/BAD_PROC.sql")))
        .contains("-- GODWIT: not converted")
        .contains("-- GW-0001: does not parse")
        .contains("-- create procedure bad_proc is begin");
    String all = Files.readString(dir.resolve("all.sql"));
    assertThat(all.indexOf("CREATE TABLE shop.items"))
        .isLessThan(all.indexOf("CREATE OR REPLACE VIEW shop.names"));
    assertThat(all).doesNotContain("bad_proc");
    try (CSVParser csv =
        CSVParser.parse(
            dir.resolve("action-items.csv"),
            StandardCharsets.UTF_8,
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      List<CSVRecord> rows = csv.getRecords();
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).get("code")).isEqualTo("GW-0001");
      assertThat(rows.get(0).get("object")).isEqualTo("SHOP.BAD_PROC");
      assertThat(rows.get(0).get("recommendation")).isNotBlank();
    }

    // The user edits the converted table before applying: the edit is what runs.
    Path table = dir.resolve("shop/table/items.sql");
    Files.writeString(
        table,
        Files.readString(table).replace("name varchar(20)", "name varchar(40) DEFAULT 'unnamed'"));

    TestPostgres pg = TestPostgres.get();
    String url = pg.createDatabase("apply");
    Result r = GodwitProcess.run(Map.of(), "apply", "--url", url, dir.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ApplyCommand.SOME_FAILED);
    assertThat(r.out())
        .contains("failed  shop/view/broken.sql:1: ERROR: relation \"shop.missing\" does not exist")
        .contains("3 applied, 1 failed, 1 skipped");
    ApplyReport report = ApplyReport.read(dir);
    assertThat(report.objects())
        .extracting(ApplyReport.Entry::status)
        .containsExactly(
            ApplyReport.Status.applied,
            ApplyReport.Status.applied,
            ApplyReport.Status.failed,
            ApplyReport.Status.applied,
            ApplyReport.Status.skipped);
    assertThat(report.objects().get(4).error()).isEqualTo("not converted");
    try (Connection c = pg.connect(url);
        Statement s = c.createStatement()) {
      s.execute("insert into shop.items (id) values (1)");
      try (ResultSet rs = s.executeQuery("select name from shop.names")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("unnamed");
      }
    }
  }

  @Test
  void aDirectoryThatIsNotAConversionIsOneClearLine(@TempDir Path dir) {
    Result r =
        GodwitProcess.run(
            Map.of(), "apply", "--url", "jdbc:postgresql://localhost/x", dir.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(
            "godwit: " + dir + " holds no summary.json: is it the output of godwit convert?");
  }
}
