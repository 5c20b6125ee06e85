package io.godwit.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.godwit.assess.AssessmentReport.ActionItemRow;
import io.godwit.assess.AssessmentReport.Figures;
import io.godwit.assess.AssessmentReport.ObjectRow;
import io.godwit.assess.AssessmentReport.Share;
import io.godwit.assess.AssessmentReport.State;
import io.godwit.convert.UnitKind;
import io.godwit.convert.item.Category;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The assessment of {@link SampleConversion}, worked out by hand with the built-in effort model
 * (one unit = 30 min). Review units: table 0.2 + 0.2/100 lines, constraint/index/sequence 0.05,
 * view 0.3 + 0.5/100, function/procedure/trigger 0.5 + 1/100, package 1 + 1/100.
 *
 * <pre>
 * object            kind        lines state       review  items          hours  category
 * EMPLOYEES         table         12  converted   0.224   -              0.112  -
 * EMP_DEPT_FK       constraint     0  converted   0.05    -              0.025  -   (same statement)
 * DEPARTMENTS       table          6  actions     0.212   PG-2001 4      2.106  medium
 * EMP_NAME_IX       index          1  converted   0.05    -              0.025  -
 * EMP_SEQ           sequence       1  converted   0.05    -              0.025  -
 * EMP_V             view           4  actions     0.32    PG-2003 1      0.66   simple (+PG-2009 info)
 * RAISE_SALARY      procedure     40  actions     0.9     PG-2007 12, PG-2004 2   7.45 complex
 * PAYROLL           package      250  actions     3.5     PG-2019 4 x2   5.75   medium
 * BONUS             function      20  failed      0.7     GW-0003 12     6.35   complex
 * EMP_BIU           trigger       12  converted   0.62    -              0.31   -
 * BROKEN            procedure      4  unreadable  0.54    GW-0001 12     6.27   complex
 * SECRET_PKG        package        0  unreadable  1       GW-0004 16     8.5    complex
 * HIDDEN_FN         function       0  unreadable  0.5     GW-0004 16     8.25   complex (catalog only)
 * </pre>
 *
 * Learning: PG-2001 1, PG-2003 0.5, PG-2007 1, PG-2004 0.5, PG-2019 1, GW-0003 1, GW-0001 2,
 * GW-0004 2 = 9 units = 4.5 h. Review 8.666 units = 4.333 h; items 83 units = 41.5 h.
 */
public class AssessorTest {

  public static AssessmentReport assess() {
    return new Assessor(SampleConversion.CATALOG, EffortModel.builtIn())
        .assess(SampleConversion.build(), null, SampleConversion.context());
  }

  @Test
  void executiveSummaryFigures() {
    AssessmentReport r = assess();
    assertThat(r.format()).isEqualTo("godwit-assessment");
    assertThat(r.generatedAt()).isEqualTo("2026-11-23T10:30:00Z");
    assertThat(r.source().product()).isEqualTo("oracle");
    assertThat(r.source().productName()).isEqualTo("Oracle Database");
    assertThat(r.source().schemas()).containsExactly("HR");
    assertThat(r.source().version()).isNull();
    assertThat(r.target().product()).isEqualTo("postgresql");
    assertThat(r.target().version()).isEqualTo("15");

    AssessmentReport.Summary s = r.summary();
    assertThat(s.storage())
        .isEqualTo(
            new Figures(
                5,
                new Share(4, 80.0),
                new Share(0, 0.0),
                new Share(1, 20.0),
                new Share(0, 0.0),
                20,
                2.29));
    assertThat(s.code())
        .isEqualTo(
            new Figures(
                8,
                new Share(1, 12.5),
                new Share(1, 12.5),
                new Share(1, 12.5),
                new Share(5, 62.5),
                330,
                43.54));
    assertThat(s.total())
        .isEqualTo(
            new Figures(
                13,
                new Share(5, 38.5),
                new Share(1, 7.7),
                new Share(2, 15.4),
                new Share(5, 38.5),
                350,
                45.83));
    assertThat(s.linesOfCode()).isEqualTo(350);
    assertThat(s.actionItems()).isEqualTo(10);
    assertThat(s.distinctActionItems()).isEqualTo(8);
    assertThat(s.unreadable()).isEqualTo(3);
    // 1 + 9 x (1/4 + 2/2 + 5) / 13 = 5.33
    assertThat(s.complexity()).isEqualTo(5);
    assertThat(s.effort()).isEqualTo(new AssessmentReport.Effort(50.33, 6.29, 4.33, 41.5, 4.5));
  }

