package kz.dauys.contract;

/** Kafka topics: one per producing service, keyed by the entity id (the CloudEvent subject). */
public final class Topics {

    public static final String PETITIONS = "dauys.petitions";
    public static final String BUDGET = "dauys.budget";
    public static final String ASSEMBLY = "dauys.assembly";
    public static final String MODERATION = "dauys.moderation";
    public static final String OMBUDSMAN = "dauys.ombudsman";
    /** Events a consumer could not apply, with the reason in the {@code dead-letter-reason} header. */
    public static final String DEAD_LETTERS = "dauys.dlq";

    private Topics() {
    }
}
