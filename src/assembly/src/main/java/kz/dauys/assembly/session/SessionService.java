package kz.dauys.assembly.session;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import kz.dauys.assembly.AssemblyConfig;
import kz.dauys.assembly.agenda.AgendaItem;
import kz.dauys.assembly.agenda.AgendaRules;
import kz.dauys.assembly.agenda.AgendaTree;
import kz.dauys.assembly.body.AssemblyAccess;
import kz.dauys.assembly.body.Body;
import kz.dauys.assembly.common.Texts;
import kz.dauys.assembly.record.MinutesWriter;
import kz.dauys.platform.paging.PageView;
import kz.dauys.platform.paging.Paging;
import kz.dauys.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Plans sessions and moves them through their lifecycle. */
@ApplicationScoped
public class SessionService {

    private final AssemblyAccess access;
    private final NoticePeriod notice;
    private final QuorumRule quorum;
    private final MinutesWriter minutes;
    private final Clock clock;
    private final ZoneId zone;

    SessionService(AssemblyAccess access, NoticePeriod notice, QuorumRule quorum, MinutesWriter minutes, Clock clock,
                   AssemblyConfig config) {
        this.access = access;
        this.notice = notice;
        this.quorum = quorum;
        this.minutes = minutes;
        this.clock = clock;
        this.zone = config.zone();
    }

    @Transactional
    public SessionView create(UUID bodyId, SessionRequest request) {
        Body body = Body.require(bodyId);
        access.requireSecretaryOf(body);
        AssemblySession session = new AssemblySession();
        session.id = UUID.randomUUID();
        session.bodyId = body.id;
        session.status = SessionStatus.PLANNED;
        session.createdAt = Instant.now();
        apply(session, request);
        session.persist();
        return view(session, body, true);
    }

    @Transactional
    public SessionView update(UUID sessionId, SessionRequest request) {
        AssemblySession session = lock(sessionId);
        Body body = Body.require(session.bodyId);
        access.requireSecretaryOf(body);
        if (session.status != SessionStatus.PLANNED) {
            throw ProblemException.conflict("Only a planned session can be changed; this one is " + session.status.code() + ".");
        }
        apply(session, request);
        AgendaRules.requireDurationsFit(new AgendaTree(AgendaItem.ofSession(session.id)), session.plannedMinutes);
        return view(session, body, true);
    }

    /**
     * Moves a session to {@code to}, which must be its next status: publishing the agenda checks the
     * notice period, publishing the minutes needs attendance and a result for every item.
     */
    @Transactional
    public SessionView transition(UUID sessionId, SessionStatus to) {
        AssemblySession session = lock(sessionId);
        Body body = Body.require(session.bodyId);
        access.requireSecretaryOf(body);
        if (session.status.next() != to) {
            throw new ProblemException(409, "invalid-transition", "Conflicts with the current state",
                    "A session that is " + session.status.code() + " can "
                            + (session.status.next() == null ? "not change any more" : "only move to " + session.status.next().code())
                            + ", not to " + to.code() + ".");
        }
        Instant now = Instant.now(clock);
        switch (to) {
            case AGENDA_PUBLISHED -> publishAgenda(session);
            case IN_SESSION -> session.openedAt = now;
            case CLOSED -> session.closedAt = now;
            case MINUTES_PUBLISHED -> minutes.publish(session, body);
            case PLANNED -> throw new IllegalStateException("nothing moves back to planned");
        }
        session.status = to;
        return view(session, body, true);
    }

    public SessionView get(UUID sessionId) {
        AssemblySession session = AssemblySession.require(sessionId);
        Body body = Body.require(session.bodyId);
        boolean secretary = access.isSecretaryOf(body);
        if (!session.status.isPublic() && !secretary) {
            throw ProblemException.notFound("Session", sessionId);
        }
        return view(session, body, secretary);
    }

    /** A body's sessions from {@code from} on (default: all), oldest first; planned ones only for the secretary. */
    public PageView<SessionView> list(UUID bodyId, LocalDate from, LocalDate to, Paging paging) {
        Body body = Body.require(bodyId);
        boolean secretary = access.isSecretaryOf(body);
        String query = "bodyId = ?1 and date >= ?2 and date <= ?3" + (secretary ? "" : " and status <> ?4")
                + " order by date, startTime";
        Object[] params = secretary
                ? new Object[] {body.id, from == null ? LocalDate.of(1990, 1, 1) : from, to == null ? LocalDate.of(9999, 12, 31) : to}
                : new Object[] {body.id, from == null ? LocalDate.of(1990, 1, 1) : from, to == null ? LocalDate.of(9999, 12, 31) : to, SessionStatus.PLANNED};
        var found = AssemblySession.<AssemblySession>find(query, params).page(Page.of(paging.page(), paging.size()));
        List<SessionView> items = found.list().stream().map(s -> view(s, body, secretary)).toList();
        return new PageView<>(items, paging.page(), paging.size(), found.count());
    }

    public SessionView view(AssemblySession session, Body body, boolean secretary) {
        boolean agendaVisible = secretary || session.status.isPublic();
        return new SessionView(session.id, body.id, body.name, session.title, session.date, session.startTime,
                session.plannedMinutes, session.startsAt().atZone(zone).toOffsetDateTime(),
                session.endsAt().atZone(zone).toOffsetDateTime(), session.place, session.onlineUrl, session.status,
                session.agendaPublishedAt, notice.latestPublicationDate(session.date),
                quorum.of(body.seats, session.presentCount), session.presentMembers,
                agendaVisible ? new AgendaTree(AgendaItem.ofSession(session.id)).views() : List.of(),
                session.minutesPublishedAt != null);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void publishAgenda(AssemblySession session) {
        List<AgendaItem> agenda = AgendaItem.ofSession(session.id);
        if (agenda.isEmpty()) {
            throw ProblemException.unprocessable("agenda-empty", "An agenda needs at least one item before it is published.");
        }
        AgendaRules.requireDurationsFit(new AgendaTree(agenda), session.plannedMinutes);
        LocalDate today = today();
        if (!notice.allows(today, session.date)) {
            LocalDate earliest = notice.earliestSessionDate(today);
            throw new NoticePeriodException("The agenda must be published at least " + notice.describe()
                    + " before the session. The session on " + session.date + " is too soon: published today ("
                    + today + "), the session can be held on " + earliest + " or later; move the session to that date or later.",
                    earliest);
        }
        session.agendaPublishedAt = Instant.now(clock);
    }

    private void apply(AssemblySession session, SessionRequest request) {
        boolean noPlace = request.place() == null || request.place().isBlank();
        boolean noLink = request.onlineUrl() == null || request.onlineUrl().isBlank();
        if (noPlace && noLink) {
            throw ProblemException.invalidField("place", "A session needs a place, an online link or both");
        }
        if (request.date().isBefore(today())) {
            throw ProblemException.invalidField("date", "A session cannot be planned in the past");
        }
        session.title = Texts.required("title", request.title(), 300);
        session.date = request.date();
        session.startTime = request.startTime().withSecond(0).withNano(0);
        session.plannedMinutes = request.plannedMinutes();
        if (!session.startsAt().toLocalDate().equals(session.endsAt().toLocalDate())) {
            throw ProblemException.invalidField("plannedMinutes", "A session ends on the day it starts");
        }
        session.place = noPlace ? null : request.place().strip();
        session.onlineUrl = noLink ? null : request.onlineUrl().strip();
    }

    private static AssemblySession lock(UUID sessionId) {
        AssemblySession session = AssemblySession.findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw ProblemException.notFound("Session", sessionId);
        }
        return session;
    }
}