  @Test
  void perObjectType() {
    AssessmentReport r = assess();
    assertThat(r.objectTypes())
        .extracting(
            t -> t.kind(),
            t -> t.objects(),
            t -> t.converted().count(),
            t -> t.simple(),
            t -> t.medium(),
            t -> t.complex(),
            t -> t.lines(),
            t -> t.effortHours())
        .containsExactly(
            tuple(UnitKind.TABLE, 2, 1, 0, 1, 0, 18, 2.22),
            tuple(UnitKind.CONSTRAINT, 1, 1, 0, 0, 0, 0, 0.03),
            tuple(UnitKind.INDEX, 1, 1, 0, 0, 0, 1, 0.03),
            tuple(UnitKind.SEQUENCE, 1, 1, 0, 0, 0, 1, 0.03),
            tuple(UnitKind.VIEW, 1, 0, 1, 0, 0, 4, 0.66),
            tuple(UnitKind.FUNCTION, 2, 0, 0, 0, 2, 20, 14.6),
            tuple(UnitKind.PROCEDURE, 2, 0, 0, 0, 2, 44, 13.72),
            tuple(UnitKind.PACKAGE, 2, 0, 0, 1, 1, 250, 14.25),
            tuple(UnitKind.TRIGGER, 1, 1, 0, 0, 0, 12, 0.31));
    assertThat(r.objectTypes().get(0).label()).isEqualTo("Tables");
    assertThat(r.objectTypes().get(0).converted().percent()).isEqualTo(50.0);
  }

  @Test
  void perObject() {
    AssessmentReport r = assess();
    assertThat(r.objects())
        .extracting(
            ObjectRow::path,
            ObjectRow::lines,
            ObjectRow::state,
            ObjectRow::category,
            ObjectRow::actionItems,
            ObjectRow::infoItems,
            ObjectRow::effortHours)
        .containsExactly(
            tuple("HR.EMPLOYEES", 12, State.CONVERTED, null, 0, 0, 0.11),
            tuple("HR.EMP_DEPT_FK", 0, State.CONVERTED, null, 0, 0, 0.03),
            tuple("HR.DEPARTMENTS", 6, State.ACTIONS, Category.MEDIUM, 1, 0, 2.11),
            tuple("HR.EMP_NAME_IX", 1, State.CONVERTED, null, 0, 0, 0.03),
            tuple("HR.EMP_SEQ", 1, State.CONVERTED, null, 0, 0, 0.03),
            tuple("HR.EMP_V", 4, State.ACTIONS, Category.SIMPLE, 1, 1, 0.66),
            tuple("HR.RAISE_SALARY", 40, State.ACTIONS, Category.COMPLEX, 2, 0, 7.45),
            tuple("HR.PAYROLL", 250, State.ACTIONS, Category.MEDIUM, 2, 0, 5.75),
            tuple("HR.BONUS", 20, State.FAILED, Category.COMPLEX, 1, 0, 6.35),
            tuple("HR.EMP_BIU", 12, State.CONVERTED, null, 0, 0, 0.31),
            tuple("HR.BROKEN", 4, State.UNREADABLE, Category.COMPLEX, 1, 0, 6.27),
            tuple("HR.SECRET_PKG", 0, State.UNREADABLE, Category.COMPLEX, 1, 0, 8.5),
            tuple("HR.HIDDEN_FN", 0, State.UNREADABLE, Category.COMPLEX, 1, 0, 8.25));
    ObjectRow proc = r.objects().get(6);
    assertThat(proc.id()).isEqualTo("o7");
    assertThat(proc.codes()).containsExactly("PG-2004", "PG-2007");
    assertThat(proc.reviewHours()).isEqualTo(0.45);
    assertThat(proc.actionHours()).isEqualTo(7.0);
    assertThat(proc.file()).isEqualTo(SampleConversion.FILE);
    assertThat(proc.line()).isEqualTo(25);
    assertThat(proc.target()).isEqualTo("hr.raise_salary");
    assertThat(proc.verified()).isNull();
  }

