package kz.dauys.portal.petitions;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.portal.web.UserToken;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.UUID;

import static kz.dauys.portal.petitions.PetitionsApi.*;

/** The petitions service ({@code docs/services/petitions.md}), called with the user's token. */
@RegisterRestClient(configKey = "petitions")
@RegisterProvider(UserToken.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PetitionsClient {

    @GET
    @Path("/petitions")
    Page list(@QueryParam("q") String text, @QueryParam("level") String level, @QueryParam("topic") String topic,
              @QueryParam("sort") String sort, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/petitions/{id}")
    Petition get(@PathParam("id") UUID id);

    @GET
    @Path("/petitions/{id}/count")
    Count count(@PathParam("id") UUID id);

    @GET
    @Path("/petitions/{id}/eligibility")
    Eligibility eligibility(@PathParam("id") UUID id);

    @GET
    @Path("/petitions/{id}/signatures")
    List<PublicSigner> signers(@PathParam("id") UUID id, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/petitions/{id}/signatures")
    Signature sign(@PathParam("id") UUID id, @QueryParam("listed") boolean listed);

    @DELETE
    @Path("/petitions/{id}/signatures/mine")
    Signature withdrawSignature(@PathParam("id") UUID id);

    @POST
    @Path("/petitions")
    Petition create(Draft draft);

    @POST
    @Path("/petitions/{id}/submission")
    Petition submit(@PathParam("id") UUID id);

    @POST
    @Path("/petitions/{id}/withdrawal")
    Petition withdraw(@PathParam("id") UUID id);

    @GET
    @Path("/petitions/mine")
    List<Petition> mine();

    @GET
    @Path("/me/signatures")
    SignedPage mySignatures(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/official/petitions")
    List<Petition> officialQueue();

    @POST
    @Path("/petitions/{id}/discussion")
    Petition discussion(@PathParam("id") UUID id, DiscussionRecord record);

    @POST
    @Path("/petitions/{id}/answer")
    Petition answer(@PathParam("id") UUID id, AnswerText answer);

    @GET
    @Path("/petitions/reference/topics")
    List<Topic> topics();

    @GET
    @Path("/petitions/reference/exclusion-reasons")
    List<Reason> exclusionReasons();

    @GET
    @Path("/petitions/reference/central-bodies")
    List<CentralBody> centralBodies();

    @GET
    @Path("/petitions/reference/rules")
    Rules rules();
}
