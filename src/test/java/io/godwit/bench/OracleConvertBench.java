package io.godwit.bench;

import io.godwit.convert.ConversionListener;
import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertOptions;
import io.godwit.convert.Converter;
import io.godwit.convert.FrontEnd;
import io.godwit.convert.ScriptInput;
import io.godwit.convert.SourceSet;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.dialect.Dialect;
import io.godwit.dialect.Dialects;
import io.godwit.service.Passes;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code oracle-convert [TABLES] [ROUTINES] [RUNS]}: converts one generated Oracle script of TABLES
 * tables (default 2,000; keys, a foreign key, an index, comments) and ROUTINES procedures and
 * functions (default 500; cursors, SELECT INTO, exceptions, DECODE/NVL, (+) joins) to PostgreSQL in
 * one process, front end to written SQL, and reports objects and lines per second per run after one
 * warm-up run.
 */
final class OracleConvertBench implements Bench.Task {

  @Override
  public String description() {
    return "convert a generated Oracle script (TABLES=2000, ROUTINES=500) to PostgreSQL, RUNS times";
  }

  @Override
  public void run(List<String> args, PrintStream out) {
    int tables = args.size() > 0 ? Integer.parseInt(args.get(0)) : 2000;
    int routines = args.size() > 1 ? Integer.parseInt(args.get(1)) : 500;
    int runs = args.size() > 2 ? Integer.parseInt(args.get(2)) : 3;
    String script = script(tables, routines);
    long lines = script.chars().filter(c -> c == '\n').count();
    out.printf(
        "oracle-convert: %,d tables, %,d routines, %,d lines, %,d characters%n",
        tables, routines, lines, script.length());
    Dialects dialects = Dialects.discover();
    Dialect oracle = dialects.byId("oracle").orElseThrow();
    Dialect postgres = dialects.byId("postgresql").orElseThrow();
    List<Double> seconds = new ArrayList<>();
    for (int i = 0; i <= runs; i++) {
      long start = System.nanoTime();
      FrontEnd front = oracle.frontEnd().orElseThrow();
      ConvertOptions options = ConvertOptions.defaults();
      SourceSet sources = front.read(List.of(new ScriptInput("bench.sql", script)), options);
      ConversionResult r =
          new Converter(
                  "oracle",
                  front,
                  "postgresql",
                  postgres.backEnd().orElseThrow(),
                  Passes.standard(),
                  ItemCatalog.builtIn(),
                  options)
              .convert(sources, ConversionListener.NONE);
      double s = (System.nanoTime() - start) / 1e9;
      long converted =
          r.objects().stream().filter(o -> o.status().name().equals("CONVERTED")).count();
      out.printf(
          Locale.ROOT,
          "  %s %d: %.2f s, %d objects (%d converted without items), %.0f objects/s, %.0f lines/s%n",
          i == 0 ? "warm-up" : "run",
          i,
          s,
          r.objects().size(),
          converted,
          r.objects().size() / s,
          lines / s);
      if (i > 0) {
        seconds.add(s);
      }
    }
    seconds.sort(Double::compare);
    double median = seconds.get(seconds.size() / 2);
    out.printf(
        Locale.ROOT,
        "median: %.2f s = %.0f lines/s; heap used %d MB%n",
        median,
        lines / median,
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
  }

  /** The generated script: tables first, then the routines that use them. */
  static String script(int tables, int routines) {
    StringBuilder s = new StringBuilder(tables * 600 + routines * 900);
    for (int t = 0; t < tables; t++) {
      s.append("CREATE TABLE t")
          .append(t)
          .append(" (\n  id NUMBER(10) NOT NULL,\n  parent_id NUMBER(10),\n")
          .append("  name VARCHAR2(100 BYTE) NOT NULL,\n  amount NUMBER(12,2) DEFAULT 0,\n")
          .append("  created DATE DEFAULT SYSDATE,\n  note CLOB,\n")
          .append("  CONSTRAINT t")
          .append(t)
          .append("_pk PRIMARY KEY (id)");
      if (t > 0) {
        s.append(",\n  CONSTRAINT t")
            .append(t)
            .append("_fk FOREIGN KEY (parent_id) REFERENCES t")
            .append(t - 1)
            .append(" (id)");
      }
      s.append("\n);\nCREATE INDEX t")
          .append(t)
          .append("_name_ix ON t")
          .append(t)
          .append(" (name);\nCOMMENT ON TABLE t")
          .append(t)
          .append(" IS 'table ")
          .append(t)
          .append("';\n");
    }
    for (int p = 0; p < routines; p++) {
      int t = p % Math.max(tables, 1);
      int u = (t + 1) % Math.max(tables, 1);
      s.append("CREATE OR REPLACE FUNCTION f")
          .append(p)
          .append("(p_id IN t")
          .append(t)
          .append(".id%TYPE, p_min NUMBER DEFAULT 0) RETURN VARCHAR2 IS\n")
          .append("  CURSOR c IS SELECT a.name, b.amount FROM t")
          .append(t)
          .append(" a, t")
          .append(u)
          .append(" b WHERE a.id = b.parent_id(+) AND a.amount >= p_min;\n")
          .append("  v_name t")
          .append(t)
          .append(".name%TYPE;\n  v_total NUMBER := 0;\nBEGIN\n")
          .append("  SELECT name INTO v_name FROM t")
          .append(t)
          .append(" WHERE id = p_id;\n")
          .append("  FOR r IN c LOOP\n    v_total := v_total + NVL(r.amount, 0);\n  END LOOP;\n")
          .append("  RETURN DECODE(v_total, 0, 'none', v_name || ':' || TO_CHAR(v_total));\n")
          .append("EXCEPTION\n  WHEN NO_DATA_FOUND THEN\n    RETURN NULL;\n")
          .append("  WHEN OTHERS THEN\n    RAISE_APPLICATION_ERROR(-20001, SQLERRM);\nEND;\n/\n");
    }
    return s.toString();
  }
}
