package kz.dauys.petitions.petition;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of a petition and the only transitions it allows. */
public enum PetitionState {
    DRAFT,
    IN_MODERATION,
    GATHERING_BACKERS,
    OPEN,
    UNDER_CONSIDERATION,
    ANSWERED,
    CLOSED,
    REJECTED,
    CLOSED_UNSUCCESSFUL,
    WITHDRAWN,
    HIDDEN;

    private Set<PetitionState> next;

    static {
        DRAFT.next = EnumSet.of(IN_MODERATION, WITHDRAWN);
        IN_MODERATION.next = EnumSet.of(GATHERING_BACKERS, REJECTED, DRAFT, WITHDRAWN);
        GATHERING_BACKERS.next = EnumSet.of(OPEN, UNDER_CONSIDERATION, CLOSED_UNSUCCESSFUL, WITHDRAWN, HIDDEN);
        OPEN.next = EnumSet.of(UNDER_CONSIDERATION, CLOSED_UNSUCCESSFUL, WITHDRAWN, HIDDEN);
        UNDER_CONSIDERATION.next = EnumSet.of(ANSWERED, HIDDEN);
        ANSWERED.next = EnumSet.of(CLOSED, HIDDEN);
        CLOSED.next = EnumSet.of(HIDDEN);
        // A rejection may be overturned on appeal.
        REJECTED.next = EnumSet.of(GATHERING_BACKERS);
        CLOSED_UNSUCCESSFUL.next = EnumSet.of(HIDDEN);
        WITHDRAWN.next = EnumSet.noneOf(PetitionState.class);
        // Restoring returns a petition to the state it was hidden from (checked by the lifecycle).
        HIDDEN.next = EnumSet.of(GATHERING_BACKERS, OPEN, UNDER_CONSIDERATION, ANSWERED, CLOSED, CLOSED_UNSUCCESSFUL);
    }

    public boolean canMoveTo(PetitionState target) {
        return next.contains(target);
    }

    /** The lowercase name used in the API and in events ({@code gathering_backers}). */
    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    public static PetitionState fromCode(String code) {
        return valueOf(code.toUpperCase());
    }

    /** States in which the public can find the petition in lists. */
    public static final Set<PetitionState> LISTED = EnumSet.of(OPEN, UNDER_CONSIDERATION, ANSWERED, CLOSED, CLOSED_UNSUCCESSFUL);

    /** States in which anyone with the link can read it. */
    public static final Set<PetitionState> PUBLIC = EnumSet.of(GATHERING_BACKERS, OPEN, UNDER_CONSIDERATION, ANSWERED, CLOSED,
            CLOSED_UNSUCCESSFUL, WITHDRAWN);

    /** States in which signatures are accepted (until the collection period ends). */
    public static final Set<PetitionState> SIGNABLE = EnumSet.of(GATHERING_BACKERS, OPEN, UNDER_CONSIDERATION, ANSWERED);

    /** States before the threshold: signers may withdraw, the author may withdraw the petition. */
    public static final Set<PetitionState> BEFORE_THRESHOLD = EnumSet.of(GATHERING_BACKERS, OPEN);
}
