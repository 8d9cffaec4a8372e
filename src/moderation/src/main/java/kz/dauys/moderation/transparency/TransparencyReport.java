package kz.dauys.moderation.transparency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Public figures about moderation in a period (dates inclusive, in the service's time zone). No
 * personal data: only counts and durations.
 */
public record TransparencyReport(LocalDate from, LocalDate to, Decisions decisions, TimeToDecision timeToDecision,
                                 Appeals appeals, Notices notices, long escalations, Instant generatedAt) {

    /** Decisions taken by moderators in the period, in total and broken down. */
    public record Decisions(long total, Map<String, Long> byOutcome, Map<String, Long> byKind,
                            Map<String, Long> byReasonCode, List<Line> lines) {
    }

    /** Number of decisions of one case type, kind, outcome and reason code. */
    public record Line(String caseType, String kind, String outcome, String reasonCode, long count) {
    }

    /** From submission to first-instance decision, in hours, overall and per kind (SQL percentile_cont). */
    public record TimeToDecision(long decided, Double medianHours, Double p95Hours, Map<String, Durations> byKind) {
    }

    public record Durations(long decided, Double medianHours, Double p95Hours) {
    }

    /** Appeals lodged and decided in the period; a reversal changes the outcome appealed. */
    public record Appeals(long lodged, long decided, long upheld, long reversed) {
    }

    /** Reports received, items hidden after reports, and how reviews ended. */
    public record Notices(long reports, Map<String, Long> byReason, long hiddenAfterReports, long restored,
                          long hideUpheld) {
    }
}
