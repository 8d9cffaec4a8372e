package kz.dauys.ombudsman.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kz.dauys.ombudsman.common.Today;
import kz.dauys.ombudsman.deadline.DeadlinePolicy;
import kz.dauys.ombudsman.office.Office;
import kz.dauys.ombudsman.office.StaffMember;
import kz.dauys.ombudsman.office.StaffViewer;
import kz.dauys.ombudsman.triage.AdmissibilityQuestion;
import kz.dauys.ombudsman.triage.RightsCategory;
import kz.dauys.platform.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Staff actions on a case. Each one checks that the viewer may see the case (else 404), that the
 * lifecycle allows the step (else 422), records what happened and announces referral status changes.
 */
@ApplicationScoped
public class CaseWorkflow {

    private final DeadlinePolicy deadlines;
    private final ReferralStatusPublisher referrals;
    private final Today today;

    CaseWorkflow(DeadlinePolicy deadlines, ReferralStatusPublisher referrals, Today today) {
        this.deadlines = deadlines;
        this.referrals = referrals;
        this.today = today;
    }

    /** The case if this staff member may see it; 404 otherwise, so existence is not confirmed. */
    public static OmbudsmanCase visibleCase(StaffViewer viewer, UUID id) {
        OmbudsmanCase c = OmbudsmanCase.findById(id);
        if (c == null || !viewer.canSee(c.officeCode)) {
            throw ProblemException.notFound("Case", id);
        }
        return c;
    }

    @Transactional
    public OmbudsmanCase acknowledge(StaffViewer viewer, UUID id, CaseCommands.Acknowledge command) {
        OmbudsmanCase c = visibleCase(viewer, id);
        move(c, CaseStatus.TRIAGE, viewer, null);
        c.acknowledgedOn = today.date();
        tellComplainant(c, viewer, blankToNull(command == null ? null : command.message()), ComplainantNotices.acknowledged(c));
        return c;
    }

    @Transactional
    public OmbudsmanCase recordTriage(StaffViewer viewer, UUID id, CaseCommands.Triage form) {
        OmbudsmanCase c = visibleCase(viewer, id);
        if (c.status != CaseStatus.TRIAGE) {
            throw ProblemException.unprocessable("wrong-status",
                    "Triage is recorded while the case is in triage; it is " + c.status.code() + ".");
        }
        Map<String, ChecklistAnswer> answers = new LinkedHashMap<>();
        for (AdmissibilityQuestion question : AdmissibilityQuestion.ordered()) {
            ChecklistAnswer answer = form.answers().get(question.code);
            if (answer == null) {
                throw ProblemException.invalidField("answers." + question.code, "Every checklist question needs an answer.");
            }
            answers.put(question.code, answer);
        }
        for (String code : form.answers().keySet()) {
            if (!answers.containsKey(code)) {
                throw ProblemException.invalidField("answers." + code, "Not a question of the admissibility checklist.");
            }
        }
        if (RightsCategory.findById(form.category()) == null) {
            throw ProblemException.invalidField("category", "Unknown category of rights: " + form.category());
        }
        Office office = Office.findById(form.office());
        if (office == null) {
            throw ProblemException.invalidField("office", "Unknown office: " + form.office());
        }
        if (!viewer.central() && !office.code.equals(c.officeCode) && !office.isCentral()) {
            throw ProblemException.forbidden("Only central administrators can route a case to another regional office.");
        }
        c.triageAnswers = answers;
        c.categoryCode = form.category();
        c.urgency = form.urgency();
        c.urgencyRank = form.urgency().rank();
        c.triagedBy = viewer.username();
        c.triagedAt = today.now();
        if (!office.code.equals(c.officeCode)) {
            CaseEvent.record(c.id, CaseEvent.Kind.TRIAGE_RECORDED, c.status, c.status, viewer.username(),
                    "office " + c.officeCode + " -> " + office.code, c.triagedAt);
            c.officeCode = office.code;
        } else {
            CaseEvent.record(c.id, CaseEvent.Kind.TRIAGE_RECORDED, c.status, c.status, viewer.username(), null, c.triagedAt);
        }
        return c;
    }

