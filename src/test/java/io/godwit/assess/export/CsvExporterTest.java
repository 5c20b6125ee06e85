package io.godwit.assess.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.godwit.assess.SampleConversion;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Parses the three CSV files back and checks every column of known rows. */
class CsvExporterTest {

  static List<CSVRecord> parse(Path file, String[] header) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try (Reader r = new StringReader(text);
        CSVParser p =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
      assertThat(p.getHeaderNames()).containsExactly(header);
      return p.getRecords();
    }
  }

  @Test
  void threeFilesAsSctWritesThem() throws IOException {
    Path dir = Samples.dir("csv");
    List<Path> files = new CsvExporter(ExportOptions.defaults()).export(Samples.verified(), dir);
    assertThat(files)
        .containsExactly(
            dir.resolve("assessment-action-items.csv"),
            dir.resolve("assessment-action-items-summary.csv"),
            dir.resolve("assessment-summary.csv"));

    List<CSVRecord> items = parse(files.get(0), CsvExporter.ACTION_ITEMS);
    assertThat(items).hasSize(13);
    CSVRecord gotoRow =
        items.stream().filter(r -> r.get("Code").equals("PG-2007")).findFirst().orElseThrow();
    assertThat(gotoRow.values())
        .containsExactly(
            "Procedures",
            SampleConversion.FILE,
            "45",
            "5",
            "PG-2007",
            "GOTO",
            "HR.RAISE_SALARY",
            "GOTO in RAISE_SALARY",
            "Restructure the code with loops, EXIT, CONTINUE and conditions.",
            "Complex",
            "GOTO retry;");
    CSVRecord failed =
        items.stream().filter(r -> r.get("Code").equals("GW-0020")).findFirst().orElseThrow();
    assertThat(failed.get("Description"))
        .isEqualTo("Failed on the target: ERROR: relation \"hr.departments\" does not exist");
    CSVRecord hidden =
        items.stream()
            .filter(r -> r.get("Subject").equals("HR.HIDDEN_FN"))
            .findFirst()
            .orElseThrow();
    assertThat(hidden.get("Occurrence file")).isEmpty();
    assertThat(hidden.get("Occurrence line")).isEmpty();
    assertThat(hidden.get("Estimated complexity")).isEqualTo("Complex");

    List<CSVRecord> summary = parse(files.get(1), CsvExporter.SUMMARY);
    assertThat(summary)
        .extracting(r -> r.get("Code"))
        .containsExactly(
            "GW-0001", "GW-0003", "GW-0004", "PG-2007", "GW-0020", "PG-2001", "PG-2019", "PG-2003",
            "PG-2004", "GW-0005", "PG-2009");
    assertThat(summary.get(2).values())
        .startsWith(
            "GW-0004", "Object could not be read", "Complex", "2", "2", "1.00", "8.00", "17.00");
    assertThat(summary.get(7).values())
        .startsWith("PG-2003", "TRY_CAST became CAST", "Simple", "1", "1", "0.25", "0.50", "0.75");

    List<CSVRecord> types = parse(files.get(2), CsvExporter.TYPES);
    assertThat(types).hasSize(9);
    assertThat(types.get(0).values())
        .containsExactly("Tables", "Storage objects", "2", "1", "0", "1", "0", "18", "2.22");
    assertThat(types.get(1).values())
        .containsExactly("Constraints", "Storage objects", "1", "0", "0", "1", "0", "0", "2.03");
    assertThat(types.get(7).values())
        .containsExactly("Packages", "Code objects", "2", "0", "0", "1", "1", "250", "14.25");
  }

  @Test
  void rfc4180Utf8AndQuotingRoundTrip() throws IOException {
    Path dir = Samples.dir("csv-hostile");
    List<Path> files = new CsvExporter(ExportOptions.defaults()).export(Samples.hostile(), dir);
    byte[] bytes = Files.readAllBytes(files.get(0));
    assertThat(bytes[0]).isEqualTo((byte) 'C');
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("Category,Occurrence file,").contains("\r\n");
    CSVRecord row = parse(files.get(0), CsvExporter.ACTION_ITEMS).get(0);
    assertThat(row.get("Subject")).isEqualTo("ÄRGER." + SampleConversion.HOSTILE_NAME);
    assertThat(row.get("Description")).isEqualTo("dynamic SQL: \"quoted\", comma, and\na new line");
    assertThat(row.get("Excerpt")).isEqualTo(SampleConversion.HOSTILE_EXCERPT);
    List<CSVRecord> types = parse(files.get(2), CsvExporter.TYPES);
    assertThat(types).extracting(r -> r.get("Object type")).containsExactly("Tables", "Procedures");
  }

  @Test
  void byteOrderMarkForExcel() throws IOException {
    Path dir = Samples.dir("csv-bom");
    List<Path> files =
        new CsvExporter(new ExportOptions(null, true, "hr")).export(Samples.report(), dir);
    assertThat(files)
        .extracting(f -> f.getFileName().toString())
        .containsExactly("hr-action-items.csv", "hr-action-items-summary.csv", "hr-summary.csv");
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      assertThat(new byte[] {b[0], b[1], b[2]})
          .as(f.toString())
          .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    }
    String text = Files.readString(files.get(2), StandardCharsets.UTF_8).substring(1);
    try (CSVParser p =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(text))) {
      assertThat(p.getHeaderNames()).containsExactly(CsvExporter.TYPES);
      assertThat(p.getRecords()).hasSize(9);
    }
  }
}
