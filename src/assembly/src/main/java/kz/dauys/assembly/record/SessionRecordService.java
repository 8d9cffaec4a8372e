package kz.dauys.assembly.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import kz.dauys.assembly.agenda.AgendaItem;
import kz.dauys.assembly.agenda.AgendaItemView;
import kz.dauys.assembly.agenda.AgendaTree;
import kz.dauys.assembly.agenda.DecisionResult;
import kz.dauys.assembly.agenda.NamedVote;
import kz.dauys.assembly.body.AssemblyAccess;
import kz.dauys.assembly.body.Body;
import kz.dauys.assembly.common.Texts;
import kz.dauys.assembly.session.AssemblySession;
import kz.dauys.assembly.session.QuorumRule;
import kz.dauys.assembly.session.SessionService;
import kz.dauys.assembly.session.SessionStatus;
import kz.dauys.assembly.session.SessionView;
import kz.dauys.contract.assembly.AssemblyDecisionRecorded;
import kz.dauys.platform.outbox.Outbox;
import kz.dauys.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * What happens in a session: attendance (and so the quorum) and the decision on each item, with its
 * vote. Decisions on petitions and budget cycles are told to their services.
 */
@ApplicationScoped
public class SessionRecordService {

    private final AssemblyAccess access;
    private final QuorumRule quorum;
    private final SessionService sessions;
    private final Outbox outbox;
    private final Clock clock;

