package kz.dauys.moderation.checks;

/** How strongly a finding suggests the moderator look closely; each adds its weight to the risk score. */
public enum Severity {
    INFO(0),
    LOW(5),
    MEDIUM(20),
    HIGH(40);

    private final int weight;

    Severity(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
