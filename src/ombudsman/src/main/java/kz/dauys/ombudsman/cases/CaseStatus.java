package kz.dauys.ombudsman.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The lifecycle of a case: {@code received -> triage -> accepted -> inquiry -> recommendation -> closed},
 * with {@code inadmissible} and {@code transferred} as the other outcomes of triage.
 */
public enum CaseStatus {
    RECEIVED,
    TRIAGE,
    ACCEPTED,
    INQUIRY,
    RECOMMENDATION,
    CLOSED,
    INADMISSIBLE,
    TRANSFERRED;

    /** The statuses a case in this status may move to. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(TRIAGE);
            case TRIAGE -> EnumSet.of(ACCEPTED, INADMISSIBLE, TRANSFERRED);
            case ACCEPTED -> EnumSet.of(INQUIRY, CLOSED);
            case INQUIRY -> EnumSet.of(RECOMMENDATION, CLOSED);
            case RECOMMENDATION -> EnumSet.of(CLOSED);
            case CLOSED, INADMISSIBLE, TRANSFERRED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Whether the admissibility decision (accepted, inadmissible or transferred) has been taken. */
    public boolean isDecided() {
        return this != RECEIVED && this != TRIAGE;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CaseStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown case status: " + code));
    }
}
