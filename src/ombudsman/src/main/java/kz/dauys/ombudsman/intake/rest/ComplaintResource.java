package kz.dauys.ombudsman.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dauys.ombudsman.cases.CaseCommands;
import kz.dauys.ombudsman.cases.CaseOpening;
import kz.dauys.ombudsman.cases.CaseViews;
import kz.dauys.ombudsman.intake.ComplaintForm;
import kz.dauys.ombudsman.intake.ComplaintIntake;
import kz.dauys.platform.identity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The complainant's side: file a complaint, follow one's own cases and exchange messages. */
@Path("/api/ombudsman/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CITIZEN)
@Tag(name = "Complaints (residents)")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not a resident aged 18 or over with a valid IIN")
public class ComplaintResource {

    private final ComplaintIntake intake;
    private final CaseViews views;

    ComplaintResource(ComplaintIntake intake, CaseViews views) {
        this.intake = intake;
        this.views = views;
    }

    public record Page(List<CaseViews.ComplainantListItem> items, int page, int size, long total) {
    }

    @POST
    @Operation(summary = "File a complaint", description = "Send an Idempotency-Key header to make retries safe: "
            + "the same key returns the case filed first (200 instead of 201).")
    @APIResponse(responseCode = "201", description = "Filed")
    @APIResponse(responseCode = "200", description = "Already filed with this idempotency key")
    @APIResponse(responseCode = "400", description = "Invalid form (nothing stored)")
    public Response file(@Valid @NotNull ComplaintForm form, @HeaderParam("Idempotency-Key") String idempotencyKey,
                         @HeaderParam("Accept-Language") String language) {
        CaseOpening.Opened opened = intake.file(form, idempotencyKey, language);
        return Response.status(opened.created() ? 201 : 200)
                .location(URI.create("/api/ombudsman/complaints/" + opened.theCase().id))
                .entity(views.complainantListItem(opened.theCase()))
                .build();
    }

    @GET
    @Operation(summary = "My complaints, newest first")
    @APIResponse(responseCode = "200", description = "A page of the caller's own cases")
    public Page mine(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                     @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return new Page(intake.myCases(page, size).stream().map(views::complainantListItem).toList(), page, size,
                intake.myCaseCount());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of my complaints: status history and messages (never internal notes)")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case of the caller's")
    public CaseViews.ComplainantCaseView mine(@PathParam("id") UUID id) {
        return views.complainantView(intake.myCase(id));
    }

    @POST
    @Path("/{id}/messages")
    @Operation(summary = "Write to the office handling my complaint")
    @APIResponse(responseCode = "201", description = "The message")
    @APIResponse(responseCode = "404", description = "No such case of the caller's")
    public Response write(@PathParam("id") UUID id, @Valid @NotNull CaseCommands.Text message) {
        return Response.status(201).entity(CaseViews.message(intake.write(id, message.text()))).build();
    }
}
