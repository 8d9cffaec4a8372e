package kz.dauys.ombudsman.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class CaseStatusTest {

    @Test
    void mainPathIsAllowedStepByStep() {
        assertThat(CaseStatus.RECEIVED.canMoveTo(CaseStatus.TRIAGE)).isTrue();
        assertThat(CaseStatus.TRIAGE.canMoveTo(CaseStatus.ACCEPTED)).isTrue();
        assertThat(CaseStatus.ACCEPTED.canMoveTo(CaseStatus.INQUIRY)).isTrue();
        assertThat(CaseStatus.INQUIRY.canMoveTo(CaseStatus.RECOMMENDATION)).isTrue();
        assertThat(CaseStatus.RECOMMENDATION.canMoveTo(CaseStatus.CLOSED)).isTrue();
    }

    @Test
    void stepsCannotBeSkippedOrReversed() {
        assertThat(CaseStatus.RECEIVED.canMoveTo(CaseStatus.ACCEPTED)).isFalse();
        assertThat(CaseStatus.RECEIVED.canMoveTo(CaseStatus.INADMISSIBLE)).isFalse();
        assertThat(CaseStatus.TRIAGE.canMoveTo(CaseStatus.RECOMMENDATION)).isFalse();
        assertThat(CaseStatus.ACCEPTED.canMoveTo(CaseStatus.RECOMMENDATION)).isFalse();
        assertThat(CaseStatus.INQUIRY.canMoveTo(CaseStatus.ACCEPTED)).isFalse();
        assertThat(CaseStatus.ACCEPTED.canMoveTo(CaseStatus.TRANSFERRED)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"CLOSED", "INADMISSIBLE", "TRANSFERRED"})
    void finalStatusesGoNowhere(CaseStatus status) {
        assertThat(status.isFinal()).isTrue();
        for (CaseStatus target : CaseStatus.values()) {
            assertThat(status.canMoveTo(target)).isFalse();
        }
    }

    @Test
    void codesAreLowercaseAndParse() {
        assertThat(CaseStatus.RECOMMENDATION.code()).isEqualTo("recommendation");
        assertThat(CaseStatus.fromCode("inadmissible")).isEqualTo(CaseStatus.INADMISSIBLE);
    }
}
