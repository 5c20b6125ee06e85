package io.godwit.ui.load;

import io.godwit.load.progress.Mismatch;
import io.godwit.load.progress.TableState;
import io.godwit.load.progress.TableStatus;

/** One table of a load task as the task view shows it: the engine's status, put in words. */
public record LoadRow(TableStatus status) {

  /** "schema.table → schema.table", or one name when both are the same. */
  public String table() {
    String from = status.source().toString();
    String to = status.target().toString();
    return from.equals(to) ? from : from + " → " + to;
  }

  public TableState state() {
    return status.state();
  }

  /** "1,200 / 5,000", or only the rows when the size is unknown. */
  public String rows() {
    long expected = status.estimatedRows();
    return expected >= 0
        ? String.format("%,d / %,d", status.rows(), expected)
        : String.format("%,d", status.rows());
  }

  /** Rows per second while the table loads, blank before. */
  public String rate() {
    return status.rowsPerSecond() > 0 ? String.format("%,.0f", status.rowsPerSecond()) : "";
  }

  /** 0..1, or -1 when unknown. */
  public double fraction() {
    return status.state() == TableState.QUEUED ? 0 : status.fraction();
  }

  /** The validation result: blank until validated, then counts and checksums in words. */
  public String validation() {
    return switch (status.state()) {
      case VALIDATING -> "comparing…";
      case VALIDATED -> String.format("counts and checksums match (%,d rows)", status.rows());
      case MISMATCHED -> mismatches();
      default -> "";
    };
  }

  private String mismatches() {
    StringBuilder out = new StringBuilder("mismatch: ");
    int n = 0;
    for (Mismatch m : status.mismatches()) {
      if (n++ > 0) {
        out.append("; ");
      }
      if (n > 3) {
        out.append("and ").append(status.mismatches().size() - 3).append(" more ranges");
        break;
      }
      out.append(m.range())
          .append(String.format(" (source %,d, target %,d rows)", m.sourceRows(), m.targetRows()));
    }
    return out.toString();
  }

  /** The error or note, and the rejected rows when there are any. */
  public String errors() {
    String message = status.message() == null ? "" : status.message();
    if (status.rejected() > 0) {
      String rejected = String.format("%,d rows rejected", status.rejected());
      return message.isEmpty() ? rejected : rejected + "; " + message;
    }
    return message;
  }
}
