package kz.dauys.assembly.opendata;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.assembly.AssemblyConfig;
import kz.dauys.assembly.agenda.AgendaItem;
import kz.dauys.assembly.agenda.AgendaTree;
import kz.dauys.assembly.agenda.DecisionResult;
import kz.dauys.assembly.agenda.NamedVote;
import kz.dauys.assembly.agenda.RelatedKind;
import kz.dauys.assembly.body.Body;
import kz.dauys.assembly.session.AssemblySession;
import kz.dauys.assembly.session.QuorumRule;
import kz.dauys.assembly.session.SessionStatus;
import kz.dauys.assembly.session.SessionView;
import kz.dauys.contract.LocalizedText;
import kz.dauys.platform.paging.PageView;
import kz.dauys.platform.paging.Paging;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Public sessions as an iCalendar feed and as Open Civic Data events. No personal data beyond members' names. */
@ApplicationScoped
public class OpenDataService {

    private final QuorumRule quorum;
    private final Clock clock;
    private final ZoneId zone;
    private final String portal;

    OpenDataService(QuorumRule quorum, Clock clock, AssemblyConfig config,
                    @ConfigProperty(name = "dauys.portal.base-url") String portal) {
        this.quorum = quorum;
        this.clock = clock;
        this.zone = config.zone();
        this.portal = portal.endsWith("/") ? portal.substring(0, portal.length() - 1) : portal;
    }

    public String calendar(UUID bodyId, String lang) {
        Body body = Body.require(bodyId);
        List<AssemblySession> sessions = AssemblySession.list("bodyId = ?1 and status <> ?2 order by date, startTime",
                body.id, SessionStatus.PLANNED);
        Instant now = Instant.now(clock);
        ICalendar ics = new ICalendar()
                .begin("VCALENDAR")
                .raw("VERSION", "2.0")
                .text("PRODID", "-//Dauys//Assembly sessions//" + lang.toUpperCase())
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", body.name.in(lang))
                .text("X-WR-TIMEZONE", zone.getId());
        for (AssemblySession session : sessions) {
            AgendaTree tree = new AgendaTree(AgendaItem.ofSession(session.id));
            StringBuilder description = new StringBuilder();
            for (AgendaTree.Numbered n : tree.inReadingOrder()) {
                description.append(n.order()).append(". ").append(n.item().title.in(lang)).append('\n');
            }
            ics.begin("VEVENT")
                    .text("UID", session.id + "@assembly.dauys.kz")
                    .utc("DTSTAMP", now)
                    .utc("DTSTART", session.startsAt().atZone(zone).toInstant())
                    .utc("DTEND", session.endsAt().atZone(zone).toInstant())
                    .text("SUMMARY", body.name.in(lang) + ": " + session.title.in(lang))
                    .text("DESCRIPTION", description.toString().strip());
            if (session.place != null) {
                ics.text("LOCATION", session.place);
            }
            ics.raw("URL", session.onlineUrl != null ? session.onlineUrl : sessionPage(session))
                    .raw("STATUS", "CONFIRMED")
                    .raw("SEQUENCE", Long.toString(session.version))
                    .end("VEVENT");
        }
        return ics.end("VCALENDAR").toString();
    }

    public OcdEvent event(UUID sessionId, String lang) {
        AssemblySession session = AssemblySession.require(sessionId);
        if (!session.status.isPublic()) {
            throw ProblemException.notFound("Session", sessionId);
        }
        return event(session, Body.require(session.bodyId), lang);
    }

    public PageView<OcdEvent> events(UUID bodyId, String lang, Paging paging) {
        Body body = Body.require(bodyId);
        var query = AssemblySession.<AssemblySession>find("bodyId = ?1 and status <> ?2 order by date, startTime",
                body.id, SessionStatus.PLANNED).page(Page.of(paging.page(), paging.size()));
        return new PageView<>(query.list().stream().map(s -> event(s, body, lang)).toList(), paging.page(), paging.size(),
                query.count());
    }

    private OcdEvent event(AssemblySession session, Body body, String lang) {
        AgendaTree tree = new AgendaTree(AgendaItem.ofSession(session.id));
        List<OcdEvent.AgendaEntry> agenda = new ArrayList<>();
        List<OcdEvent.Vote> votes = new ArrayList<>();
        for (AgendaTree.Numbered n : tree.inReadingOrder()) {
            AgendaItem item = n.item();
            List<OcdEvent.RelatedEntity> related = item.relatedKind == null ? List.of()
                    : List.of(new OcdEvent.RelatedEntity(entityType(item.relatedKind), item.relatedId, null));
            agenda.add(new OcdEvent.AgendaEntry(n.order(), item.title.in(lang), List.of(),
                    item.description == null ? List.of() : List.of(item.description.in(lang)), related,
                    item.durationMinutes, item.presenter,
                    item.documents.stream().map(d -> new OcdEvent.Link(d.title(), d.url())).toList()));
            if (item.result != null) {
                List<OcdEvent.Count> counts = item.votesFor == null ? List.of() : List.of(
                        new OcdEvent.Count("yes", item.votesFor), new OcdEvent.Count("no", item.votesAgainst),
                        new OcdEvent.Count("abstain", item.abstentions));
                List<OcdEvent.PersonVote> byName = item.votesByName == null ? List.of()
                        : item.votesByName.stream().map(v -> new OcdEvent.PersonVote(option(v.choice()), v.member())).toList();
                votes.add(new OcdEvent.Vote(n.order(), text(item.decisionText, lang), result(item.result), counts, byName));
            }
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("dauys_status", session.status.code());
        extras.put("body_id", body.id.toString());
        extras.put("territory", body.territoryCode);
        SessionView.Quorum q = quorum.of(body.seats, session.presentCount);
        extras.put("quorum", q);
        extras.put("members_present", session.presentMembers);
        return new OcdEvent("event", "ocd-event/" + session.id, session.title.in(lang), body.name.in(lang), "session",
                session.startsAt().atZone(zone).toOffsetDateTime(), session.endsAt().atZone(zone).toOffsetDateTime(),
                zone.getId(), false, status(session.status),
                new OcdEvent.Location(session.place != null ? session.place : "online", session.onlineUrl, null),
                List.of(new OcdEvent.Participant(body.name.in(lang), "organization", "dauys-body/" + body.id, "host")),
                List.of(new OcdEvent.Link("portal", sessionPage(session))),
                List.of(new OcdEvent.Link("Dauys assembly API", "/api/opendata/events/" + session.id)),
                agenda, votes, extras);
    }

    private String sessionPage(AssemblySession session) {
        return portal + "/assembly/sessions/" + session.id;
    }


    private static String text(LocalizedText text, String lang) {
        return text == null ? null : text.in(lang);
    }

    private static String status(SessionStatus status) {
        return switch (status) {
            case PLANNED -> "tentative";
            case AGENDA_PUBLISHED, IN_SESSION -> "confirmed";
            case CLOSED, MINUTES_PUBLISHED -> "passed";
        };
    }

    private static String entityType(RelatedKind kind) {
        return switch (kind) {
            case PETITION -> "petition";
            case BUDGET_CYCLE -> "budget_cycle";
            case RESIDENT_PROPOSAL -> "resident_proposal";
        };
    }

    private static String result(DecisionResult result) {
        return switch (result) {
            case ADOPTED -> "pass";
            case REJECTED -> "fail";
            case POSTPONED -> "postponed";
        };
    }

    private static String option(NamedVote.VoteChoice choice) {
        return switch (choice) {
            case FOR -> "yes";
            case AGAINST -> "no";
            case ABSTAIN -> "abstain";
        };
    }
}
