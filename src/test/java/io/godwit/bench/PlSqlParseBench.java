package io.godwit.bench;

import io.godwit.dialect.oracle.script.ParsedScript;
import io.godwit.dialect.oracle.script.PlSqlCorpus;
import io.godwit.dialect.oracle.script.PlSqlScriptParser;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code plsql-parse [LINES] [RUNS]}: reads the Oracle corpus (src/test/resources/plsql) with the
 * script parser, file by file and over and over, until at least LINES lines (default 100,000) make
 * one run; after warm-up runs, reports lines and statements per second for each run and the share
 * of statements that needed the LL stage. Build machines are shared, so each run is measured three
 * ways: wall time, CPU time of the whole process (parsing plus JIT and GC threads) and CPU time of
 * the parsing thread alone.
 */
final class PlSqlParseBench implements Bench.Task {

  private static final int DEFAULT_LINES = 100_000;
  private static final int DEFAULT_RUNS = 5;
  private static final int WARM_UP_RUNS = 5;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The figures of one run over the corpus. */
  private record Run(
      long lines,
      long statements,
      long needingLl,
      long failures,
      long nanos,
      long processCpuNanos,
      long threadCpuNanos) {
    double linesPerSecond() {
      return lines * 1e9 / nanos;
    }

    double statementsPerSecond() {
      return statements * 1e9 / nanos;
    }

    double linesPerProcessCpuSecond() {
      return lines * 1e9 / processCpuNanos;
    }

    double linesPerThreadCpuSecond() {
      return lines * 1e9 / threadCpuNanos;
    }
  }

  @Override
  public String description() {
    return "parse the Oracle corpus repeated to LINES lines (default 100000), RUNS times";
  }

  @Override
  public void run(List<String> args, PrintStream out) {
    int lines = args.size() > 0 ? Integer.parseInt(args.get(0)) : DEFAULT_LINES;
    int runs = args.size() > 1 ? Integer.parseInt(args.get(1)) : DEFAULT_RUNS;
    List<String> names = PlSqlCorpus.FILES;
    List<String> texts = names.stream().map(PlSqlCorpus::read).toList();
    long linesPerPass = texts.stream().mapToLong(PlSqlParseBench::lineCount).sum();
    int passes = (int) ((lines + linesPerPass - 1) / linesPerPass);
    out.printf(
        "plsql-parse: %d files, %,d lines per pass, %d passes per run = %,d lines%n",
        texts.size(), linesPerPass, passes, passes * linesPerPass);

    PlSqlScriptParser parser = new PlSqlScriptParser();
    for (int i = 0; i < WARM_UP_RUNS; i++) {
      Run warmUp = run(parser, names, texts, passes);
      out.printf("  warm-up %d: %,.0f lines/s%n", i + 1, warmUp.linesPerSecond());
    }
    List<Run> measured = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Run run = run(parser, names, texts, passes);
      measured.add(run);
      out.printf(
          "  run %d: %.2f s wall, %,.0f lines/s, %,.0f statements/s;"
              + " %,.0f lines per process CPU second, %,.0f per parsing-thread CPU second%n",
          i + 1,
          run.nanos() / 1e9,
          run.linesPerSecond(),
          run.statementsPerSecond(),
          run.linesPerProcessCpuSecond(),
          run.linesPerThreadCpuSecond());
    }
    double[] rates = measured.stream().mapToDouble(Run::linesPerSecond).sorted().toArray();
    double[] statementRates =
        measured.stream().mapToDouble(Run::statementsPerSecond).sorted().toArray();
    Run last = measured.get(measured.size() - 1);
    out.printf(
        "median: %,.0f lines/s, %,.0f statements/s (min %,.0f, max %,.0f lines/s) wall;"
            + " %,.0f lines per process CPU second; %,.0f lines per parsing-thread CPU second%n",
        median(rates),
        median(statementRates),
        rates[0],
        rates[rates.length - 1],
        median(measured.stream().mapToDouble(Run::linesPerProcessCpuSecond).sorted().toArray()),
        median(measured.stream().mapToDouble(Run::linesPerThreadCpuSecond).sorted().toArray()));
    out.printf(
        "load average during the runs: %.1f on %d processors%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    out.printf(
        "statements per run: %,d; SLL only: %,d (%.2f%%); needed LL: %,d (%.2f%%); failures: %,d%n",
        last.statements(),
        last.statements() - last.needingLl(),
        100.0 * (last.statements() - last.needingLl()) / last.statements(),
        last.needingLl(),
        100.0 * last.needingLl() / last.statements(),
        last.failures());
    Runtime runtime = Runtime.getRuntime();
    out.printf(
        "heap: %,d MB used of %,d MB max%n",
        (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
  }

  private static Run run(
      PlSqlScriptParser parser, List<String> names, List<String> texts, int passes) {
    long lines = 0;
    long statements = 0;
    long needingLl = 0;
    long failures = 0;
    long start = System.nanoTime();
    long processCpuStart = processCpuNanos();
    long threadCpuStart = THREADS.getCurrentThreadCpuTime();
    for (int pass = 0; pass < passes; pass++) {
      for (int i = 0; i < texts.size(); i++) {
        ParsedScript script = parser.parse(names.get(i), texts.get(i));
        lines += lineCount(texts.get(i));
        statements += script.statements().size();
        needingLl += script.llCount();
        failures += script.failures().size();
      }
    }
    return new Run(
        lines,
        statements,
        needingLl,
        failures,
        System.nanoTime() - start,
        processCpuNanos() - processCpuStart,
        THREADS.getCurrentThreadCpuTime() - threadCpuStart);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long lineCount(String text) {
    return text.chars().filter(c -> c == '\n').count() + (text.endsWith("\n") ? 0 : 1);
  }

  private static double median(double[] sorted) {
    double[] copy = Arrays.copyOf(sorted, sorted.length);
    int mid = copy.length / 2;
    return copy.length % 2 == 1 ? copy[mid] : (copy[mid - 1] + copy[mid]) / 2;
  }
}
