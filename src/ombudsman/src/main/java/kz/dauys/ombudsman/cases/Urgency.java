package kz.dauys.ombudsman.cases;

/** How urgent a case is; the queue lists urgent cases first (lowest rank first). */
public enum Urgency {
    LIFE_OR_HEALTH(1),
    DETENTION(2),
    CHILDREN(3),
    STANDARD(9);

    private final int rank;

    Urgency(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public boolean isUrgent() {
        return this != STANDARD;
    }
}
