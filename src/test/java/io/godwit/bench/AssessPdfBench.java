package io.godwit.bench;

import io.godwit.assess.AssessmentReport;
import io.godwit.assess.Assessor;
import io.godwit.assess.EffortModel;
import io.godwit.assess.ReportContext;
import io.godwit.assess.export.CsvExporter;
import io.godwit.assess.export.ExportOptions;
import io.godwit.assess.export.HtmlExporter;
import io.godwit.assess.export.JsonExporter;
import io.godwit.assess.export.PdfExporter;
import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertedObject;
import io.godwit.convert.ObjectRef;
import io.godwit.convert.ObjectStatus;
import io.godwit.convert.SourceSet;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.ActionItem;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.convert.item.ItemDefinition;
import io.godwit.ir.SourceSpan;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code assess-pdf [OCCURRENCES] [RUNS]}: a synthetic conversion of 2,500 objects (tables,
 * indexes, procedures, packages) carrying OCCURRENCES action items (default 10,000) spread over
 * every code of the catalog; times the assessment, then every export, RUNS times (default 3) after
 * one warm-up. The figure that matters: the PDF in under 10 s with -Xmx1g (the bench profile's
 * heap).
 */
final class AssessPdfBench implements Bench.Task {

  @Override
  public String description() {
    return "assessment report of 10,000 action items: model, PDF, HTML, CSV, JSON [OCCURRENCES] [RUNS]";
  }

