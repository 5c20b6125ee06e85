package io.godwit.load.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON report of a load task ({@code "format": "godwit-load-report", "formatVersion": 1}): the
 * outcome, the options, and per table its state, rows, rejects, rate, time and mismatches.
 */
public final class LoadReportJson {

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String write(LoadReport r) {
    ObjectNode root = mapper.createObjectNode();
    root.put("format", "godwit-load-report");
    root.put("formatVersion", 1);
    root.put("outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT));
    root.put("message", r.message());
    root.put("started", r.started().toString());
    root.put("finished", r.finished().toString());
    root.put("seconds", r.duration().toMillis() / 1000.0);
    root.put("source", r.source());
    root.put("target", r.target());
    ObjectNode options = root.putObject("options");
    r.options().forEach(options::put);
    ObjectNode totals = root.putObject("totals");
    totals.put("tables", r.tables().size());
    totals.put("rows", r.totalRows());
    totals.put("rejected", r.totalRejected());
    totals.put("bytes", r.tables().stream().mapToLong(TableStatus::bytes).sum());
    ArrayNode tables = root.putArray("tables");
    for (TableStatus t : r.tables()) {
      ObjectNode o = tables.addObject();
      o.put("source", t.source().toString());
      o.put("target", t.target().toString());
      o.put("state", t.state().label());
      o.put("rows", t.rows());
      o.put("estimatedRows", t.estimatedRows());
      o.put("bytes", t.bytes());
      o.put("rejected", t.rejected());
      o.put("rowsPerSecond", Math.round(t.rowsPerSecond()));
      o.put("seconds", t.elapsed().toMillis() / 1000.0);
      o.put("segments", t.segments());
      o.put("segmentsDone", t.segmentsDone());
      o.put("method", t.method());
      o.put("message", t.message());
      if (!t.mismatches().isEmpty()) {
        ArrayNode ms = o.putArray("mismatches");
        for (Mismatch m : t.mismatches()) {
          ObjectNode mo = ms.addObject();
          mo.put("range", m.range());
          mo.put("sourceRows", m.sourceRows());
          mo.put("targetRows", m.targetRows());
          ArrayNode keys = mo.putArray("keys");
          m.keys().forEach(keys::add);
        }
      }
      String source = t.source().toString();
      if (r.notes().containsKey(source)) {
        ArrayNode notes = o.putArray("notes");
        r.notes().get(source).forEach(notes::add);
      }
      if (r.rejectFiles().containsKey(source)) {
        o.put("rejectFile", r.rejectFiles().get(source));
      }
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the load report", e);
    }
  }
}
