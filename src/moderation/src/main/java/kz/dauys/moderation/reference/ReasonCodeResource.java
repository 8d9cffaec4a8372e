package kz.dauys.moderation.reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/moderation/reason-codes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference", description = "Reason codes for decisions, reports and transparency figures")
public class ReasonCodeResource {

    private final ReasonCatalog catalog;

    ReasonCodeResource(ReasonCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "The reason codes a decision may cite, with labels and grounds in kk/ru/en (public)")
    public List<ReasonCode> all() {
        return catalog.all();
    }
}
