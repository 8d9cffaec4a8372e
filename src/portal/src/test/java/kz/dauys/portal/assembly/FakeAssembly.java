package kz.dauys.portal.assembly;

import jakarta.ws.rs.WebApplicationException;
import kz.dauys.contract.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The assembly service for the narrow page tests: canned answers, every call recorded, an optional refusal. */
class FakeAssembly implements AssemblyClient {

    static final UUID BODY_ID = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000001");
    static final UUID SESSION_ID = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000002");
    static final UUID ITEM_ID = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000003");
    static final UUID PROPOSAL_ID = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000004");

    final List<String> calls = new ArrayList<>();
    Object lastBody;
    WebApplicationException refuseNextWrite;
    String sessionStatus = "planned";
    boolean following;

    private void write(String call, Object body) {
        calls.add(call);
        lastBody = body;
        if (refuseNextWrite != null) {
            WebApplicationException e = refuseNextWrite;
            refuseNextWrite = null;
            throw e;
        }
    }

    Body theBody() {
        return new Body(BODY_ID, "MASLIKHAT", "KZ-75", new LocalizedText("Алматы", "Алматы", "Almaty"), null,
                new LocalizedText("Алматы қалалық мәслихаты", "Маслихат города Алматы", "Almaty City Maslikhat"), 39,
                "official.almaty", List.of());
    }

    @Override
    public List<Body> bodies(String territory) {
        calls.add("bodies");
        return List.of(theBody());
    }

    @Override
    public Body body(UUID id) {
        return theBody();
    }

    Session theSession() {
        AgendaItem child = new AgendaItem(UUID.randomUUID(), "1.1", ITEM_ID, 0, LocalizedText.of("Report of the akimat"), null,
                20, "Deputy akim", List.of(), null, null, null, List.of());
        AgendaItem top = new AgendaItem(ITEM_ID, "1", null, 0, LocalizedText.of("Budget of the city for 2027"), null, 60,
                "Head of finance", List.of(), null, null,
                "in_session".equals(sessionStatus) ? null
                        : new Decision("ADOPTED", LocalizedText.of("Adopted as proposed"), 30, 2, 1, List.of(), Instant.now()),
                List.of(child));
        return new Session(SESSION_ID, BODY_ID, theBody().name(), LocalizedText.of("Ninth session"), LocalDate.of(2026, 12, 20),
                LocalTime.of(10, 0), 180, null, null, "Abai Square 4", null, sessionStatus, null, LocalDate.of(2026, 12, 10),
                new Quorum(39, 33, 26, true), List.of(), List.of(top), false);
    }

    @Override
    public Page<Session> sessions(UUID bodyId, int page, int size) {
        return new Page<>(List.of(theSession()), page, size, 1);
    }

    @Override
    public Session planSession(UUID bodyId, SessionPlan plan) {
        write("planSession", plan);
        return theSession();
    }

    @Override
    public Session session(UUID id) {
        return theSession();
    }

    @Override
    public Session transition(UUID id, Transition transition) {
        write("transition:" + transition.to(), transition);
        return theSession();
    }

    @Override
    public AgendaItem addItem(UUID sessionId, NewItem item) {
        write("addItem", item);
        return null;
    }

    @Override
    public void removeItem(UUID sessionId, UUID itemId) {
        write("removeItem", itemId);
    }

    @Override
    public AgendaItem changeItem(UUID sessionId, UUID itemId, ItemChange item) {
        calls.add("changeItem");
        return theSession().agenda().get(0);
    }

    @Override
    public List<AgendaItem> reorder(UUID sessionId, Reorder order) {
        calls.add("reorder");
        return theSession().agenda();
    }

    @Override
    public Proposal accept(UUID proposalId, Accept accept) {
        calls.add("accept");
        return proposal(proposalId);
    }

    @Override
    public Proposal decline(UUID proposalId, Decline decline) {
        calls.add("decline");
        return proposal(proposalId);
    }

    @Override
    public Session attendance(UUID sessionId, Attendance attendance) {
        write("attendance", attendance);
        return theSession();
    }

    @Override
    public AgendaItem decide(UUID sessionId, UUID itemId, NewDecision decision) {
        write("decide:" + decision.result(), decision);
        return null;
    }

    @Override
    public Minutes minutes(UUID sessionId) {
        return new Minutes(SESSION_ID, BODY_ID, theBody().name(), LocalizedText.of("Ninth session"), null, "Abai Square 4",
                new MinutesAttendance(39, 33, 26, true, List.of()),
                List.of(new MinutesItem("1", LocalizedText.of("Budget of the city for 2027"), null, "ADOPTED",
                        LocalizedText.of("Adopted as proposed"), 30, 2, 1, List.of())), Instant.now());
    }

    Proposal theProposal() {
        return new Proposal(PROPOSAL_ID, BODY_ID, theBody().name(), "RESIDENT", LocalizedText.of("Light the Sairan embankment"),
                LocalizedText.of("The embankment is dark after 19:00."), "Daniyar S.", "collecting", 12, 50, null, null, null,
                null, Instant.now(), false, false);
    }

    @Override
    public Page<Proposal> proposals(UUID bodyId, int page, int size) {
        return new Page<>(List.of(theProposal()), page, size, 1);
    }

    @Override
    public Proposal propose(UUID bodyId, NewProposal proposal) {
        write("propose", proposal);
        return theProposal();
    }

    @Override
    public Proposal proposal(UUID id) {
        return theProposal();
    }

    @Override
    public Proposal cosponsor(UUID id) {
        write("cosponsor", id);
        return theProposal();
    }

    @Override
    public Page<Cosponsor> cosponsors(UUID id, int page, int size) {
        return new Page<>(List.of(new Cosponsor("Olga K.", Instant.now())), page, size, 1);
    }

    @Override
    public List<Followed> followed() {
        calls.add("followed");
        return following ? List.of(new Followed(theBody(), List.of())) : List.of();
    }

    @Override
    public void follow(UUID bodyId) {
        write("follow", bodyId);
    }

    @Override
    public void unfollow(UUID bodyId) {
        write("unfollow", bodyId);
    }
}
