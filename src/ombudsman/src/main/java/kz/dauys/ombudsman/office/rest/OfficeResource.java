package kz.dauys.ombudsman.office.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.contract.LocalizedText;
import kz.dauys.ombudsman.office.Office;
import kz.dauys.ombudsman.office.OfficeKind;
import kz.dauys.ombudsman.office.StaffDirectory;
import kz.dauys.ombudsman.office.StaffMember;
import kz.dauys.ombudsman.office.StaffViewer;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/ombudsman/offices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offices")
public class OfficeResource {

    private final StaffDirectory staff;

    OfficeResource(StaffDirectory staff) {
        this.staff = staff;
    }

    public record OfficeView(String code, OfficeKind kind, String regionCode, LocalizedText name) {
    }

    public record StaffView(String username, String displayName, String office) {
    }

    public record Me(String username, String displayName, String office, boolean central) {
    }

    @GET
    @Operation(summary = "The central office and the regional representatives")
    @APIResponse(responseCode = "200", description = "All offices, central first")
    public List<OfficeView> offices() {
        return Office.listOrdered().stream().map(o -> new OfficeView(o.code, o.kind, o.regionCode, o.name())).toList();
    }

    @GET
    @Path("/me")
    @RolesAllowed({Roles.OMBUDSMAN_STAFF, Roles.ADMIN})
    @Operation(summary = "The signed-in staff member's office and scope")
    @APIResponse(responseCode = "200", description = "The staff member")
    @APIResponse(responseCode = "403", description = "Not ombudsman staff")
    public Me me() {
        StaffViewer viewer = staff.currentStaff();
        return new Me(viewer.username(), viewer.displayName(), viewer.office(), viewer.central());
    }

    @GET
    @Path("/{code}/staff")
    @RolesAllowed({Roles.OMBUDSMAN_STAFF, Roles.ADMIN})
    @Operation(summary = "Staff members known in an office (for assignment)")
    @APIResponse(responseCode = "200", description = "Staff of the office who have signed in")
    @APIResponse(responseCode = "404", description = "No such office, or not visible to the caller")
    public List<StaffView> staffOf(@PathParam("code") String code) {
        StaffViewer viewer = staff.currentStaff();
        if (Office.findById(code) == null || !viewer.canSee(code)) {
            throw ProblemException.notFound("Office", code);
        }
        return StaffMember.ofOffice(code).stream().map(m -> new StaffView(m.username, m.displayName, m.officeCode)).toList();
    }
}