  @Test
  void actionItemsOneRowPerCodeGravestFirst() {
    AssessmentReport r = assess();
    assertThat(r.actionItems())
        .extracting(
            ActionItemRow::code,
            ActionItemRow::category,
            ActionItemRow::occurrenceCount,
            ActionItemRow::objectCount,
            ActionItemRow::hoursPerOccurrence,
            ActionItemRow::learningHours,
            ActionItemRow::totalHours)
        .containsExactly(
            tuple("GW-0001", Category.COMPLEX, 1, 1, 6.0, 1.0, 7.0),
            tuple("GW-0003", Category.COMPLEX, 1, 1, 6.0, 0.5, 6.5),
            tuple("GW-0004", Category.COMPLEX, 2, 2, 8.0, 1.0, 17.0),
            tuple("PG-2007", Category.COMPLEX, 1, 1, 6.0, 0.5, 6.5),
            tuple("PG-2001", Category.MEDIUM, 1, 1, 2.0, 0.5, 2.5),
            tuple("PG-2019", Category.MEDIUM, 2, 1, 2.0, 0.5, 4.5),
            tuple("PG-2003", Category.SIMPLE, 1, 1, 0.5, 0.25, 0.75),
            tuple("PG-2004", Category.SIMPLE, 1, 1, 1.0, 0.25, 1.25),
            tuple("GW-0005", Category.INFO, 1, 1, 0.0, 0.0, 0.0),
            tuple("PG-2009", Category.INFO, 1, 1, 0.0, 0.0, 0.0));
    Map<String, ActionItemRow> byCode =
        r.actionItems().stream()
            .collect(Collectors.toMap(ActionItemRow::code, Function.identity()));
    ActionItemRow gotoRow = byCode.get("PG-2007");
    assertThat(gotoRow.title()).isEqualTo("GOTO");
    assertThat(gotoRow.recommendation()).startsWith("Restructure the code");
    assertThat(gotoRow.occurrences())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.objectId()).isEqualTo("o7");
              assertThat(o.object()).isEqualTo("HR.RAISE_SALARY");
              assertThat(o.file()).isEqualTo(SampleConversion.FILE);
              assertThat(o.line()).isEqualTo(45);
              assertThat(o.column()).isEqualTo(5);
              assertThat(o.excerpt()).isEqualTo("GOTO retry;");
              assertThat(o.targetLine()).isEqualTo(23);
              // two lines either side, from the object's text (its line 21 is script line 45)
              assertThat(o.context().firstLine()).isEqualTo(43);
              assertThat(o.context().lines())
                  .containsExactly(
                      "  -- line 19",
                      "  -- line 20",
                      "  -- line 21",
                      "  -- line 22",
                      "  -- line 23");
            });
    assertThat(byCode.get("PG-2019").occurrences())
        .extracting(o -> o.line())
        .containsExactly(67, 68);
    assertThat(byCode.get("GW-0005").occurrences().get(0).objectId()).isNull();
    assertThat(byCode.get("GW-0005").occurrences().get(0).context()).isNull();
    // the first line of an object: no lines before it are shown
    assertThat(byCode.get("GW-0003").occurrences().get(0).context().firstLine()).isEqualTo(315);
    // occurrence ids are unique
    List<String> ids =
        r.actionItems().stream()
            .flatMap(a -> a.occurrences().stream())
            .map(AssessmentReport.Occurrence::id)
            .toList();
    assertThat(ids).hasSize(12).doesNotHaveDuplicates();
  }

  @Test
  void whatCouldNotBeReadIsListedAndCounted() {
    AssessmentReport r = assess();
    assertThat(r.unreadable())
        .extracting(u -> u.path(), u -> u.kind(), u -> u.code(), u -> u.reason(), u -> u.line())
        .containsExactly(
            tuple(
                "HR.BROKEN",
                UnitKind.PROCEDURE,
                "GW-0001",
                "mismatched input '<<' expecting ...",
                347),
            tuple("HR.SECRET_PKG", UnitKind.PACKAGE, "GW-0004", "wrapped PL/SQL", null),
            tuple("HR.HIDDEN_FN", UnitKind.FUNCTION, "GW-0004", "no EXECUTE privilege", null));
    assertThat(r.unreadable()).extracting(u -> u.objectId()).containsExactly("o11", "o12", "o13");
  }

  @Test
  void effortModelAssumptionsArePrinted() {
    AssessmentReport.Assumptions a = assess().effortModel();
    assertThat(a.unitMinutes()).isEqualTo(30);
    assertThat(a.hoursPerDay()).isEqualTo(8.0);
    assertThat(a.notes().get(0))
        .isEqualTo("One effort unit is 30 minutes; a person-day is 8 hours.");
    assertThat(a.notes())
        .anySatisfy(n -> assertThat(n).contains("simple under 2 h", "complex from 6 h"));
    assertThat(a.review().get(0))
        .isEqualTo(new AssessmentReport.KindReview(UnitKind.TABLE, 0.2, 0.2));
  }

  @Test
  void aLongerUnitScalesEveryEffort() {
    AssessmentReport r =
        new Assessor(SampleConversion.CATALOG, EffortModel.builtIn().withUnitMinutes(60))
            .assess(SampleConversion.build(), null, SampleConversion.context());
    assertThat(r.summary().effort().hours()).isEqualTo(100.67);
    assertThat(r.effortModel().notes().get(0)).startsWith("One effort unit is 60 minutes");
    // with hour-long units, PAYROLL (11.5 units) passes 6 h and becomes complex
    assertThat(r.objects().get(7).category()).isEqualTo(Category.COMPLEX);
  }
}
