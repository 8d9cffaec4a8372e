package kz.dauys.petitions.signing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.petitions.catalog.PetitionCatalog;
import kz.dauys.petitions.catalog.SignedPage;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.identity.IinHasher;
import kz.dauys.platform.identity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/me/signatures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signatures")
public class MySignaturesResource {

    private final PetitionCatalog catalog;
    private final IinHasher hasher;
    private final CurrentUser user;

    MySignaturesResource(PetitionCatalog catalog, IinHasher hasher, CurrentUser user) {
        this.catalog = catalog;
        this.hasher = hasher;
        this.user = user;
    }

    @GET
    @RolesAllowed(Roles.CITIZEN)
    @Transactional
    @Operation(summary = "The petitions I signed", description = "Newest signature first, withdrawn ones included (with their status). "
            + "Signatures are found by the keyed hash of the IIN in the token; an account without an IIN has none.")
    @APIResponse(responseCode = "200", description = "A page of petitions with my signature on each")
    public SignedPage mine(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
                           @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return user.iin().map(iin -> catalog.signedBy(hasher.hash(iin), page, size))
                .orElseGet(() -> new SignedPage(List.of(), page, size, 0));
    }
}
