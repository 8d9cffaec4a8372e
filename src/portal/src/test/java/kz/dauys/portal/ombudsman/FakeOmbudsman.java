package kz.dauys.portal.ombudsman;

import jakarta.ws.rs.WebApplicationException;
import kz.dauys.contract.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The ombudsman service as the narrow page tests need it: canned answers, every call recorded, and an
 * optional refusal for the next write. The real service is exercised by its own tests and the browser test.
 */
class FakeOmbudsman implements OmbudsmanClient {

    static final UUID CASE_ID = UUID.fromString("11111111-2222-3333-4444-555555555555");
    static final LocalizedText ALMATY = new LocalizedText("Алматы қаласы бойынша өкіл", "Представитель по городу Алматы",
            "Representative for Almaty");

    final List<String> calls = new ArrayList<>();
    Object lastBody;
    WebApplicationException refuseNextWrite;
    String status = "received";

    private void write(String call, Object body) {
        calls.add(call);
        lastBody = body;
        if (refuseNextWrite != null) {
            WebApplicationException e = refuseNextWrite;
            refuseNextWrite = null;
            throw e;
        }
    }

    @Override
    public Reference reference() {
        return new Reference(List.of(new Option("central", LocalizedText.of("Central office")), new Option("KZ-75", ALMATY)),
                List.of(new Option("housing", LocalizedText.of("Housing"))));
    }

