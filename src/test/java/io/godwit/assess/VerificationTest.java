package io.godwit.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.godwit.assess.AssessmentReport.ObjectRow;
import io.godwit.assess.AssessmentReport.State;
import io.godwit.assess.Execution.Executed;
import io.godwit.assess.Execution.Status;
import io.godwit.convert.item.Category;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results from the target back the word "converted": a failure there is work left. */
public class VerificationTest {

  static final String ERROR = "ERROR: relation \"hr.departments\" does not exist\n  Position: 12";

  static Execution execution() {
    return new Execution(
        "jdbc:postgresql://localhost/hr?password=***",
        List.of(
            new Executed(
                "support", null, "godwit_compat", "_godwit/compat.sql", Status.APPLIED, null),
            new Executed(
                "table", "hr", "employees", "hr/table/employees.sql", Status.APPLIED, null),
            new Executed(
                "constraint",
                "hr",
                "emp_dept_fk",
                "hr/constraint/emp_dept_fk.sql",
                Status.FAILED,
                ERROR),
            new Executed(
                "table", "hr", "departments", "hr/table/departments.sql", Status.APPLIED, null),
            new Executed(
                "function",
                null,
                "BONUS",
                "HR/function/BONUS.sql",
                Status.SKIPPED,
                "not converted"),
            new Executed(
                "procedure",
                "hr",
                "raise_salary",
                "hr/procedure/raise_salary.sql",
                Status.APPLIED,
                null),
            new Executed("table", "hr", "gone", "hr/table/gone.sql", Status.APPLIED, null)));
  }

  public static AssessmentReport assess() {
    return new Assessor(SampleConversion.CATALOG, EffortModel.builtIn())
        .assess(SampleConversion.build(), execution(), SampleConversion.context());
  }

  @Test
  void perObjectResultsAreJoinedToTheObjects() {
    AssessmentReport r = assess();
    AssessmentReport.Verification v = r.verification();
    assertThat(v.target()).isEqualTo("jdbc:postgresql://localhost/hr?password=***");
    assertThat(v.applied()).isEqualTo(5);
    assertThat(v.failed()).isEqualTo(1);
    assertThat(v.skipped()).isEqualTo(1);
    assertThat(v.storage()).isEqualTo(new AssessmentReport.Verified(2, 1, 0));
    assertThat(v.code()).isEqualTo(new AssessmentReport.Verified(1, 0, 1));
    assertThat(v.objects())
        .extracting(o -> o.objectId(), o -> o.path(), o -> o.status())
        .containsExactly(
            tuple(null, "godwit_compat", Status.APPLIED),
            tuple("o1", "hr.employees", Status.APPLIED),
            tuple("o2", "hr.emp_dept_fk", Status.FAILED),
            tuple("o3", "hr.departments", Status.APPLIED),
            tuple("o9", "BONUS", Status.SKIPPED),
            tuple("o7", "hr.raise_salary", Status.APPLIED),
            tuple(null, "hr.gone", Status.APPLIED));
    assertThat(r.objects())
        .extracting(ObjectRow::path, ObjectRow::verified)
        .startsWith(
            tuple("HR.EMPLOYEES", Status.APPLIED),
            tuple("HR.EMP_DEPT_FK", Status.FAILED),
            tuple("HR.DEPARTMENTS", Status.APPLIED),
            tuple("HR.EMP_NAME_IX", null));
  }

  @Test
  void anObjectThatFailedOnTheTargetIsNotConverted() {
    AssessmentReport r = assess();
    ObjectRow fk = r.objects().get(1);
    assertThat(fk.state()).isEqualTo(State.ACTIONS);
    assertThat(fk.category()).isEqualTo(Category.MEDIUM);
    assertThat(fk.codes()).containsExactly(Assessor.FAILED_ON_TARGET);
    assertThat(fk.actionHours()).isEqualTo(2.0);
    assertThat(fk.verifyError()).isEqualTo(ERROR);
    assertThat(r.summary().storage().converted()).isEqualTo(new AssessmentReport.Share(3, 60.0));
    assertThat(r.summary().storage().medium()).isEqualTo(new AssessmentReport.Share(2, 40.0));
    // 50.333 h + 2 h for the fix + 0.5 h to learn the new code
    assertThat(r.summary().effort().hours()).isEqualTo(52.83);
    AssessmentReport.ActionItemRow row =
        r.actionItems().stream()
            .filter(a -> a.code().equals(Assessor.FAILED_ON_TARGET))
            .findFirst()
            .orElseThrow();
    assertThat(row.occurrences().get(0).message())
        .isEqualTo("Failed on the target: ERROR: relation \"hr.departments\" does not exist");
  }
}
