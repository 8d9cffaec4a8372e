package kz.dauys.ombudsman.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dauys.contract.LocalizedText;
import kz.dauys.ombudsman.cases.CaseCommands;
import kz.dauys.ombudsman.cases.CaseQueue;
import kz.dauys.ombudsman.cases.CaseStatus;
import kz.dauys.ombudsman.cases.CaseViews;
import kz.dauys.ombudsman.cases.CaseWorkflow;
import kz.dauys.ombudsman.cases.ChecklistAnswer;
import kz.dauys.ombudsman.cases.OmbudsmanCase;
import kz.dauys.ombudsman.cases.SourceKind;
import kz.dauys.ombudsman.cases.Urgency;
import kz.dauys.ombudsman.office.Office;
import kz.dauys.ombudsman.office.StaffDirectory;
import kz.dauys.ombudsman.office.StaffViewer;
import kz.dauys.ombudsman.privacy.AccessLog;
import kz.dauys.ombudsman.triage.AdmissibilityQuestion;
import kz.dauys.ombudsman.triage.RightsCategory;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The staff side: queue, case view, triage and every step of handling. Staff of the case's office and central administrators only. */
@Path("/api/ombudsman/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OMBUDSMAN_STAFF, Roles.ADMIN})
@Tag(name = "Cases (staff)")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not ombudsman staff")
public class CaseResource {

    private final StaffDirectory staff;
    private final CaseQueue queue;
    private final CaseViews views;
    private final CaseWorkflow workflow;
    private final AccessLog accessLog;

    CaseResource(StaffDirectory staff, CaseQueue queue, CaseViews views, CaseWorkflow workflow, AccessLog accessLog) {
        this.staff = staff;
        this.queue = queue;
        this.views = views;
        this.workflow = workflow;
        this.accessLog = accessLog;
    }

    @GET
    @Operation(summary = "The queue: cases of the caller's office (all offices for central administrators), urgent first, then by next deadline",
            description = "Without status, final cases (closed, inadmissible, transferred) are left out unless includeFinished=true. "
                    + "Rows carry no complaint text; open a case to read it (recorded).")
    @APIResponse(responseCode = "200", description = "A page of the queue")
    public CaseQueue.Page queue(@QueryParam("office") String office,
                                @QueryParam("status") List<String> statuses,
                                @QueryParam("urgency") Urgency urgency,
                                @QueryParam("urgent") Boolean urgent,
                                @QueryParam("dueBefore") LocalDate dueBefore,
                                @QueryParam("breached") Boolean breached,
                                @QueryParam("assignee") String assignee,
                                @QueryParam("sourceKind") SourceKind sourceKind,
                                @QueryParam("category") String category,
                                @QueryParam("includeFinished") @DefaultValue("false") boolean includeFinished,
                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        StaffViewer viewer = staff.currentStaff();
        if (office != null && (Office.findById(office) == null || !viewer.canSee(office))) {
            throw ProblemException.invalidField("office", "Not an office you can see: " + office);
        }
        List<CaseStatus> parsed = statuses == null ? List.of() : statuses.stream()
                .flatMap(s -> Arrays.stream(s.split(","))).filter(s -> !s.isBlank()).map(CaseResource::status).toList();
        return queue.list(viewer, new CaseQueue.Filter(office, parsed, urgency, urgent, dueBefore, breached, assignee,
                sourceKind, category, includeFinished), page, size);
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "The full case, with texts, triage, deadlines, timeline, notes and messages; the read is recorded")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case in the caller's scope")
    public CaseViews.StaffCaseView get(@PathParam("id") UUID id) {
        StaffViewer viewer = staff.currentStaff();
        OmbudsmanCase c = CaseWorkflow.visibleCase(viewer, id);
        accessLog.staffRead(c.id, viewer);
        return views.staffView(c);
    }

    public record ChecklistItem(String code, LocalizedText question, ChecklistAnswer recorded) {
    }

    public record Option(String code, LocalizedText name) {
    }

    public record TriageForm(UUID caseId, String number, CaseStatus status, String proposedOffice, String office,
                             List<ChecklistItem> checklist, String category, List<Option> categories, Urgency urgency,
                             List<Urgency> urgencies, List<Option> offices, List<CaseCommands.Outcome> outcomes) {
    }

    @GET
    @Path("/{id}/triage-form")
    @Operation(summary = "Everything the triage form needs: checklist with recorded answers, categories, urgencies, the proposed office and the offices the caller may choose")
    @APIResponse(responseCode = "200", description = "The triage form data")
    @APIResponse(responseCode = "404", description = "No such case in the caller's scope")
    public TriageForm triageForm(@PathParam("id") UUID id) {
        StaffViewer viewer = staff.currentStaff();
        OmbudsmanCase c = CaseWorkflow.visibleCase(viewer, id);
        List<ChecklistItem> checklist = AdmissibilityQuestion.ordered().stream()
                .map(q -> new ChecklistItem(q.code, q.question(), c.triageAnswers == null ? null : c.triageAnswers.get(q.code)))
                .toList();
        List<Option> offices = Office.listOrdered().stream()
                .filter(o -> viewer.central() || o.isCentral() || o.code.equals(c.officeCode))
                .map(o -> new Option(o.code, o.name())).toList();
        return new TriageForm(c.id, c.number, c.status, c.proposedOfficeCode, c.officeCode, checklist, c.categoryCode,
                RightsCategory.ordered().stream().map(r -> new Option(r.code, r.name())).toList(), c.urgency,
                List.of(Urgency.values()), offices, List.of(CaseCommands.Outcome.values()));
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Operation(summary = "Acknowledge receipt: received -> triage; the complainant is told")
    @APIResponse(responseCode = "200", description = "The case row after the step")
    @APIResponse(responseCode = "422", description = "Not a received case")
    public CaseViews.QueueItem acknowledge(@PathParam("id") UUID id,
                                           @RequestBody(required = false, description = "An optional message to the complainant")
                                           @Valid CaseCommands.Acknowledge command) {
        return views.queueItem(workflow.acknowledge(staff.currentStaff(), id, command));
    }

    @PUT
    @Path("/{id}/triage")
    @Operation(summary = "Record the admissibility checklist, category of rights, urgency and the confirmed office")
    @APIResponse(responseCode = "200", description = "The case row after the step")
    @APIResponse(responseCode = "400", description = "Missing answers, unknown category or office")
    @APIResponse(responseCode = "422", description = "The case is not in triage")
    public CaseViews.QueueItem triage(@PathParam("id") UUID id, @Valid @NotNull CaseCommands.Triage form) {
        return views.queueItem(workflow.recordTriage(staff.currentStaff(), id, form));
    }

    @POST
    @Path("/{id}/decision")
    @Operation(summary = "Decide after triage: accepted (and assigned), inadmissible (reasons, where to turn) or transferred")
    @APIResponse(responseCode = "200", description = "The case row after the step")
    @APIResponse(responseCode = "422", description = "Triage missing, checklist failed for admission, or wrong status")
    public CaseViews.QueueItem decide(@PathParam("id") UUID id, @Valid @NotNull CaseCommands.Decide decision) {
        return views.queueItem(workflow.decide(staff.currentStaff(), id, decision));
    }

    @POST
    @Path("/{id}/assignment")
    @Operation(summary = "Assign the case to a staff member of its office")
    @APIResponse(responseCode = "200", description = "The case row after the step")
    public CaseViews.QueueItem assign(@PathParam("id") UUID id, @Valid @NotNull CaseCommands.Assign command) {
        return views.queueItem(workflow.assign(staff.currentStaff(), id, command));
    }

    @POST
    @Path("/{id}/extension")
    @Operation(summary = "Extend the decision term (reason recorded, complainant told at once), up to the configured maximum")
    @APIResponse(responseCode = "200", description = "The case row after the step")
    public CaseViews.QueueItem extend(@PathParam("id") UUID id, @Valid @NotNull CaseCommands.Extend command) {
        return views.queueItem(workflow.extend(staff.currentStaff(), id, command));
    }

    @POST
    @Path("/{id}/status")
    @Operation(summary = "Move an accepted case on: inquiry; recommendation (text = the recommendation); closed (text = summary)")
    @APIResponse(responseCode = "200", description = "The case row after the step")
    @APIResponse(responseCode = "422", description = "The lifecycle does not allow this step")
    public CaseViews.QueueItem advance(@PathParam("id") UUID id, @Valid @NotNull CaseCommands.Move command) {
        return views.queueItem(workflow.advance(staff.currentStaff(), id, command));
    }

    @POST
    @Path("/{id}/body-answer")
    @Operation(summary = "Record the body's answer to the recommendation")
    @APIResponse(responseCode = "200", description = "The case row after the step")
    public CaseViews.QueueItem bodyAnswer(@PathParam("id") UUID id, @Valid @NotNull CaseCommands.Text answer) {
        return views.queueItem(workflow.recordBodyAnswer(staff.currentStaff(), id, answer));
    }

    @POST
    @Path("/{id}/notes")
    @Operation(summary = "Add an internal note (never shown to the complainant)")
    @APIResponse(responseCode = "201", description = "The note")
    public Response addNote(@PathParam("id") UUID id, @Valid @NotNull CaseCommands.Text note) {
        return Response.status(201).entity(CaseViews.message(workflow.addNote(staff.currentStaff(), id, note))).build();
    }

    @POST
    @Path("/{id}/messages")
    @Operation(summary = "Write to the complainant")
    @APIResponse(responseCode = "201", description = "The message")
    @APIResponse(responseCode = "422", description = "A referral has no complainant")
    public Response message(@PathParam("id") UUID id, @Valid @NotNull CaseCommands.Text message) {
        return Response.status(201).entity(CaseViews.message(workflow.messageComplainant(staff.currentStaff(), id, message))).build();
    }

    @GET
    @Path("/{id}/access-log")
    @Operation(summary = "Who read this case and when (central administrators only)")
    @APIResponse(responseCode = "200", description = "The reads, newest first")
    public List<AccessLog.Entry> accessLog(@PathParam("id") UUID id) {
        StaffViewer viewer = staff.currentCentralAdministrator();
        CaseWorkflow.visibleCase(viewer, id);
        return accessLog.ofCase(id);
    }

    private static CaseStatus status(String code) {
        try {
            return CaseStatus.fromCode(code.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", e.getMessage());
        }
    }
}
