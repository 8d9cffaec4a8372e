package kz.dauys.assembly.session;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.assembly.AssemblyConfig;

/** The share of seats that must be present: {@code dauys.assembly.quorum.numerator/denominator}, rounded up. */
@ApplicationScoped
public class QuorumRule {

    private final int numerator;
    private final int denominator;

    QuorumRule(AssemblyConfig config) {
        this.numerator = config.quorum().numerator();
        this.denominator = config.quorum().denominator();
        if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalStateException("dauys.assembly.quorum must be a fraction in (0, 1]");
        }
    }

    public int required(int seats) {
        return (seats * numerator + denominator - 1) / denominator;
    }

    public SessionView.Quorum of(int seats, Integer present) {
        if (present == null) {
            return null;
        }
        int required = required(seats);
        return new SessionView.Quorum(seats, present, required, present >= required);
    }
}
