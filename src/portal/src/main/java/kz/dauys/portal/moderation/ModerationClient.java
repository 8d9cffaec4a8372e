package kz.dauys.portal.moderation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.contract.LocalizedText;
import kz.dauys.portal.web.UserToken;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The moderation service's queue, cases and decisions (role moderator), called with the user's token. */
@RegisterRestClient(configKey = "moderation")
@RegisterProvider(UserToken.class)
@Path("/api/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ModerationClient {

    @GET
    @Path("/cases")
    CasePage queue(@QueryParam("status") String status, @QueryParam("type") String type, @QueryParam("page") int page,
                   @QueryParam("size") int size);

    @GET
    @Path("/cases/{id}")
    CaseDetail detail(@PathParam("id") UUID id);

    @POST
    @Path("/cases/{id}/claim")
    CaseDetail claim(@PathParam("id") UUID id);

    @POST
    @Path("/cases/{id}/decision")
    CaseDetail decide(@PathParam("id") UUID id, Decision decision);

    @GET
    @Path("/reason-codes")
    List<ReasonCode> reasonCodes();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CasePage(List<CaseSummary> items, int page, int size, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CaseSummary(UUID id, String type, int round, String status, String kind, String itemId, String originService,
                       String title, String authorDisplayName, String language, int riskScore, List<String> flags,
                       Instant submittedAt, LocalDate dueOn, boolean overdue, String claimedBy, String outcome) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CaseDetail(UUID id, String type, int round, String status, String kind, String itemId, String originService,
                      String link, String authorDisplayName, boolean ownContent, String title, String body,
                      Map<String, String> fields, String language, List<Finding> findings, int riskScore,
                      Instant submittedAt, LocalDate dueOn, boolean overdue, Claim claim, DecisionView decision,
                      Set<String> allowedOutcomes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Finding(String check, String code, String severity, String field, Integer start, Integer end, String matched,
                   String explanation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Claim(String moderator, Instant expiresAt, boolean mine) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DecisionView(String outcome, String reasonCode, String moderatorText, String statement, String decidedBy,
                        Instant decidedAt, boolean automated) {
    }

    record Decision(String outcome, String reasonCode, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReasonCode(String code, LocalizedText label, LocalizedText ground) {
    }
}
