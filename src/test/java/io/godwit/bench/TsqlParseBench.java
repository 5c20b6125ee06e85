package io.godwit.bench;

import io.godwit.dialect.sqlserver.script.ParsedBatch;
import io.godwit.dialect.sqlserver.script.ParsedScript;
import io.godwit.dialect.sqlserver.script.TsqlCorpus;
import io.godwit.dialect.sqlserver.script.TsqlScriptParser;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code tsql-parse [MIN_LINES [RUNS]]}: parses the T-SQL test corpus, repeated to at least
 * MIN_LINES lines (default 100,000), RUNS times after three warm-up runs; prints lines per second
 * (wall clock and the parsing thread's CPU time), the process's CPU time (parsing plus garbage
 * collection and compilation) and how many batches needed the LL pass. On a shared machine the
 * thread's CPU time is the figure that does not depend on the neighbours.
 */
final class TsqlParseBench implements Bench.Task {

  private static final int WARM_UP_RUNS = 3;

  @Override
  public String description() {
    return "parse the T-SQL corpus repeated to 100,000+ lines: lines/s, SLL/LL split";
  }

  @Override
  public void run(List<String> args, PrintStream out) {
    int minLines = args.isEmpty() ? 100_000 : Integer.parseInt(args.get(0));
    int runs = args.size() < 2 ? 10 : Integer.parseInt(args.get(1));
    StringBuilder script = new StringBuilder();
    int lines = 0;
    while (lines < minLines) {
      for (String file : TsqlCorpus.FILES) {
        String text = TsqlCorpus.read(file);
        script.append(text).append("\nGO\n");
        lines += text.split("\n", -1).length + 1;
      }
    }
    String text = script.toString();
    out.printf("tsql-parse: %,d lines, %,d characters%n", lines, text.length());

    TsqlScriptParser parser = new TsqlScriptParser();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean process =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<Double> wallRates = new ArrayList<>();
    List<Double> cpuRates = new ArrayList<>();
    for (int run = 0; run < WARM_UP_RUNS + runs; run++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      long processCpu0 = process.getProcessCpuTime();
      long wall0 = System.nanoTime();
      ParsedScript parsed = parser.parse("bench.sql", text);
      long wall = System.nanoTime() - wall0;
      long cpu = threads.getCurrentThreadCpuTime() - cpu0;
      long processCpu = process.getProcessCpuTime() - processCpu0;
      int ll = 0;
      int failed = 0;
      for (ParsedBatch batch : parsed.batches()) {
        ll += batch.usedLl() ? 1 : 0;
        failed += batch.parsed() ? 0 : 1;
      }
      boolean warm = run >= WARM_UP_RUNS;
      double wallRate = lines / (wall / 1e9);
      double cpuRate = lines / (cpu / 1e9);
      if (warm) {
        wallRates.add(wallRate);
        cpuRates.add(cpuRate);
      }
      out.printf(
          "%s %2d: %,6d ms wall (%,8.0f lines/s), %,6d ms thread cpu (%,8.0f lines/s),"
              + " %,6d ms process cpu; %,d batches: %,d SLL, %,d LL, %,d failed%n",
          warm ? "run   " : "warmup",
          warm ? run - WARM_UP_RUNS + 1 : run + 1,
          wall / 1_000_000,
          wallRate,
          cpu / 1_000_000,
          cpuRate,
          processCpu / 1_000_000,
          parsed.batches().size(),
          parsed.batches().size() - ll,
          ll,
          failed);
    }
    out.printf(
        "median after warm-up: %,.0f lines/s wall, %,.0f lines/s thread cpu%n",
        median(wallRates), median(cpuRates));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
