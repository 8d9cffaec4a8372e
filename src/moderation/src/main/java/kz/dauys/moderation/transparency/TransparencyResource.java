package kz.dauys.moderation.transparency;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.moderation.ModerationConfig;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

@Path("/api/moderation/transparency")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Transparency", description = "Public moderation figures (no sign-in)")
public class TransparencyResource {

    private static final long MAX_DAYS = 3 * 366;

    private final TransparencyQueries queries;
    private final ZoneId zone;

    TransparencyResource(TransparencyQueries queries, ModerationConfig config) {
        this.queries = queries;
        this.zone = ZoneId.of(config.zone());
    }

    @GET
    @Operation(summary = "Counts by reason code and kind, median and 95th-percentile time to decision, appeals and "
            + "reversals, reports and hides, for a period (default: the last 30 days)")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "Malformed or reversed dates, or a period over three years")
    public TransparencyReport report(@Parameter(description = "first day, ISO date") @QueryParam("from") String from,
                                     @Parameter(description = "last day, ISO date") @QueryParam("to") String to) {
        LocalDate last = parse("to", to, LocalDate.now(zone));
        LocalDate first = parse("from", from, last.minusDays(29));
        if (first.isAfter(last)) {
            throw ProblemException.invalidField("from", "from must not be after to");
        }
        if (ChronoUnit.DAYS.between(first, last) > MAX_DAYS) {
            throw ProblemException.invalidField("from", "A period may span at most three years");
        }
        return queries.report(first, last);
    }

    private static LocalDate parse(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, name + " must be an ISO date such as 2026-01-31");
        }
    }
}
