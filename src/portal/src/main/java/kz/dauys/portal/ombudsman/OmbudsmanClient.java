package kz.dauys.portal.ombudsman;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.contract.LocalizedText;
import kz.dauys.portal.web.UserToken;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The ombudsman service: residents' complaints and the staff's cases, called with the user's token. */
@RegisterRestClient(configKey = "ombudsman")
@RegisterProvider(UserToken.class)
@Path("/api/ombudsman")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface OmbudsmanClient {

    @GET
    @Path("/reference")
    Reference reference();

    // Residents

    @POST
    @Path("/complaints")
    ComplaintItem file(Complaint complaint, @HeaderParam("Idempotency-Key") String idempotencyKey,
                       @HeaderParam("Accept-Language") String language);

    @GET
    @Path("/complaints")
    ComplaintPage myComplaints(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/complaints/{id}")
    ComplaintView myComplaint(@PathParam("id") UUID id);

    @POST
    @Path("/complaints/{id}/messages")
    Message writeToOffice(@PathParam("id") UUID id, Text text);

    // Staff

    @GET
    @Path("/cases")
    QueuePage queue(@QueryParam("office") String office, @QueryParam("status") String status,
                    @QueryParam("urgency") String urgency, @QueryParam("dueBefore") LocalDate dueBefore,
                    @QueryParam("breached") Boolean breached, @QueryParam("includeFinished") boolean includeFinished,
                    @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/cases/{id}")
    StaffCase staffCase(@PathParam("id") UUID id);

    @GET
    @Path("/cases/{id}/triage-form")
    TriageForm triageForm(@PathParam("id") UUID id);

    @POST
    @Path("/cases/{id}/acknowledgement")
    QueueItem acknowledge(@PathParam("id") UUID id, Acknowledge acknowledge);

    @PUT
    @Path("/cases/{id}/triage")
    QueueItem triage(@PathParam("id") UUID id, Triage triage);

    @POST
    @Path("/cases/{id}/decision")
    QueueItem decide(@PathParam("id") UUID id, Decision decision);

    @POST
    @Path("/cases/{id}/assignment")
    QueueItem assign(@PathParam("id") UUID id, Assign assign);

    @POST
    @Path("/cases/{id}/extension")
    QueueItem extend(@PathParam("id") UUID id, Extend extension);

    @POST
    @Path("/cases/{id}/status")
    QueueItem move(@PathParam("id") UUID id, Move move);

    @POST
    @Path("/cases/{id}/body-answer")
    QueueItem bodyAnswer(@PathParam("id") UUID id, Text answer);

    @GET
    @Path("/offices/{code}/staff")
    List<StaffMember> staffOf(@PathParam("code") String office);

    @POST
    @Path("/cases/{id}/notes")
    Message note(@PathParam("id") UUID id, Text text);

    @POST
    @Path("/cases/{id}/messages")
    Message message(@PathParam("id") UUID id, Text text);

    @GET
    @Path("/statistics")
    Statistics statistics(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                          @QueryParam("office") String office, @QueryParam("granularity") String granularity);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reference(List<Option> offices, List<Option> categories) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Option(String code, LocalizedText name) {
    }

    record Complaint(Body body, String title, String whatHappened, LocalDate happenedOn, String alreadyTried,
                     String contactEmail, String contactPhone, String representedPerson, boolean representationConsent,
                     boolean consentToShare) {
    }

    record Body(String name, String territory, boolean central) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ComplaintItem(UUID id, String number, String status, String bodyName, String title, LocalDate receivedOn,
                         LocalDate decisionDueOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ComplaintPage(List<ComplaintItem> items, int page, int size, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StatusStep(String status, Instant at) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ComplaintView(UUID id, String number, String status, String bodyName, String title, String description,
                         LocalDate happenedOn, String alreadyTried, LocalDate receivedOn, LocalDate decisionDueOn,
                         String outcomeReasons, String redirectTo, String transferredTo, List<StatusStep> history,
                         List<Message> messages) {
    }

    /** A case message: {@code INTERNAL_NOTE} (staff only), {@code TO_COMPLAINANT}, {@code FROM_COMPLAINANT}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(UUID id, String kind, String authorName, String text, Instant createdAt) {

        public boolean isNote() {
            return "INTERNAL_NOTE".equals(kind);
        }
    }

    record Text(String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record QueueItem(UUID id, String number, String sourceKind, String status, String office, String proposedOffice,
                     String urgency, boolean urgent, String category, String bodyName, String bodyTerritory,
                     String assignee, LocalDate receivedOn, LocalDate nextDueOn, Integer workingDaysLeft,
                     List<String> breached) {

        public boolean isBreached() {
            return breached != null && !breached.isEmpty();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record QueuePage(List<QueueItem> items, int page, int size, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Complainant(String name, String email, String phone, String representedPerson, boolean representationConsent,
                       boolean consentToShare, String region, String language) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(boolean answer, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TimelineEntry(Instant at, String kind, String fromStatus, String toStatus, String actor, String detail) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Outcome(String reasons, String redirectTo, String transferredTo, String recommendation, String bodyAnswer,
                   String closingSummary) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Deadlines(LocalDate decisionDueOn, LocalDate extendedUntil, String extensionReason, LocalDate extendedOn,
                     LocalDate answerDueOn, LocalDate bodyAnsweredOn, LocalDate latestExtension) {
    }

    /** A staff member of an office who may be assigned a case (known once they have used the desk). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StaffMember(String username, String displayName, String office) {
    }

    record Assign(String assignee) {
    }

    record Extend(LocalDate until, String reason, String message) {
    }

    /** The next step of an accepted case: {@code inquiry}, {@code recommendation} or {@code closed} (text required for the two last). */
    record Move(String status, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StaffCase(QueueItem summary, String sourceId, String sourceLink, String title, String description,
                     LocalDate happenedOn, String alreadyTried, Complainant complainant, Outcome outcome,
                     Deadlines deadlines, List<String> allowedNext, List<TimelineEntry> timeline, List<Message> messages) {

        public List<Message> notes() {
            return messages == null ? List.of() : messages.stream().filter(Message::isNote).toList();
        }

        /** The steps of the handling after the decision that the service allows now (inquiry, recommendation, closed). */
        public List<String> nextSteps() {
            return allowedNext == null ? List.of() : allowedNext.stream().filter(OmbudsmanDeskPages.STEPS::contains).toList();
        }

        public boolean isFinished() {
            return allowedNext == null || allowedNext.isEmpty();
        }

        /** Whether the decision on admission is still pending (only then may its term be extended). */
        public boolean isUndecided() {
            return "received".equals(summary.status()) || "triage".equals(summary.status());
        }

        public boolean awaitsBodyAnswer() {
            return "recommendation".equals(summary.status()) && (deadlines == null || deadlines.bodyAnsweredOn() == null);
        }

        public List<Message> correspondence() {
            return messages == null ? List.of() : messages.stream().filter(m -> !m.isNote()).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChecklistItem(String code, LocalizedText question, Answer recorded) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TriageForm(UUID caseId, String number, String status, String proposedOffice, String office,
                      List<ChecklistItem> checklist, String category, List<Option> categories, String urgency,
                      List<String> urgencies, List<Option> offices, List<String> outcomes) {
    }

    record Acknowledge(String message) {
    }

    record Triage(Map<String, Answer> answers, String category, String urgency, String office) {
    }

    record Decision(String outcome, String reasons, String redirectTo, String transferredTo, String assignee,
                    String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Slice(String key, LocalizedText label, long count) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Performance(String kind, long onTime, long breached, long running) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PeriodPoint(LocalDate period, long received, long decided, long closed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Statistics(LocalDate from, LocalDate to, String office, long total, List<Slice> byStatus, List<Slice> byCategory,
                      List<Slice> byRegion, List<Performance> deadlinePerformance, String granularity,
                      List<PeriodPoint> perPeriod) {
    }
}
