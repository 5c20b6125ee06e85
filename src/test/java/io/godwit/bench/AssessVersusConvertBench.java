package io.godwit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code assess-vs-convert [LINES] [RUNS]}: writes a generated Oracle script of about LINES lines
 * (default 100,000) of tables, indexes, functions, procedures with action items and packages, then
 * runs {@code godwit convert} and {@code godwit assess} (all four report formats) on it, each in a
 * fresh JVM under {@code /usr/bin/time}, RUNS times (default 3), and reports the CPU time, wall
 * time and peak memory of each command and the ratio of assess to convert. The target:
 * assessing takes no more than converting plus 20 %.
 */
final class AssessVersusConvertBench implements Bench.Task {

  @Override
  public String description() {
    return "godwit assess versus godwit convert on a generated Oracle script (LINES=100000, RUNS=3)";
  }

  @Override
  public void run(List<String> args, PrintStream out) {
    int lines = args.size() > 0 ? Integer.parseInt(args.get(0)) : 100_000;
    int runs = args.size() > 1 ? Integer.parseInt(args.get(1)) : 3;
    try {
      Path dir = Files.createTempDirectory("godwit-assess-bench");
      Path script = dir.resolve("schema.sql");
      String text = script(lines);
      Files.writeString(script, text, StandardCharsets.UTF_8);
      out.printf(
          Locale.ROOT,
          "assess-vs-convert: %,d lines, %,d characters in %s%n",
          text.chars().filter(c -> c == '\n').count(),
          text.length(),
          script);
      List<Measure> convert = new ArrayList<>();
      List<Measure> assess = new ArrayList<>();
      for (int i = 1; i <= runs; i++) {
        convert.add(
            timed(
                out,
                "convert " + i,
                List.of(
                    "convert",
                    "--from",
                    "oracle",
                    "--to",
                    "postgresql",
                    "--out",
                    dir.resolve("converted-" + i).toString(),
                    script.toString())));
        assess.add(
            timed(
                out,
                "assess  " + i,
                List.of(
                    "assess",
                    "--from",
                    "oracle",
                    "--to",
                    "postgresql",
                    "--out",
                    dir.resolve("report-" + i).toString(),
                    script.toString())));
      }
      Measure c = median(convert);
      Measure a = median(assess);
      out.printf(
          Locale.ROOT,
          "median convert: %.1f s CPU, %.1f s wall, %d MiB peak RSS%n",
          c.cpuSeconds(),
          c.wallSeconds(),
          c.peakKiB() >> 10);
      out.printf(
          Locale.ROOT,
          "median assess:  %.1f s CPU, %.1f s wall, %d MiB peak RSS%n",
          a.cpuSeconds(),
          a.wallSeconds(),
          a.peakKiB() >> 10);
      out.printf(
          Locale.ROOT,
          "assess / convert: %.2f (CPU), %.2f (wall); target <= 1.20%n",
          a.cpuSeconds() / c.cpuSeconds(),
          a.wallSeconds() / c.wallSeconds());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** CPU (user + system) and wall seconds and peak resident memory of one command. */
  record Measure(double cpuSeconds, double wallSeconds, long peakKiB) {}

  private static Measure median(List<Measure> all) {
    List<Measure> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingDouble(Measure::cpuSeconds));
    return sorted.get(sorted.size() / 2);
  }

  private static Measure timed(PrintStream out, String label, List<String> godwitArgs)
      throws IOException {
    Path times = Files.createTempFile("godwit-time", ".txt");
    List<String> command = new ArrayList<>();
    command.add("/usr/bin/time");
    command.add("-o");
    command.add(times.toString());
    command.add("-f");
    command.add("%U %S %e %M");
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("io.godwit.cli.Main");
    command.addAll(godwitArgs);
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    int exit;
    try {
      exit = p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    List<String> reported = Files.readAllLines(times, StandardCharsets.UTF_8);
    Files.deleteIfExists(times);
    String[] f = reported.get(reported.size() - 1).trim().split(" ");
    Measure m =
        new Measure(
            Double.parseDouble(f[0]) + Double.parseDouble(f[1]),
            Double.parseDouble(f[2]),
            Long.parseLong(f[3]));
    out.printf(
        Locale.ROOT,
        "  %s: exit %d, %.1f s CPU, %.1f s wall, %d MiB peak RSS%n",
        label,
        exit,
        m.cpuSeconds(),
        m.wallSeconds(),
        m.peakKiB() >> 10);
    return m;
  }

  /**
   * The generated script, module by module until it has LINES lines: the tables and functions of
   * {@link OracleConvertBench#script}, and in every fourth module a procedure and a package that
   * raise action items of several categories (an Oracle-supplied package, SQLCODE, ROWID, a
   * database link, DEFAULT ON NULL, partitioning).
   */
  static String script(int lines) {
    StringBuilder s = new StringBuilder(lines * 40);
    int module = 0;
    long written = 0;
    while (written < lines) {
      String block =
          OracleConvertBench.script(50, 50)
              .replace(" t", " m" + module + "_t")
              .replace("FUNCTION f", "FUNCTION m" + module + "_f");
      if (module % 4 == 0) {
        block += itemsModule(module);
      }
      s.append(block);
      written += block.chars().filter(c -> c == '\n').count();
      module++;
    }
    return s.toString();
  }

  private static String itemsModule(int m) {
    String p = "m" + m + "_";
    return "CREATE TABLE "
        + p
        + "events (\n  id NUMBER(10) DEFAULT ON NULL 0 NOT NULL,\n  at DATE,\n  payload"
        + " VARCHAR2(4000)\n) PARTITION BY RANGE (at) (\n  PARTITION p1 VALUES LESS THAN"
        + " (DATE '2020-01-01'),\n  PARTITION pmax VALUES LESS THAN (MAXVALUE)\n);\n"
        + "CREATE OR REPLACE PROCEDURE "
        + p
        + "export_events(p_dir VARCHAR2) IS\n  f UTL_FILE.FILE_TYPE;\n  v_row ROWID;\n"
        + "  v_code NUMBER;\nBEGIN\n  f := UTL_FILE.FOPEN(p_dir, 'events.txt', 'w');\n"
        + "  FOR r IN (SELECT rowid rid, payload FROM "
        + p
        + "events) LOOP\n    v_row := r.rid;\n    UTL_FILE.PUT_LINE(f, r.payload);\n"
        + "  END LOOP;\n  UTL_FILE.FCLOSE(f);\n"
        + "  INSERT INTO "
        + p
        + "events@archive_link (id, at, payload) SELECT id, at, payload FROM "
        + p
        + "events;\nEXCEPTION\n  WHEN OTHERS THEN\n    v_code := SQLCODE;\n"
        + "    DBMS_OUTPUT.PUT_LINE('failed ' || v_code);\n    RAISE;\nEND;\n/\n"
        + "CREATE OR REPLACE PACKAGE "
        + p
        + "api AS\n  FUNCTION total(p_id NUMBER) RETURN NUMBER;\n  PROCEDURE touch(p_id NUMBER);\n"
        + "END;\n/\nCREATE OR REPLACE PACKAGE BODY "
        + p
        + "api AS\n  g_calls NUMBER := 0;\n  FUNCTION total(p_id NUMBER) RETURN NUMBER IS\n"
        + "    v NUMBER;\n  BEGIN\n    g_calls := g_calls + 1;\n"
        + "    SELECT NVL(SUM(amount), 0) INTO v FROM "
        + p
        + "t0 WHERE parent_id = p_id;\n    RETURN v;\n  END;\n"
        + "  PROCEDURE touch(p_id NUMBER) IS\n  BEGIN\n    UPDATE "
        + p
        + "t0 SET created = SYSDATE WHERE id = p_id;\n    IF SQL%ROWCOUNT = 0 THEN\n"
        + "      RAISE_APPLICATION_ERROR(-20002, 'no row ' || p_id);\n    END IF;\n  END;\n"
        + "END;\n/\n";
  }
}
