package kz.dauys.assembly.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kz.dauys.assembly.AssemblyConfig;
import kz.dauys.assembly.agenda.AgendaItem;
import kz.dauys.assembly.agenda.AgendaTree;
import kz.dauys.assembly.body.Body;
import kz.dauys.assembly.session.AssemblySession;
import kz.dauys.assembly.session.QuorumRule;
import kz.dauys.assembly.session.SessionView;
import kz.dauys.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Freezes a closed session's record into its minutes (structured JSON and text). */
@ApplicationScoped
public class MinutesWriter {

    private final QuorumRule quorum;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final ZoneId zone;

    MinutesWriter(QuorumRule quorum, ObjectMapper objectMapper, Clock clock, AssemblyConfig config) {
        this.quorum = quorum;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.zone = config.zone();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(AssemblySession session, Body body) {
        if (session.presentCount == null) {
            throw ProblemException.unprocessable("attendance-missing", "Record the attendance before publishing the minutes.");
        }
        AgendaTree tree = new AgendaTree(AgendaItem.ofSession(session.id));
        List<String> undecided = tree.inReadingOrder().stream()
                .filter(n -> n.item().parentId == null && n.item().result == null)
                .map(AgendaTree.Numbered::order).toList();
        if (!undecided.isEmpty()) {
            throw ProblemException.unprocessable("decisions-missing", "Record a result (adopted, rejected or postponed) for item(s) "
                    + String.join(", ", undecided) + " before publishing the minutes.");
        }
        Instant now = Instant.now(clock);
        SessionView.Quorum q = quorum.of(body.seats, session.presentCount);
        List<Minutes.Item> items = tree.inReadingOrder().stream().map(n -> {
            AgendaItem i = n.item();
            return new Minutes.Item(n.order(), i.title, i.presenter, i.relatedKind, i.relatedId, i.result, i.decisionText,
                    i.votesFor, i.votesAgainst, i.abstentions, i.votesByName);
        }).toList();
        Minutes minutes = new Minutes(session.id, body.id, body.name, session.title,
                session.startsAt().atZone(zone).toOffsetDateTime(), session.endsAt().atZone(zone).toOffsetDateTime(),
                session.place, session.onlineUrl,
                new Minutes.Attendance(q.seats(), q.present(), q.required(), q.met(), session.presentMembers),
                items, now);
        try {
            session.minutes = objectMapper.writeValueAsString(minutes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Minutes cannot be serialized", e);
        }
        session.minutesText = MinutesText.render(minutes, "ru");
        session.minutesPublishedAt = now;
    }

    public Minutes read(AssemblySession session) {
        try {
            return objectMapper.readValue(session.minutes, Minutes.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored minutes of session " + session.id + " cannot be read", e);
        }
    }
}
