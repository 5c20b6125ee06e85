package io.godwit.load;

import java.sql.SQLException;

/**
 * The target refused a batch because of its data, and, when the product said so, which row of the
 * batch was at fault.
 */
public final class RowFailureException extends SQLException {

  private static final long serialVersionUID = 1L;

  private final int rowIndex;

  /**
   * @param message what was wrong, in one line
   * @param rowIndex the 0-based index of the bad row in the batch, or -1 when unknown
   * @param cause the driver's exception, or {@code null}
   */
  public RowFailureException(String message, int rowIndex, SQLException cause) {
    super(message, cause == null ? "22000" : cause.getSQLState(), cause);
    this.rowIndex = rowIndex;
  }

  /** The 0-based index of the bad row in the batch, or -1 when the product did not say. */
  public int rowIndex() {
    return rowIndex;
  }
}
