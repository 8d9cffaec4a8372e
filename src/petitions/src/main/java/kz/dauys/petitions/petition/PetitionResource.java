package kz.dauys.petitions.petition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.identity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/petitions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Petitions", description = "Writing, submitting and reading petitions")
public class PetitionResource {

    private final PetitionService petitions;
    private final PetitionViews views;
    private final CurrentUser user;

    PetitionResource(PetitionService petitions, PetitionViews views, CurrentUser user) {
        this.petitions = petitions;
        this.views = views;
        this.user = user;
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One petition", description = "Texts, addressee, counts by territory, deadlines, answer, decisions and the public history.")
    @APIResponse(responseCode = "200", description = "The petition")
    @APIResponse(responseCode = "404", description = "No such petition, or not visible to you")
    public PetitionView get(@PathParam("id") UUID id) {
        return views.page(id, user);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Start a petition (as a draft)")
    @APIResponse(responseCode = "201", description = "The draft")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "422", description = "Local addressee of a territory you do not live in")
    public Response create(@NotNull @Valid PetitionDraft draft) {
        Petition petition = petitions.create(user, draft);
        return Response.created(URI.create("/api/petitions/" + petition.id)).entity(view(petition.id)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Edit my draft")
    @APIResponse(responseCode = "200", description = "The draft")
    @APIResponse(responseCode = "422", description = "Not a draft any more")
    public PetitionView edit(@PathParam("id") UUID id, @NotNull @Valid PetitionDraft draft) {
        petitions.edit(user, id, draft);
        return view(id);
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Submit my draft to moderation", description = "Moderation decides within the legal deadline (working days).")
    @APIResponse(responseCode = "200", description = "In moderation")
    @APIResponse(responseCode = "422", description = "Not a draft")
    public PetitionView submit(@PathParam("id") UUID id) {
        petitions.submit(user, id);
        return view(id);
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Withdraw my petition", description = "Possible until it reaches its threshold.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "422", description = "Past the threshold")
    public PetitionView withdraw(@PathParam("id") UUID id) {
        petitions.withdraw(user, id);
        return view(id);
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.CITIZEN)
    @Transactional
    @Operation(summary = "My petitions, in every state")
    @APIResponse(responseCode = "200", description = "Newest first")
    public List<PetitionView> mine() {
        List<Petition> own = Petition.list("authorSubject = ?1 order by createdAt desc", user.subject());
        return own.stream().map(p -> views.view(p, user)).toList();
    }

    @Transactional
    PetitionView view(UUID id) {
        return views.view(views.readable(id, user), user);
    }
}
