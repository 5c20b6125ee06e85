package io.godwit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU seconds from Linux's {@code /proc}: of the database servers a bench talks to (found by the
 * port on their command line, children included, exited ones too through the parent's counters),
 * and of a command run under {@code /usr/bin/time}. On a shared, busy machine, CPU seconds per row
 * say more about a loader's cost than its wall time does.
 */
final class ProcessCpu {

  /** Clock ticks per second of /proc's counters (USER_HZ, 100 on Linux). */
  private static final double HZ = 100.0;

  private final List<Long> servers;

  private ProcessCpu(List<Long> servers) {
    this.servers = servers;
  }

  /** The server processes whose command line names one of these ports. */
  static ProcessCpu servers(int... ports) {
    List<Long> pids = new ArrayList<>();
    ProcessHandle.allProcesses()
        .forEach(
            p -> {
              String cmd = p.info().commandLine().orElse("");
              boolean server =
                  cmd.contains("postgres") || cmd.contains("mysqld") || cmd.contains("mariadbd");
              if (!server || p.parent().map(pp -> isServer(pp)).orElse(false)) {
                return;
              }
              for (int port : ports) {
                if (cmd.contains("-p " + port) || cmd.contains("--port=" + port)) {
                  pids.add(p.pid());
                }
              }
            });
    return new ProcessCpu(pids);
  }

  private static boolean isServer(ProcessHandle p) {
    String cmd = p.info().command().orElse("");
    return cmd.endsWith("/postgres") || cmd.endsWith("mysqld") || cmd.endsWith("mariadbd");
  }

  /** How many server processes were found (0: no /proc or no match; the figures are then 0). */
  int found() {
    return servers.size();
  }

  /** CPU seconds the servers have used so far, their exited and live children included. */
  double seconds() {
    double total = 0;
    for (long pid : servers) {
      total += ticks(pid, true);
      ProcessHandle root = ProcessHandle.of(pid).orElse(null);
      if (root != null) {
        for (ProcessHandle child : root.descendants().toList()) {
          total += ticks(child.pid(), false);
        }
      }
    }
    return total / HZ;
  }

  /** utime + stime (+ cutime + cstime) of a process, or 0 when it is gone. */
  private static long ticks(long pid, boolean withChildren) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // Fields after the command name in parentheses: state is field 3, utime field 14.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      return withChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** The command prefixed with {@code /usr/bin/time} writing user, system seconds and KB to out. */
  static List<String> timed(Path out, List<String> command) {
    List<String> c =
        new ArrayList<>(List.of("/usr/bin/time", "-o", out.toString(), "-f", "%U %S %M"));
    c.addAll(command);
    return c;
  }

  /** User + system seconds and peak resident KB that {@link #timed} recorded: {cpu, kb}. */
  static double[] readTimed(Path out) throws IOException {
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    String[] f = last.split(" ");
    if (f.length < 3) {
      return new double[] {0, 0};
    }
    return new double[] {
      Double.parseDouble(f[0]) + Double.parseDouble(f[1]), Double.parseDouble(f[2])
    };
  }
}
