package kz.dauys.assembly.record;

import kz.dauys.assembly.agenda.DecisionResult;
import kz.dauys.assembly.agenda.NamedVote;
import kz.dauys.assembly.agenda.RelatedKind;
import kz.dauys.contract.LocalizedText;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The published minutes of a session, frozen at publication: who attended and what was decided. */
public record Minutes(UUID sessionId, UUID bodyId, LocalizedText body, LocalizedText title, OffsetDateTime startsAt,
                      OffsetDateTime endsAt, String place, String onlineUrl, Attendance attendance,
                      List<Item> items, Instant publishedAt) {

    public record Attendance(int seats, int present, int required, boolean quorumMet, List<String> members) {
    }

    public record Item(String order, LocalizedText title, String presenter, RelatedKind relatedKind, String relatedId,
                       DecisionResult result, LocalizedText decision, Integer votesFor, Integer votesAgainst,
                       Integer abstentions, List<NamedVote> votesByName) {
    }
}
