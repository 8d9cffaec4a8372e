package kz.dauys.portal.assembly;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
import kz.dauys.contract.LocalizedText;
import kz.dauys.portal.web.UserToken;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The assembly service: bodies, sessions and agendas, decisions, minutes and residents' proposals. */
@RegisterRestClient(configKey = "assembly")
@RegisterProvider(UserToken.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AssemblyClient {

    @GET
    @Path("/bodies")
    List<Body> bodies(@QueryParam("territory") String territory);

    @GET
    @Path("/bodies/{id}")
    Body body(@PathParam("id") UUID id);

    @GET
    @Path("/bodies/{id}/sessions")
    Page<Session> sessions(@PathParam("id") UUID bodyId, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/bodies/{id}/sessions")
    Session planSession(@PathParam("id") UUID bodyId, SessionPlan plan);

    @GET
    @Path("/sessions/{id}")
    Session session(@PathParam("id") UUID id);

    @POST
    @Path("/sessions/{id}/transitions")
    Session transition(@PathParam("id") UUID id, Transition transition);

    @POST
    @Path("/sessions/{id}/agenda/items")
    AgendaItem addItem(@PathParam("id") UUID sessionId, NewItem item);

    @DELETE
    @Path("/sessions/{id}/agenda/items/{itemId}")
    void removeItem(@PathParam("id") UUID sessionId, @PathParam("itemId") UUID itemId);

    @PUT
    @Path("/sessions/{id}/agenda/items/{itemId}")
    AgendaItem changeItem(@PathParam("id") UUID sessionId, @PathParam("itemId") UUID itemId, ItemChange item);

    @PUT
    @Path("/sessions/{id}/agenda/order")
    List<AgendaItem> reorder(@PathParam("id") UUID sessionId, Reorder order);

    @POST
    @Path("/proposals/{id}/accept")
    Proposal accept(@PathParam("id") UUID proposalId, Accept accept);

    @POST
    @Path("/proposals/{id}/decline")
    Proposal decline(@PathParam("id") UUID proposalId, Decline decline);

    @PUT
    @Path("/sessions/{id}/attendance")
    Session attendance(@PathParam("id") UUID sessionId, Attendance attendance);

    @PUT
    @Path("/sessions/{id}/agenda/items/{itemId}/decision")
    AgendaItem decide(@PathParam("id") UUID sessionId, @PathParam("itemId") UUID itemId, NewDecision decision);

    @GET
    @Path("/sessions/{id}/minutes")
    Minutes minutes(@PathParam("id") UUID sessionId);

    @GET
    @Path("/bodies/{id}/proposals")
    Page<Proposal> proposals(@PathParam("id") UUID bodyId, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/bodies/{id}/proposals")
    Proposal propose(@PathParam("id") UUID bodyId, NewProposal proposal);

    @GET
    @Path("/proposals/{id}")
    Proposal proposal(@PathParam("id") UUID id);

    @POST
    @Path("/proposals/{id}/cosponsors")
    Proposal cosponsor(@PathParam("id") UUID id);

    @GET
    @Path("/proposals/{id}/cosponsors")
    Page<Cosponsor> cosponsors(@PathParam("id") UUID id, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/me/followed-bodies")
    List<Followed> followed();

    @PUT
    @Path("/me/followed-bodies/{bodyId}")
    void follow(@PathParam("bodyId") UUID bodyId);

    @DELETE
    @Path("/me/followed-bodies/{bodyId}")
    void unfollow(@PathParam("bodyId") UUID bodyId);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page<T>(List<T> items, int page, int size, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Body(UUID id, String kind, String territoryCode, LocalizedText territoryName, LocalizedText locality,
                LocalizedText name, int seats, String secretaryUsername, List<String> members) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Followed(Body body, List<Session> upcomingSessions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Quorum(int seats, int present, int required, boolean met) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Session(UUID id, UUID bodyId, LocalizedText bodyName, LocalizedText title, LocalDate date, LocalTime startTime,
                   int plannedMinutes, OffsetDateTime startsAt, OffsetDateTime endsAt, String place, String onlineUrl,
                   String status, Instant agendaPublishedAt, LocalDate agendaDueBy, Quorum quorum,
                   List<String> presentMembers, List<AgendaItem> agenda, boolean minutesAvailable) {

        /** Every item of the agenda tree in reading order (for the secretary's decision forms). */
        public List<AgendaItem> topLevel() {
            return agenda == null ? List.of() : agenda;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Document(String title, String url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NamedVote(String member, String choice) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Decision(String result, LocalizedText text, Integer votesFor, Integer votesAgainst, Integer abstentions,
                    List<NamedVote> votesByName, Instant decidedAt) {

        public String getYes() {
            return votesFor == null ? "0" : votesFor.toString();
        }

        public String getNo() {
            return votesAgainst == null ? "0" : votesAgainst.toString();
        }

        public String getAbstained() {
            return abstentions == null ? "0" : abstentions.toString();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AgendaItem(UUID id, String order, UUID parentId, int position, LocalizedText title, LocalizedText description,
                      int durationMinutes, String presenter, List<Document> documents, Related related, UUID proposalId,
                      Decision decision, List<AgendaItem> children) {
    }

    /** What an item is about (a petition, a budget cycle, a resident's proposal); kept when the item is changed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Related(String kind, String id) {
    }

    /** An item as changed by the secretary: every field is replaced, so the portal sends back what it does not edit. */
    record ItemChange(LocalizedText title, LocalizedText description, int durationMinutes, String presenter,
                      List<Document> documents, String relatedKind, String relatedId) {
    }

    /** The new order of all siblings under {@code parentId} (null: the top level). */
    record Reorder(UUID parentId, List<UUID> itemIds) {
    }

    record Accept(UUID sessionId, Integer durationMinutes, String presenter) {
    }

    record Decline(String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MinutesAttendance(int seats, int present, int required, boolean quorumMet, List<String> members) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MinutesItem(String order, LocalizedText title, String presenter, String result, LocalizedText decision,
                       Integer votesFor, Integer votesAgainst, Integer abstentions, List<NamedVote> votesByName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Minutes(UUID sessionId, UUID bodyId, LocalizedText body, LocalizedText title, OffsetDateTime startsAt,
                   String place, MinutesAttendance attendance, List<MinutesItem> items, Instant publishedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Proposal(UUID id, UUID bodyId, LocalizedText bodyName, String origin, LocalizedText title,
                    LocalizedText description, String authorDisplayName, String status, int cosponsorCount,
                    int cosponsorThreshold, LocalDate decisionDueOn, String declineReason, String moderationStatement,
                    UUID sessionId, Instant createdAt, boolean mine, boolean cosponsoredByMe) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Cosponsor(String displayName, Instant at) {
    }

    record SessionPlan(LocalizedText title, LocalDate date, LocalTime startTime, int plannedMinutes, String place,
                       String onlineUrl) {
    }

    record Transition(String to) {
    }

    record NewItem(UUID parentId, LocalizedText title, LocalizedText description, int durationMinutes, String presenter) {
    }

    record Attendance(Integer presentCount) {
    }

    /** A decision with the vote as totals, or by name ({@code votesByName}; the service then counts the totals). */
    record NewDecision(String result, LocalizedText text, Integer votesFor, Integer votesAgainst, Integer abstentions,
                       List<NamedVote> votesByName) {
    }

    record NewProposal(LocalizedText title, LocalizedText description) {
    }
}
