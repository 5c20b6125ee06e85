package io.godwit.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code bench} entry point: {@code mvn -Pbench -DskipTests test -Dbench.args="NAME [ARGS]"}.
 * Each benchmark prints its figures; docs/benchmarks.md records them. Benchmarks are never run as
 * tests.
 */
public final class Bench {

  /** One benchmark. */
  public interface Task {
    /** A line for the list printed by {@code --help}. */
    String description();

    void run(List<String> args, PrintStream out) throws Exception;
  }

  private Bench() {}

  /** Every benchmark by name. Add one line per benchmark. */
  static Map<String, Task> tasks() {
    Map<String, Task> tasks = new TreeMap<>();
    tasks.put("assess-pdf", new AssessPdfBench());
    tasks.put("mysql-render", new MySqlRenderBench());
    tasks.put("inspect", new InspectBench());
    tasks.put("ui-tree", new UiTreeBench());
    tasks.put("plsql-parse", new PlSqlParseBench());
    tasks.put("tsql-parse", new TsqlParseBench());
    tasks.put("oracle-convert", new OracleConvertBench());
    tasks.put("load", new LoadBench());
    tasks.put("tsql-convert", new TsqlConvertBench());
    tasks.put("assess-vs-convert", new AssessVersusConvertBench());
    return tasks;
  }

  public static void main(String[] args) throws Exception {
    Map<String, Task> tasks = tasks();
    if (args.length == 0 || args[0].equals("--help") || !tasks.containsKey(args[0])) {
      System.out.println("usage: bench NAME [ARGS]\n");
      tasks.forEach((name, task) -> System.out.printf("  %-20s %s%n", name, task.description()));
      System.exit(args.length == 0 || args[0].equals("--help") ? 0 : 2);
    }
    try {
      tasks.get(args[0]).run(Arrays.asList(args).subList(1, args.length), System.out);
    } catch (Exception e) {
      // Embedded servers leave non-daemon threads behind: exit instead of hanging.
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }
}
