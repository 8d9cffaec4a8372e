package kz.dauys.ombudsman.cases;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.ombudsman.common.Today;
import kz.dauys.ombudsman.deadline.BreachKind;
import kz.dauys.ombudsman.deadline.DeadlinePolicy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON shapes of cases: a queue row, the staff case view and the complainant's view. */
@ApplicationScoped
public class CaseViews {

    private final DeadlinePolicy deadlines;
    private final Today today;

    CaseViews(DeadlinePolicy deadlines, Today today) {
        this.deadlines = deadlines;
        this.today = today;
    }

    /**
     * A queue row. Holds no complaint text on purpose: reading the texts is reading the case, which is
     * recorded in the access log.
     */
    public record QueueItem(UUID id, String number, SourceKind sourceKind, CaseStatus status, String office,
                            String proposedOffice, Urgency urgency, boolean urgent, String category, String bodyName,
                            String bodyTerritory, String assignee, LocalDate receivedOn, LocalDate nextDueOn,
                            Integer workingDaysLeft, List<BreachKind> breached) {
    }

    public record Deadlines(LocalDate acknowledgementDueOn, LocalDate acknowledgedOn, LocalDate decisionDueOn,
                            LocalDate extendedUntil, String extensionReason, LocalDate extendedOn,
                            LocalDate extensionNoticeDueOn, LocalDate extensionNoticeSentOn, LocalDate transferDueOn,
                            LocalDate decidedOn, LocalDate answerDueOn, LocalDate bodyAnsweredOn, LocalDate closedOn,
                            LocalDate latestExtension) {
    }

    public record Complainant(String name, String email, String phone, String representedPerson,
                              boolean representationConsent, boolean consentToShare, String region, String language) {
    }

    public record Triage(Map<String, ChecklistAnswer> answers, String triagedBy, Instant triagedAt) {
    }

    public record Outcome(String reasons, String redirectTo, String transferredTo, String recommendation,
                          LocalDate recommendationIssuedOn, String bodyAnswer, String closingSummary) {
    }

    public record TimelineEntry(Instant at, CaseEvent.Kind kind, CaseStatus fromStatus, CaseStatus toStatus,
                                String actor, String detail) {
    }

    public record Message(UUID id, CaseMessage.Kind kind, String authorName, String text, Instant createdAt) {
    }

    public record StaffCaseView(QueueItem summary, String sourceId, String sourceLink, String title, String description,
                                LocalDate happenedOn, String alreadyTried, Complainant complainant, Triage triage,
                                Outcome outcome, Deadlines deadlines, List<CaseStatus> allowedNext,
                                List<TimelineEntry> timeline, List<Message> messages) {
    }

    public record StatusStep(CaseStatus status, Instant at) {
    }

    /** What the complainant sees: their case, its status history and the messages, never internal notes. */
    public record ComplainantCaseView(UUID id, String number, CaseStatus status, String bodyName, String title,
                                      String description, LocalDate happenedOn, String alreadyTried,
                                      LocalDate receivedOn, LocalDate decisionDueOn, String outcomeReasons,
                                      String redirectTo, String transferredTo, List<StatusStep> history,
                                      List<Message> messages) {
    }

    public record ComplainantListItem(UUID id, String number, CaseStatus status, String bodyName, String title,
                                      LocalDate receivedOn, LocalDate decisionDueOn) {
    }

    public QueueItem queueItem(OmbudsmanCase c) {
        LocalDate now = today.date();
        LocalDate due = c.computeNextDue();
        return new QueueItem(c.id, c.number, c.sourceKind, c.status, c.officeCode, c.proposedOfficeCode, c.urgency,
                c.urgency.isUrgent(), c.categoryCode, c.bodyName, c.bodyTerritory, c.assigneeUsername, c.receivedOn, due,
                due == null ? null : deadlines.workingDaysLeft(now, due), breaches(c));
    }

    public List<BreachKind> breaches(OmbudsmanCase c) {
        return deadlines.breaches(c.deadlines(), today.date());
    }

    public StaffCaseView staffView(OmbudsmanCase c) {
        Complainant complainant = c.hasComplainant()
                ? new Complainant(c.complainantName, c.contactEmail, c.contactPhone, c.representedPerson,
                c.representationConsent, c.consentToShare, c.complainantRegion, c.complainantLanguage)
                : null;
        Triage triage = c.triageAnswers == null ? null : new Triage(c.triageAnswers, c.triagedBy, c.triagedAt);
        return new StaffCaseView(queueItem(c), c.sourceId, c.sourceLink, c.title, c.description, c.happenedOn,
                c.alreadyTried, complainant, triage,
                new Outcome(c.outcomeReasons, c.redirectTo, c.transferredTo, c.recommendation, c.recommendationIssuedOn,
                        c.bodyAnswer, c.closingSummary),
                new Deadlines(c.acknowledgementDueOn, c.acknowledgedOn, c.decisionDueOn, c.extendedUntil,
                        c.extensionReason, c.extendedOn, c.extensionNoticeDueOn, c.extensionNoticeSentOn,
                        c.transferDueOn, c.decidedOn, c.answerDueOn, c.bodyAnsweredOn, c.closedOn,
                        deadlines.latestExtension(c.decisionDueOn)),
                List.copyOf(c.status.next()),
                CaseEvent.ofCase(c.id).stream().map(e -> new TimelineEntry(e.at, e.kind, e.fromStatus, e.toStatus,
                        e.actor, e.detail)).toList(),
                CaseMessage.ofCase(c.id).stream().map(CaseViews::message).toList());
    }

    public ComplainantCaseView complainantView(OmbudsmanCase c) {
        List<StatusStep> history = CaseEvent.ofCase(c.id).stream()
                .filter(e -> e.kind == CaseEvent.Kind.RECEIVED || e.kind == CaseEvent.Kind.STATUS_CHANGED)
                .map(e -> new StatusStep(e.toStatus, e.at)).toList();
        return new ComplainantCaseView(c.id, c.number, c.status, c.bodyName, c.title, c.description, c.happenedOn,
                c.alreadyTried, c.receivedOn, c.effectiveDecisionDueOn(),
                c.status == CaseStatus.INADMISSIBLE ? c.outcomeReasons : null, c.redirectTo, c.transferredTo, history,
                CaseMessage.visibleToComplainant(c.id).stream().map(CaseViews::message).toList());
    }

    public ComplainantListItem complainantListItem(OmbudsmanCase c) {
        return new ComplainantListItem(c.id, c.number, c.status, c.bodyName, c.title, c.receivedOn, c.effectiveDecisionDueOn());
    }

    public static Message message(CaseMessage m) {
        return new Message(m.id, m.kind, m.authorName, m.text, m.createdAt);
    }
}
