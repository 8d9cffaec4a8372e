package kz.dauys.assembly.opendata;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A session in the Open Civic Data event shape (OCDEP 4: events), with the votes on its items
 * (in the spirit of OCD vote events) embedded as {@code votes}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OcdEvent(@JsonProperty("_type") String type, String id, String name, String description,
                       String classification, @JsonProperty("start_date") OffsetDateTime startDate,
                       @JsonProperty("end_date") OffsetDateTime endDate, String timezone,
                       @JsonProperty("all_day") boolean allDay, String status, Location location,
                       List<Participant> participants, List<Link> links, List<Link> sources,
                       List<AgendaEntry> agenda, List<Vote> votes, Map<String, Object> extras) {

    public record Location(String name, String url, Object coordinates) {
    }

    public record Participant(String name, @JsonProperty("entity_type") String entityType,
                              @JsonProperty("entity_id") String entityId, String note) {
    }

    public record Link(String note, String url) {
    }

    public record AgendaEntry(String order, String description, List<String> subjects, List<String> notes,
                              @JsonProperty("related_entities") List<RelatedEntity> relatedEntities,
                              @JsonProperty("duration_minutes") int durationMinutes, String presenter,
                              List<Link> documents) {
    }

    public record RelatedEntity(@JsonProperty("entity_type") String entityType, @JsonProperty("entity_id") String entityId,
                                String note) {
    }

    public record Vote(@JsonProperty("agenda_item") String agendaItem, @JsonProperty("motion_text") String motionText,
                       String result, List<Count> counts, List<PersonVote> votes) {
    }

    public record Count(String option, int value) {
    }

    public record PersonVote(String option, @JsonProperty("voter_name") String voterName) {
    }
}