  @Override
  public void run(List<String> args, PrintStream out) throws Exception {
    int occurrences = args.isEmpty() ? 10_000 : Integer.parseInt(args.get(0));
    int runs = args.size() < 2 ? 3 : Integer.parseInt(args.get(1));
    ItemCatalog catalog = ItemCatalog.builtIn();
    ConversionResult result = synthetic(catalog, occurrences);
    ReportContext context =
        new ReportContext(
            "Oracle Database",
            "PostgreSQL",
            "15",
            List.of("bench/*.sql"),
            OffsetDateTime.now(),
            "bench");
    Path dir = Files.createTempDirectory("godwit-assess-bench");
    out.printf(
        Locale.ROOT,
        "assess-pdf: %d objects, %d occurrences, heap %d MiB, %d cores%n",
        result.objects().size(),
        occurrences,
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        Runtime.getRuntime().availableProcessors());
    String[] names = {"model", "pdf", "html", "csv", "json"};
    long[][] times = new long[names.length][runs];
    long[][] cpu = new long[names.length][runs];
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    AssessmentReport report = null;
    for (int run = -1; run < runs; run++) {
      long[] wall = new long[6];
      long[] busy = new long[6];
      wall[0] = System.nanoTime();
      busy[0] = threads.getCurrentThreadCpuTime();
      report = new Assessor(catalog, EffortModel.builtIn()).assess(result, null, context);
      wall[1] = System.nanoTime();
      busy[1] = threads.getCurrentThreadCpuTime();
      new PdfExporter(ExportOptions.defaults()).export(report, dir);
      wall[2] = System.nanoTime();
      busy[2] = threads.getCurrentThreadCpuTime();
      new HtmlExporter(ExportOptions.defaults()).export(report, dir);
      wall[3] = System.nanoTime();
      busy[3] = threads.getCurrentThreadCpuTime();
      new CsvExporter(ExportOptions.defaults()).export(report, dir);
      wall[4] = System.nanoTime();
      busy[4] = threads.getCurrentThreadCpuTime();
      new JsonExporter(ExportOptions.defaults()).export(report, dir);
      wall[5] = System.nanoTime();
      busy[5] = threads.getCurrentThreadCpuTime();
      if (run >= 0) {
        for (int i = 0; i < names.length; i++) {
          times[i][run] = wall[i + 1] - wall[i];
          cpu[i][run] = busy[i + 1] - busy[i];
        }
      }
    }
    for (int i = 0; i < names.length; i++) {
      long[] t = times[i].clone();
      long[] c = cpu[i].clone();
      Arrays.sort(t);
      Arrays.sort(c);
      out.printf(
          Locale.ROOT,
          "  %-6s wall median %7.0f ms, best %7.0f ms; cpu median %7.0f ms%n",
          names[i],
          t[t.length / 2] / 1e6,
          t[0] / 1e6,
          c[c.length / 2] / 1e6);
    }
    long gc = 0;
    for (java.lang.management.GarbageCollectorMXBean b :
        java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      gc += Math.max(0, b.getCollectionTime());
    }
    out.printf(
        Locale.ROOT,
        "  gc %d ms in all; load average %.1f%n",
        gc,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    com.lowagie.text.pdf.PdfReader pdf =
        new com.lowagie.text.pdf.PdfReader(dir.resolve("assessment.pdf").toString());
    out.printf(
        Locale.ROOT,
        "  pdf %d pages, %.1f MiB; html %.1f MiB; json %.1f MiB; %d action items in the report%n",
        pdf.getNumberOfPages(),
        Files.size(dir.resolve("assessment.pdf")) / 1048576.0,
        Files.size(dir.resolve("assessment.html")) / 1048576.0,
        Files.size(dir.resolve("assessment.json")) / 1048576.0,
        report.summary().actionItems());
    pdf.close();
    out.println("  output: " + dir);
  }

  /** 1,000 tables, 1,000 indexes, 400 procedures of 60 lines, 100 packages of 400 lines. */
  static ConversionResult synthetic(ItemCatalog catalog, int occurrences) {
    List<ItemDefinition> codes = new ArrayList<>();
    for (ItemDefinition d : catalog.all()) {
      if (d.category().needsAction()) {
        codes.add(d);
      }
    }
    List<ConvertedObject> objects = new ArrayList<>();
    int line = 1;
    int offset = 0;
    int given = 0;
    int[] counts = {1000, 1000, 400, 100};
    UnitKind[] kinds = {UnitKind.TABLE, UnitKind.INDEX, UnitKind.PROCEDURE, UnitKind.PACKAGE};
    int[] lengths = {12, 1, 60, 400};
    int codeObjects = counts[2] + counts[3];
    int perCodeObject = occurrences / codeObjects;
    int extra = occurrences - perCodeObject * codeObjects;
    for (int k = 0; k < kinds.length; k++) {
      for (int n = 0; n < counts[k]; n++) {
        String name = kinds[k].label().toUpperCase(Locale.ROOT) + "_" + n;
        ObjectRef ref = new ObjectRef("APP", name, kinds[k]);
        StringBuilder text = new StringBuilder("CREATE " + kinds[k].label() + " APP." + name);
        for (int l = 2; l <= lengths[k]; l++) {
          text.append("\n  v_total := v_total + compute_line(").append(l).append(");");
        }
        SourceSpan span =
            new SourceSpan(
                "bench.sql", line, 1, line + lengths[k] - 1, 1, offset, offset + text.length());
        List<ActionItem> items = new ArrayList<>();
        if (kinds[k].isCode()) {
          int want = perCodeObject + (extra-- > 0 ? 1 : 0);
          for (int i = 0; i < want; i++) {
            ItemDefinition d = codes.get((given++) % codes.size());
            int at = line + 1 + (i % (lengths[k] - 1));
            items.add(
                new ActionItem(
                    d.code(),
                    d.category(),
                    d.title() + " at line " + at,
                    ref,
                    new SourceSpan("bench.sql", at, 3, at, 40, offset, offset + 10),
                    null,
                    "v_total := v_total + compute_line(" + (at - line + 1) + ");"));
          }
        }
        boolean actions = items.stream().anyMatch(i -> i.category().needsAction());
        objects.add(
            new ConvertedObject(
                ref,
                kinds[k],
                new ObjectRef("app", name.toLowerCase(Locale.ROOT), kinds[k]),
                null,
                "-- converted",
                items,
                actions ? ObjectStatus.ACTIONS : ObjectStatus.CONVERTED,
                text.toString(),
                span,
                null,
                null));
        line += lengths[k] + 1;
        offset += text.length() + 2;
      }
    }
    return new ConversionResult(
        "oracle",
        "postgresql",
        objects,
        List.of(),
        List.of(),
        new SourceSet(List.of(), List.of(), null),
        Duration.ZERO);
  }
}