    @Transactional
    public OmbudsmanCase decide(StaffViewer viewer, UUID id, CaseCommands.Decide decision) {
        OmbudsmanCase c = visibleCase(viewer, id);
        if (c.triageAnswers == null) {
            throw ProblemException.unprocessable("triage-missing", "Record the admissibility checklist before deciding.");
        }
        String message = blankToNull(decision.message());
        switch (decision.outcome()) {
            case ACCEPTED -> {
                List<String> failed = c.triageAnswers.entrySet().stream().filter(e -> !e.getValue().answer())
                        .map(Map.Entry::getKey).toList();
                if (!failed.isEmpty()) {
                    throw ProblemException.unprocessable("not-admissible",
                            "The checklist does not support admission; failed: " + String.join(", ", failed));
                }
                move(c, CaseStatus.ACCEPTED, viewer, null);
                if (decision.assignee() != null && !decision.assignee().isBlank()) {
                    assignTo(c, decision.assignee(), viewer);
                }
                tellComplainant(c, viewer, message, ComplainantNotices.accepted(c));
            }
            case INADMISSIBLE -> {
                requireText("reasons", decision.reasons());
                requireText("redirectTo", decision.redirectTo());
                c.outcomeReasons = decision.reasons().strip();
                c.redirectTo = decision.redirectTo().strip();
                move(c, CaseStatus.INADMISSIBLE, viewer, null);
                tellComplainant(c, viewer, message, ComplainantNotices.inadmissible(c));
            }
            case TRANSFERRED -> {
                requireText("transferredTo", decision.transferredTo());
                c.transferredTo = decision.transferredTo().strip();
                c.outcomeReasons = blankToNull(decision.reasons());
                move(c, CaseStatus.TRANSFERRED, viewer, null);
                tellComplainant(c, viewer, message, ComplainantNotices.transferred(c));
            }
        }
        c.decidedOn = today.date();
        return c;
    }

    @Transactional
    public OmbudsmanCase assign(StaffViewer viewer, UUID id, CaseCommands.Assign command) {
        OmbudsmanCase c = visibleCase(viewer, id);
        if (c.status.isFinal()) {
            throw ProblemException.unprocessable("wrong-status", "A " + c.status.code() + " case cannot be assigned.");
        }
        assignTo(c, command.assignee().strip(), viewer);
        return c;
    }

    @Transactional
    public OmbudsmanCase extend(StaffViewer viewer, UUID id, CaseCommands.Extend command) {
        OmbudsmanCase c = visibleCase(viewer, id);
        if (c.status.isDecided()) {
            throw ProblemException.unprocessable("wrong-status", "Only a pending decision can be extended.");
        }
        LocalDate latest = deadlines.latestExtension(c.decisionDueOn);
        if (!command.until().isAfter(c.effectiveDecisionDueOn())) {
            throw ProblemException.invalidField("until", "An extension must move the deadline later than " + c.effectiveDecisionDueOn() + ".");
        }
        if (command.until().isAfter(latest)) {
            throw ProblemException.invalidField("until", "The decision can be extended until " + latest + " at most.");
        }
        LocalDate on = today.date();
        c.extendedUntil = command.until();
        c.extensionReason = command.reason().strip();
        c.extendedOn = on;
        c.extensionNoticeDueOn = c.hasComplainant() ? deadlines.extensionNoticeDue(on) : null;
        c.extensionNoticeSentOn = null;
        CaseEvent.record(c.id, CaseEvent.Kind.EXTENDED, c.status, c.status, viewer.username(), "until " + command.until(),
                today.now());
        if (c.hasComplainant()) {
            tellComplainant(c, viewer, blankToNull(command.message()), ComplainantNotices.extended(c, command.until(), c.extensionReason));
            c.extensionNoticeSentOn = on;
        }
        return c;
    }