    SessionRecordService(AssemblyAccess access, QuorumRule quorum, SessionService sessions, Outbox outbox, Clock clock) {
        this.access = access;
        this.quorum = quorum;
        this.sessions = sessions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public SessionView recordAttendance(UUID sessionId, AttendanceRequest request) {
        AssemblySession session = lock(sessionId);
        Body body = Body.require(session.bodyId);
        access.requireSecretaryOf(body);
        requireInSessionOrClosed(session);
        if ((request.presentCount() == null) == (request.presentMembers() == null)) {
            throw ProblemException.badRequest("Give either presentCount or presentMembers (names), not both and not neither.");
        }
        if (request.presentMembers() != null) {
            List<String> names = request.presentMembers().stream().map(String::strip).toList();
            if (new HashSet<>(names).size() != names.size()) {
                throw ProblemException.invalidField("presentMembers", "Each member is listed once");
            }
            List<String> unknown = names.stream().filter(n -> !body.members.contains(n)).toList();
            if (!unknown.isEmpty()) {
                throw ProblemException.invalidField("presentMembers", "Not members of this body: " + String.join(", ", unknown));
            }
            session.presentMembers = new ArrayList<>(names);
            session.presentCount = names.size();
        } else {
            if (request.presentCount() > body.seats) {
                throw ProblemException.invalidField("presentCount", "The body has " + body.seats + " seats");
            }
            session.presentMembers = null;
            session.presentCount = request.presentCount();
        }
        return sessions.view(session, body, true);
    }

    @Transactional
    public AgendaItemView recordDecision(UUID sessionId, UUID itemId, DecisionRequest request) {
        AssemblySession session = lock(sessionId);
        Body body = Body.require(session.bodyId);
        access.requireSecretaryOf(body);
        requireInSessionOrClosed(session);
        AgendaItem item = AgendaItem.require(itemId);
        if (!item.sessionId.equals(session.id)) {
            throw ProblemException.notFound("Agenda item", itemId);
        }
        if (session.presentCount == null) {
            throw ProblemException.unprocessable("attendance-missing", "Record the attendance before recording decisions.");
        }
        SessionView.Quorum q = quorum.of(body.seats, session.presentCount);
        if (request.result() != DecisionResult.POSTPONED && !q.met()) {
            throw ProblemException.unprocessable("quorum-not-met", "Only " + q.present() + " of " + q.seats()
                    + " members are present and " + q.required() + " are required: the body can only postpone items.");
        }
        applyVotes(item, request, session, body, q);
        item.result = request.result();
        item.decisionText = Texts.required("text", request.text(), 10000);
        item.decidedAt = Instant.now(clock);
        if (item.relatedKind != null && item.relatedKind.isReportedToOwner()) {
            outbox.publish(AssemblyDecisionRecorded.EVENT, item.relatedId, new AssemblyDecisionRecorded(
                    body.id.toString(), body.name.in("kk"), session.id.toString(), item.id.toString(),
                    item.relatedKind.name(), item.relatedId, item.result.name(), item.decisionText.in("kk"),
                    nullToZero(item.votesFor), nullToZero(item.votesAgainst), nullToZero(item.abstentions),
                    item.decidedAt, "/assembly/sessions/" + session.id + "#item-" + item.id, body.name, item.decisionText));
        }
        List<AgendaItem> agenda = AgendaItem.ofSession(session.id);
        return new AgendaTree(agenda).views().stream().flatMap(SessionRecordService::flatten)
                .filter(v -> v.id().equals(item.id)).findFirst().orElseThrow();
    }

    private static void applyVotes(AgendaItem item, DecisionRequest request, AssemblySession session, Body body,
                                   SessionView.Quorum q) {
        boolean totals = request.votesFor() != null || request.votesAgainst() != null || request.abstentions() != null;
        if (totals && request.votesByName() != null) {
            throw ProblemException.badRequest("Give the vote either as totals or by name, not both.");
        }
        if (request.votesByName() != null) {
            List<String> names = request.votesByName().stream().map(v -> v.member().strip()).toList();
            if (new HashSet<>(names).size() != names.size()) {
                throw ProblemException.invalidField("votesByName", "Each member votes once");
            }
            List<String> allowed = session.presentMembers != null ? session.presentMembers : body.members;
            List<String> unknown = names.stream().filter(n -> !allowed.contains(n)).toList();
            if (!unknown.isEmpty()) {
                throw ProblemException.invalidField("votesByName", (session.presentMembers != null
                        ? "Not recorded as present: " : "Not members of this body: ") + String.join(", ", unknown));
            }
            item.votesByName = request.votesByName().stream().map(v -> new NamedVote(v.member().strip(), v.choice())).toList();
            item.votesFor = count(request.votesByName(), NamedVote.VoteChoice.FOR);
            item.votesAgainst = count(request.votesByName(), NamedVote.VoteChoice.AGAINST);
            item.abstentions = count(request.votesByName(), NamedVote.VoteChoice.ABSTAIN);
        } else if (totals) {
            item.votesByName = null;
            item.votesFor = nullToZero(request.votesFor());
            item.votesAgainst = nullToZero(request.votesAgainst());
            item.abstentions = nullToZero(request.abstentions());
        } else {
            item.votesByName = null;
            item.votesFor = null;
            item.votesAgainst = null;
            item.abstentions = null;
        }
        if (item.votesFor != null && item.votesFor + item.votesAgainst + item.abstentions > q.present()) {
            throw ProblemException.unprocessable("votes-exceed-attendance", (item.votesFor + item.votesAgainst + item.abstentions)
                    + " votes were given but only " + q.present() + " members are present.");
        }
        if (request.result() != DecisionResult.POSTPONED && item.votesFor == null) {
            throw ProblemException.invalidField("votesFor", "An adopted or rejected item needs its vote (totals or by name)");
        }
    }

    private static int count(List<NamedVote> votes, NamedVote.VoteChoice choice) {
        return (int) votes.stream().filter(v -> v.choice() == choice).count();
    }

    private static int nullToZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static AssemblySession lock(UUID sessionId) {
        AssemblySession session = AssemblySession.findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw ProblemException.notFound("Session", sessionId);
        }
        return session;
    }

    private static void requireInSessionOrClosed(AssemblySession session) {
        if (session.status != SessionStatus.IN_SESSION && session.status != SessionStatus.CLOSED) {
            throw ProblemException.conflict("Attendance and decisions are recorded while the session is in session or closed"
                    + " (before its minutes are published); it is " + session.status.code() + ".");
        }
    }

    private static java.util.stream.Stream<AgendaItemView> flatten(AgendaItemView view) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(view), view.children().stream().flatMap(SessionRecordService::flatten));
    }
}
