package kz.dauys.petitions.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

@Path("/api/admin/petitions/{id}/signatures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration", description = "Signature audit and bulk invalidation")
public class SignatureAuditResource {

    private final SignatureAuditService audit;
    private final CurrentUser user;

    SignatureAuditResource(SignatureAuditService audit, CurrentUser user) {
        this.audit = audit;
        this.user = user;
    }

    @GET
    @Path("/audit")
    @Operation(summary = "Signatures grouped by hashed client address and user agent family")
    @APIResponse(responseCode = "200", description = "Groups, busiest first")
    public List<SignatureAuditService.AuditGroup> groups(@PathParam("id") UUID id, @QueryParam("from") String from,
                                                         @QueryParam("to") String to,
                                                         @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return audit.groups(id, instant("from", from, Instant.EPOCH), instant("to", to, Instant.now().plusSeconds(60)), limit);
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "Valid signatures per minute")
    @APIResponse(responseCode = "200", description = "Minutes in order")
    public List<SignatureAuditService.MinuteCount> timeline(@PathParam("id") UUID id, @QueryParam("from") String from,
                                                            @QueryParam("to") String to) {
        Instant end = instant("to", to, Instant.now().plusSeconds(60));
        return audit.timeline(id, instant("from", from, end.minusSeconds(86_400)), end);
    }

    @POST
    @Path("/invalidations")
    @Operation(summary = "Invalidate signatures in bulk", description = "Every valid signature matching all criteria; counts are corrected in the same transaction.")
    @APIResponse(responseCode = "200", description = "How many were invalidated")
    @APIResponse(responseCode = "400", description = "No criterion, or an invalid one")
    public SignatureAuditService.InvalidationResult invalidate(@PathParam("id") UUID id, @NotNull @Valid InvalidationRequest request) {
        return audit.invalidate(id, request, user.username());
    }

    private static Instant instant(String field, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "not an ISO-8601 instant such as 2026-01-31T10:00:00Z");
        }
    }
}
