package kz.dauys.ombudsman.cases;

/** Where a case came from. */
public enum SourceKind {
    /** Filed by a resident in the portal. */
    COMPLAINT,
    /** A human-rights petition that reached its threshold or was answered. */
    PETITION,
    /** A moderation case escalated as a possible rights violation. */
    MODERATION_CASE;

    public boolean isPlatformItem() {
        return this != COMPLAINT;
    }
}