    /** Moves an accepted case on: to inquiry, to recommendation (text = the recommendation) or closed (text = summary). */
    @Transactional
    public OmbudsmanCase advance(StaffViewer viewer, UUID id, CaseCommands.Move command) {
        OmbudsmanCase c = visibleCase(viewer, id);
        String text = blankToNull(command.text());
        switch (command.status()) {
            case INQUIRY -> move(c, CaseStatus.INQUIRY, viewer, null);
            case RECOMMENDATION -> {
                requireText("text", text);
                move(c, CaseStatus.RECOMMENDATION, viewer, null);
                c.recommendation = text;
                c.recommendationIssuedOn = today.date();
                c.answerDueOn = deadlines.bodyAnswerDue(c.recommendationIssuedOn);
            }
            case CLOSED -> {
                requireText("text", text);
                move(c, CaseStatus.CLOSED, viewer, null);
                c.closingSummary = text;
                c.closedOn = today.date();
            }
            default -> throw ProblemException.unprocessable("wrong-transition",
                    "Use acknowledgement and decision for " + command.status().code() + "; here: inquiry, recommendation or closed.");
        }
        return c;
    }

    @Transactional
    public OmbudsmanCase recordBodyAnswer(StaffViewer viewer, UUID id, CaseCommands.Text answer) {
        OmbudsmanCase c = visibleCase(viewer, id);
        if (c.status != CaseStatus.RECOMMENDATION) {
            throw ProblemException.unprocessable("wrong-status", "A body's answer follows a recommendation.");
        }
        if (c.bodyAnsweredOn != null) {
            throw ProblemException.conflict("The body's answer is already recorded.");
        }
        c.bodyAnswer = answer.text().strip();
        c.bodyAnsweredOn = today.date();
        CaseEvent.record(c.id, CaseEvent.Kind.BODY_ANSWERED, c.status, c.status, viewer.username(), null, today.now());
        return c;
    }

    @Transactional
    public CaseMessage addNote(StaffViewer viewer, UUID id, CaseCommands.Text note) {
        OmbudsmanCase c = visibleCase(viewer, id);
        return CaseMessage.post(c.id, CaseMessage.Kind.INTERNAL_NOTE, viewer.username(), viewer.displayName(),
                note.text().strip(), today.now());
    }

    @Transactional
    public CaseMessage messageComplainant(StaffViewer viewer, UUID id, CaseCommands.Text message) {
        OmbudsmanCase c = visibleCase(viewer, id);
        if (!c.hasComplainant()) {
            throw ProblemException.unprocessable("no-complainant", "This referral has no complainant to write to.");
        }
        return CaseMessage.post(c.id, CaseMessage.Kind.TO_COMPLAINANT, viewer.username(), viewer.displayName(),
                message.text().strip(), today.now());
    }

    private void move(OmbudsmanCase c, CaseStatus target, StaffViewer viewer, String detail) {
        if (!c.status.canMoveTo(target)) {
            throw ProblemException.unprocessable("wrong-transition",
                    "A " + c.status.code() + " case cannot become " + target.code() + ".");
        }
        Instant now = today.now();
        CaseStatus from = c.status;
        c.status = target;
        CaseEvent.record(c.id, CaseEvent.Kind.STATUS_CHANGED, from, target, viewer.username(), detail, now);
        referrals.statusChanged(c, now);
    }

    private void assignTo(OmbudsmanCase c, String username, StaffViewer viewer) {
        StaffMember member = StaffMember.findById(username);
        if (member == null || !(member.officeCode.equals(c.officeCode) || Office.CENTRAL.equals(member.officeCode))) {
            throw ProblemException.invalidField("assignee", "Not a known staff member of office " + c.officeCode + ": " + username);
        }
        c.assigneeUsername = member.username;
        CaseEvent.record(c.id, CaseEvent.Kind.ASSIGNED, c.status, c.status, viewer.username(), member.username, today.now());
    }

    private void tellComplainant(OmbudsmanCase c, StaffViewer viewer, String custom, String standard) {
        if (!c.hasComplainant()) {
            return;
        }
        CaseMessage.post(c.id, CaseMessage.Kind.TO_COMPLAINANT, viewer.username(), viewer.displayName(),
                custom != null ? custom : standard, today.now());
        c.complainantToldOn = today.date();
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, field + " is required for this step.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
