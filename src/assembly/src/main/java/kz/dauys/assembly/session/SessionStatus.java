package kz.dauys.assembly.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** A session's lifecycle; each status may only move to the next one. */
public enum SessionStatus {
    PLANNED("planned"),
    AGENDA_PUBLISHED("agenda_published"),
    IN_SESSION("in_session"),
    CLOSED("closed"),
    MINUTES_PUBLISHED("minutes_published");

    private final String code;

    SessionStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static SessionStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown session status " + code
                        + "; one of planned, agenda_published, in_session, closed, minutes_published"));
    }

    /** The only status this one may move to, or null at the end. */
    public SessionStatus next() {
        return this == MINUTES_PUBLISHED ? null : values()[ordinal() + 1];
    }

    /** Whether the public sees the session (its agenda is published). */
    public boolean isPublic() {
        return this != PLANNED;
    }
}
