package kz.dauys.ombudsman.privacy.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.ombudsman.office.StaffDirectory;
import kz.dauys.ombudsman.privacy.AccessLog;
import kz.dauys.platform.identity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/ombudsman/access-log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OMBUDSMAN_STAFF, Roles.ADMIN})
@Tag(name = "Access log")
public class AccessLogResource {

    private final StaffDirectory staff;
    private final AccessLog accessLog;

    AccessLogResource(StaffDirectory staff, AccessLog accessLog) {
        this.staff = staff;
        this.accessLog = accessLog;
    }

    @GET
    @Operation(summary = "Recent reads of cases, optionally by one reader (central administrators only)")
    @APIResponse(responseCode = "200", description = "Reads, newest first")
    @APIResponse(responseCode = "403", description = "Not a central administrator")
    public List<AccessLog.Entry> recent(@QueryParam("reader") String reader,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        staff.currentCentralAdministrator();
        return accessLog.recent(reader, page, size);
    }
}
