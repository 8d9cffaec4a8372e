package kz.dauys.ombudsman.statistics.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.ombudsman.common.Today;
import kz.dauys.ombudsman.office.Office;
import kz.dauys.ombudsman.office.StaffDirectory;
import kz.dauys.ombudsman.office.StaffViewer;
import kz.dauys.ombudsman.statistics.CaseStatistics;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

@Path("/api/ombudsman/statistics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OMBUDSMAN_STAFF, Roles.ADMIN})
@Tag(name = "Statistics")
public class StatisticsResource {

    private final StaffDirectory staff;
    private final CaseStatistics statistics;
    private final Today today;

    StatisticsResource(StaffDirectory staff, CaseStatistics statistics, Today today) {
        this.staff = staff;
        this.statistics = statistics;
        this.today = today;
    }

    @GET
    @Operation(summary = "Cases received in [from, to] by status, category, region (office), deadline performance and period",
            description = "Regional staff see their own office only; central administrators all offices or one (office=...). "
                    + "Defaults: the last 12 months, monthly points.")
    @APIResponse(responseCode = "200", description = "Chart-ready figures")
    @APIResponse(responseCode = "400", description = "Bad range or office")
    public CaseStatistics.Statistics statistics(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                                @QueryParam("office") String office,
                                                @QueryParam("granularity") @DefaultValue("MONTH") CaseStatistics.Granularity granularity) {
        StaffViewer viewer = staff.currentStaff();
        LocalDate end = to != null ? to : today.date();
        LocalDate start = from != null ? from : end.minusMonths(12).plusDays(1);
        if (start.isAfter(end)) {
            throw ProblemException.invalidField("from", "from must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) > 3660) {
            throw ProblemException.invalidField("from", "The range is limited to ten years");
        }
        String scope = office;
        if (!viewer.central()) {
            if (office != null && !office.equals(viewer.office())) {
                throw ProblemException.forbidden("Regional staff see their own office's statistics only.");
            }
            scope = viewer.office();
        } else if (office != null && Office.findById(office) == null) {
            throw ProblemException.invalidField("office", "Unknown office: " + office);
        }
        return statistics.compute(start, end, scope, granularity);
    }
}
