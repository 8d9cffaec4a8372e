package kz.dauys.moderation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import kz.dauys.contract.ContentKind;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** The service's rules that are legal or policy figures, from application.properties. */
@ConfigMapping(prefix = "dauys.moderation")
public interface ModerationConfig {

    /** Working days to decide, by kind ({@code petition}, {@code budget-proposal}, ...), when the request brings no deadline. */
    Map<String, Integer> deadlineWorkingDays();

    /** Fallback for kinds without an entry in {@link #deadlineWorkingDays()}. */
    @WithDefault("10")
    int defaultDeadlineWorkingDays();

    /** How long a claim keeps other moderators off a case. */
    @WithDefault("PT30M")
    Duration claimDuration();

    /** How long after a decision its author may appeal. */
    @WithDefault("6")
    int appealWindowMonths();

    /** Working days to decide an appeal or a review. */
    @WithDefault("10")
    int reviewWorkingDays();

    /** Distinct reports after which a published item is hidden pending review. */
    @WithDefault("3")
    int reportsToHide();

    /** The time zone in which deadlines are counted. */
    @WithDefault("Asia/Almaty")
    String zone();

    /** Near-duplicate search (pg_trgm similarity, 0..1). */
    Duplicates duplicates();

    interface Duplicates {

        /** Similarity from which a published item is shown as a candidate. */
        @WithDefault("0.45")
        double threshold();

        /** Similarity from which it counts as a duplicate rather than a near duplicate. */
        @WithDefault("0.8")
        double duplicateAt();

        @WithDefault("5")
        int maxCandidates();
    }

    default int workingDaysFor(ContentKind kind) {
        Integer days = deadlineWorkingDays().get(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return days != null ? days : defaultDeadlineWorkingDays();
    }
}