    @Override
    public ComplaintItem file(Complaint complaint, String idempotencyKey, String language) {
        write("file:" + idempotencyKey, complaint);
        return new ComplaintItem(CASE_ID, "OMB-2026-000001", "received", complaint.body().name(), complaint.title(),
                LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 16));
    }

    @Override
    public ComplaintPage myComplaints(int page, int size) {
        calls.add("myComplaints");
        return new ComplaintPage(List.of(new ComplaintItem(CASE_ID, "OMB-2026-000001", status, "Bostandyk akimat",
                "Ramp removed at the clinic", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 11))), page, size, 1);
    }

    @Override
    public ComplaintView myComplaint(UUID id) {
        calls.add("myComplaint");
        return new ComplaintView(id, "OMB-2026-000001", status, "Bostandyk akimat", "Ramp removed at the clinic",
                "The wheelchair ramp at clinic No. 5 was removed in October.", LocalDate.of(2026, 10, 1), "Wrote to the akimat",
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 11), null, null, null,
                List.of(new StatusStep("received", Instant.parse("2026-11-20T05:00:00Z"))),
                List.of(new Message(UUID.randomUUID(), "TO_COMPLAINANT", "Office", "We have received your complaint.",
                        Instant.parse("2026-11-21T05:00:00Z"))));
    }

    @Override
    public Message writeToOffice(UUID id, Text text) {
        write("writeToOffice", text);
        return new Message(UUID.randomUUID(), "FROM_COMPLAINANT", "me", text.text(), Instant.now());
    }

    QueueItem row(boolean breached) {
        return new QueueItem(CASE_ID, "OMB-2026-000001", "COMPLAINT", status, "KZ-75", "KZ-75", "STANDARD", false, null,
                "Bostandyk akimat", "KZ-75-BOSTANDYK", null, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 24),
                breached ? 0 : 3, breached ? List.of("ACKNOWLEDGEMENT") : List.of());
    }

    @Override
    public QueuePage queue(String office, String status, String urgency, LocalDate dueBefore, Boolean breached,
                           boolean includeFinished, int page, int size) {
        calls.add("queue office=" + office + " status=" + status + " urgency=" + urgency + " dueBefore=" + dueBefore
                + " breached=" + breached);
        return new QueuePage(List.of(row(true)), page, size, 1);
    }

    @Override
    public StaffCase staffCase(UUID id) {
        calls.add("staffCase");
        return new StaffCase(row(true), null, null, "Ramp removed at the clinic",
                "The wheelchair ramp at clinic No. 5 was removed in October.", LocalDate.of(2026, 10, 1), "Wrote to the akimat",
                new Complainant("Aigerim Nurlanovna", null, null, null, false, true, "KZ-75", "en"), null, null,
                List.of("triage"), List.of(new TimelineEntry(Instant.parse("2026-11-20T05:00:00Z"), "RECEIVED", null, "received", null, null)),
                List.of(new Message(UUID.randomUUID(), "INTERNAL_NOTE", "ombudsman.almaty", "Check the building permit first.",
                                Instant.parse("2026-11-21T05:00:00Z")),
                        new Message(UUID.randomUUID(), "FROM_COMPLAINANT", "Aigerim", "Any news?", Instant.parse("2026-11-22T05:00:00Z"))));
    }

    @Override
    public TriageForm triageForm(UUID id) {
        calls.add("triageForm");
        return new TriageForm(id, "OMB-2026-000001", status, "KZ-75", "KZ-75",
                List.of(new ChecklistItem("within_mandate", LocalizedText.of("Is it within the mandate?"), null),
                        new ChecklistItem("not_in_court", LocalizedText.of("Is it not before a court?"), null)),
                null, List.of(new Option("housing", LocalizedText.of("Housing")), new Option("disability", LocalizedText.of("Disability"))),
                "STANDARD", List.of("LIFE_OR_HEALTH", "DETENTION", "CHILDREN", "STANDARD"),
                List.of(new Option("central", LocalizedText.of("Central office")), new Option("KZ-75", ALMATY)),
                List.of("ACCEPTED", "INADMISSIBLE", "TRANSFERRED"));
    }

    @Override
    public QueueItem acknowledge(UUID id, Acknowledge acknowledge) {
        write("acknowledge", acknowledge);
        status = "triage";
        return row(false);
    }

    @Override
    public QueueItem triage(UUID id, Triage triage) {
        write("triage", triage);
        return row(false);
    }

    @Override
    public QueueItem decide(UUID id, Decision decision) {
        write("decide:" + decision.outcome(), decision);
        return row(false);
    }

    @Override
    public QueueItem assign(UUID id, Assign assign) {
        write("assign:" + assign.assignee(), assign);
        return row(false);
    }

    @Override
    public QueueItem extend(UUID id, Extend extension) {
        write("extend:" + extension.until(), extension);
        return row(false);
    }

    @Override
    public QueueItem move(UUID id, Move move) {
        write("move:" + move.status(), move);
        return row(false);
    }

    @Override
    public QueueItem bodyAnswer(UUID id, Text answer) {
        write("bodyAnswer", answer);
        return row(false);
    }

    @Override
    public List<StaffMember> staffOf(String office) {
        calls.add("staffOf " + office);
        return List.of(new StaffMember("ombudsman.almaty", "Almaty Staff", office));
    }

    @Override
    public Message note(UUID id, Text text) {
        write("note", text);
        return null;
    }

    @Override
    public Message message(UUID id, Text text) {
        write("message", text);
        return null;
    }

    @Override
    public Statistics statistics(LocalDate from, LocalDate to, String office, String granularity) {
        calls.add("statistics " + from + " " + to + " " + office);
        return new Statistics(from, to, office, 7,
                List.of(new Slice("received", LocalizedText.of("Received"), 4), new Slice("accepted", LocalizedText.of("Accepted"), 3)),
                List.of(new Slice("housing", LocalizedText.of("Housing"), 5), new Slice("disability", LocalizedText.of("Disability"), 2)),
                List.of(new Slice("KZ-75", ALMATY, 7)),
                List.of(new Performance("ACKNOWLEDGEMENT", 5, 2, 0), new Performance("DECISION", 3, 0, 4)), "MONTH",
                List.of(new PeriodPoint(LocalDate.of(2026, 10, 1), 3, 1, 0), new PeriodPoint(LocalDate.of(2026, 11, 1), 4, 2, 1)));
    }
}
