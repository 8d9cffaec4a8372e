package kz.dauys.portal.budget;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import static kz.dauys.portal.budget.BudgetApi.*;

/** The budget service ({@code docs/services/budget.md}), called with the user's token. */
@RegisterRestClient(configKey = "budget")
@RegisterProvider(UserToken.class)
@Path("/api/budget")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface BudgetClient {

    @GET
    @Path("/cycles")
    CyclePage cycles(@QueryParam("territory") String territory, @QueryParam("phase") String phase,
                     @QueryParam("replay") Boolean replay, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/cycles/{id}")
    Cycle cycle(@PathParam("id") UUID id);

    @POST
    @Path("/cycles")
    Cycle openCycle(CycleForm.Request request);

    @PUT
    @Path("/cycles/{id}")
    Cycle changeCycle(@PathParam("id") UUID id, CycleForm.Request request);

    @POST
    @Path("/cycles/{id}/voting/paper-batches")
    PaperBatch enterPaperBatch(@PathParam("id") UUID cycleId, PaperBatchRequest request);

    @GET
    @Path("/cycles/{id}/voting/paper-batches")
    List<PaperBatch> paperBatches(@PathParam("id") UUID cycleId);

    @POST
    @Path("/cycles/{id}/results/compute")
    Results recount(@PathParam("id") UUID cycleId);

    @POST
    @Path("/cycles/{id}/implementation/{proposalId}")
    Note recordProgress(@PathParam("id") UUID cycleId, @PathParam("proposalId") UUID proposalId, ProgressRequest request);

    @POST
    @Path("/cycles/{id}/advance")
    Cycle advance(@PathParam("id") UUID id, AdvanceRequest request);

    @GET
    @Path("/proposals/categories")
    List<String> categories();

    @GET
    @Path("/cycles/{id}/proposals")
    ProposalPage proposals(@PathParam("id") UUID cycleId, @QueryParam("category") String category,
                           @QueryParam("review") String review, @QueryParam("sort") String sort,
                           @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/cycles/{id}/proposals")
    AuthorProposal submit(@PathParam("id") UUID cycleId, ProposalRequest request);

    /** A {@code ProposalView} for the public, an {@code AuthorProposalView} for the author and managing officials. */
    @GET
    @Path("/proposals/{id}")
    JsonNode proposal(@PathParam("id") UUID id);

    @GET
    @Path("/proposals/mine")
    AuthorPage mine(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/proposals/{id}/support")
    SupportView mySupport(@PathParam("id") UUID id);

    @POST
    @Path("/proposals/{id}/support")
    SupportView support(@PathParam("id") UUID id);

    @DELETE
    @Path("/proposals/{id}/support")
    SupportView withdrawSupport(@PathParam("id") UUID id);

    @POST
    @Path("/proposals/{id}/review")
    AuthorProposal review(@PathParam("id") UUID id, ReviewRequest request);

    @POST
    @Path("/proposals/{id}/merge")
    AuthorProposal merge(@PathParam("id") UUID id, MergeRequest request);

    @GET
    @Path("/cycles/{id}/voting/ballot-paper")
    BallotPaper ballotPaper(@PathParam("id") UUID cycleId);

    @GET
    @Path("/cycles/{id}/voting/my-ballot")
    MyBallot myBallot(@PathParam("id") UUID cycleId);

    @PUT
    @Path("/cycles/{id}/voting/my-ballot")
    MyBallot cast(@PathParam("id") UUID cycleId, BallotRequest request);

    @GET
    @Path("/cycles/{id}/results")
    Results results(@PathParam("id") UUID cycleId);

    @GET
    @Path("/cycles/{id}/implementation")
    List<ProjectProgress> implementation(@PathParam("id") UUID cycleId);
}
