package kz.dauys.petitions.signing;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.identity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

@Path("/api/petitions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signatures", description = "Signing petitions: one signature per person, exact live counts")
public class SignatureResource {

    private final SigningService signing;
    private final CurrentUser user;

    SignatureResource(SigningService signing, CurrentUser user) {
        this.signing = signing;
        this.user = user;
    }

    @POST
    @Path("/signatures")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Sign a petition",
            description = "Adults with a valid IIN; for a local addressee only residents of its territory. "
                    + "Answered once the signature is durably stored. Signing again returns the existing signature. "
                    + "listed=false keeps the signer off the public list of names.")
    @APIResponse(responseCode = "201", description = "Signed")
    @APIResponse(responseCode = "200", description = "Already signed: the existing signature")
    @APIResponse(responseCode = "403", description = "Not allowed: no IIN, under 18, or not a resident of the territory")
    @APIResponse(responseCode = "422", description = "The petition does not accept signatures")
    @APIResponse(responseCode = "429", description = "Too many attempts; see Retry-After")
    @APIResponse(responseCode = "503", description = "Overloaded; try again (never counts twice)")
    public CompletionStage<RestResponse<SignatureView>> sign(@PathParam("id") UUID id,
                                                             @QueryParam("listed") @DefaultValue("true") boolean listed,
                                                             @Context HttpServerRequest http,
                                                             @HeaderParam("User-Agent") String userAgent) {
        String address = http.remoteAddress() == null ? "" : http.remoteAddress().hostAddress();
        // A typed answer: the JSON writer is chosen once at build time, not looked up per response.
        return signing.sign(user, id, listed, address, userAgent).thenApply(result -> RestResponse.status(
                result.signature().created() ? Response.Status.CREATED : Response.Status.OK, result.signature()));
    }

    @DELETE
    @Path("/signatures/mine")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Withdraw my signature", description = "Possible until the petition reaches its threshold.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "You have not signed")
    @APIResponse(responseCode = "422", description = "The threshold is reached; signatures can no longer be withdrawn")
    public SignatureView withdraw(@PathParam("id") UUID id) {
        return signing.withdraw(user, id);
    }

    @GET
    @Path("/signatures/mine")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "My signature on this petition")
    @APIResponse(responseCode = "200", description = "Your signature")
    @APIResponse(responseCode = "404", description = "You have not signed")
    public SignatureView mine(@PathParam("id") UUID id) {
        return signing.mine(user, id);
    }

    @GET
    @Path("/eligibility")
    @Operation(summary = "Can I sign?", description = "For the page to say before signing whether and why not. Works signed out.")
    @APIResponse(responseCode = "200", description = "The answer, with a reason code")
    public Eligibility eligibility(@PathParam("id") UUID id) {
        return signing.eligibility(user, id);
    }

    @GET
    @Path("/signatures")
    @Operation(summary = "Public list of signers", description = "First name and surname initial only, of signers who agreed to be listed.")
    @APIResponse(responseCode = "200", description = "A page of signers, newest first")
    public List<PublicSigner> signers(@PathParam("id") UUID id,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return signing.publicSigners(id, page, size);
    }
}
