package kz.dauys.assembly.proposal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an item proposal stands. Residents' proposals start {@code in_moderation}; proposals made
 * from petitions and budget results start {@code awaiting_decision}.
 */
public enum ProposalStatus {
    IN_MODERATION("in_moderation"),
    CHANGES_REQUESTED("changes_requested"),
    REJECTED("rejected"),
    /** Published; residents co-sponsor it. */
    COLLECTING("collecting"),
    /** Enough co-sponsors (or from an event): the secretary must decide. */
    AWAITING_DECISION("awaiting_decision"),
    ACCEPTED("accepted"),
    DECLINED("declined"),
    HIDDEN("hidden");

    public static final Set<ProposalStatus> PUBLIC = EnumSet.of(COLLECTING, AWAITING_DECISION, ACCEPTED, DECLINED);
    public static final Set<ProposalStatus> OPEN = EnumSet.of(COLLECTING, AWAITING_DECISION);

    private final String code;

    ProposalStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static ProposalStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown proposal status " + code));
    }

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }
}
