package io.godwit.ui.model;

import io.godwit.convert.ObjectStatus;
import io.godwit.convert.item.Category;

/**
 * What the trees show about a converted object: its status, its worst action item, whether the user
 * edited it, and how applying it went.
 *
 * @param status converted, actions or failed
 * @param worst the worst category among its items, or null
 * @param items how many items it has
 * @param edited whether the user edited its SQL
 * @param apply the outcome of the last apply, or null
 */
public record ObjectState(
    ObjectStatus status, Category worst, int items, boolean edited, ApplyOutcome apply) {

  /** Whether the last apply failed for it. */
  public boolean applyFailed() {
    return apply != null && apply.failed();
  }

  /** The worse of two states, for a source object that became several target objects. */
  public ObjectState worse(ObjectState other) {
    if (other == null) {
      return this;
    }
    ObjectStatus s = status.compareTo(other.status) >= 0 ? status : other.status;
    Category w =
        worst == null
            ? other.worst
            : other.worst == null || worst.compareTo(other.worst) >= 0 ? worst : other.worst;
    ApplyOutcome a = applyFailed() ? apply : other.apply != null ? other.apply : apply;
    return new ObjectState(s, w, items + other.items, edited || other.edited, a);
  }

  /** A short description for tooltips and the properties panel. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    switch (status) {
      case CONVERTED -> s.append("converted");
      case ACTIONS -> s.append("converted with actions");
      case FAILED -> s.append("not converted");
    }
    if (items > 0) {
      s.append(", ").append(items).append(items == 1 ? " action item" : " action items");
      if (worst != null) {
        s.append(" (worst: ").append(worst.label()).append(')');
      }
    }
    if (edited) {
      s.append(", edited");
    }
    if (apply != null) {
      s.append(
          apply.applied() ? ", applied" : apply.skipped() ? ", not applied" : ", failed to apply");
    }
    return s.toString();
  }
}
